package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;

/** Turns JSON Pointers into the paths users read: {@code /departments/0/title} becomes {@code departments[0].title}. */
final class FieldPath {
    private FieldPath() {}

    static String of(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
