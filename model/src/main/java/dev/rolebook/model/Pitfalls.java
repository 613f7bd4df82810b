package dev.rolebook.model;

import java.util.List;

/**
 * What a holder of the role should avoid.
 *
 * @param heading the source's own heading, or {@code null} to use the label
 */
public record Pitfalls(String heading, List<Pitfall> items) {

    public Pitfalls {
        items = Lists.copy(items);
    }
}
