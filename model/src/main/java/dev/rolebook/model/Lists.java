package dev.rolebook.model;

import java.util.List;

/** Lists in records are immutable and never null, whatever the loader passes. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
