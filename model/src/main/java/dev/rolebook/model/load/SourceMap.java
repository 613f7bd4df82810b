package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and each key of a catalog file starts, by JSON Pointer, so that problems found
 * after parsing (by the schema or by the rules) can still name a line and column.
 */
final class SourceMap {
    private final Map<JsonPointer, SourcePosition> values = new HashMap<>();
    private final Map<JsonPointer, SourcePosition> keys = new HashMap<>();

    void putValue(JsonPointer pointer, SourcePosition position) {
        values.putIfAbsent(pointer, position);
    }

    void putKey(JsonPointer pointer, SourcePosition position) {
        keys.putIfAbsent(pointer, position);
    }

    /** Where the value at {@code pointer} starts, or else the nearest enclosing value. */
    SourcePosition value(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            SourcePosition found = values.get(p);
            if (found != null) {
                return found;
            }
        }
        return SourcePosition.START;
    }

    /** Where the key of the field at {@code pointer} is written, or else where its value starts. */
    SourcePosition key(JsonPointer pointer) {
        SourcePosition found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }
}
