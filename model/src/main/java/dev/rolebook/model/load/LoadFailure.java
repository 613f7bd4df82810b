package dev.rolebook.model.load;

import java.util.List;

/**
 * Stops reading a file at a problem after which nothing more can be said about it, carrying that
 * problem and those found before it.
 */
final class LoadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    LoadFailure(List<Problem> problems) {
        super(problems.get(problems.size() - 1).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
