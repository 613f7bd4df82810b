package dev.rolebook.model;

import java.util.List;

/**
 * The duties of a role, grouped into areas.
 *
 * @param leadIn the sentence that introduces the duties, or {@code null}
 * @param heading the source's own heading for the duties, or {@code null} to use the label
 */
public record Responsibilities(String leadIn, String heading, List<ResponsibilityArea> areas) {

    public Responsibilities {
        areas = Lists.copy(areas);
    }
}
