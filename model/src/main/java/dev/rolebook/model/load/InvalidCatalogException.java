package dev.rolebook.model.load;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog that has errors; its message lists them one a line. */
public final class InvalidCatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidCatalogException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
