package dev.rolebook.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A map for templates that leaves out absent values, so that {@code role.pitfalls??} in a template
 * means "the catalog says something here".
 */
final class Data {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Data put(String key, Object value) {
        if (value instanceof Data data) {
            values.put(key, data.map());
        } else if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return values;
    }

    static <T> List<Object> list(List<T> items, Function<T, Object> mapping) {
        List<Object> list = new ArrayList<>(items.size());
        for (T item : items) {
            Object value = mapping.apply(item);
            list.add(value instanceof Data data ? data.map() : value);
        }
        return list;
    }
}
