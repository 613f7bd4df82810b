package dev.rolebook.model;

import java.util.List;

/** A group of duties under one title. */
public record ResponsibilityArea(String title, List<String> items) {

    public ResponsibilityArea {
        items = Lists.copy(items);
    }
}
