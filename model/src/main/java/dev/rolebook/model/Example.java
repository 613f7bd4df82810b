package dev.rolebook.model;

import java.util.List;

/**
 * A practical example of the role at work.
 *
 * @param heading the source's own heading, or {@code null} to use the label
 */
public record Example(String heading, List<String> paragraphs) {

    public Example {
        paragraphs = Lists.copy(paragraphs);
    }
}
