package dev.rolebook.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.rolebook.model.Catalog;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema and the records describe the same format: walking both from the catalog down,
 * every record component has a schema property of the same (snake_case) name and the other way
 * round, and every enum lists the same values.
 */
class SchemaInStepTest {
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private final JsonNode schema = TestCatalogs.LOADER.schema().document();
    private final List<String> differences = new ArrayList<>();

    @Test
    void recordsAndSchemaNameTheSameFields() {
        compare(Catalog.class, schema, "catalog");
        assertThat(differences).isEmpty();
    }

    private void compare(Class<?> record, JsonNode node, String path) {
        JsonNode object = resolve(node);
        Set<String> inSchema = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(inSchema::add);
        inSchema.remove("$schema");
        Set<String> inRecord = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = SNAKE.translate(component.getName());
            inRecord.add(name);
            JsonNode property = object.path("properties").path(name);
            if (property.isMissingNode()) {
                continue;
            }
            compareValue(component.getGenericType(), property, path + "." + name);
        }
        if (!inSchema.equals(inRecord)) {
            differences.add(path + ": schema has " + inSchema + ", record " + record.getSimpleName() + " has " + inRecord);
        }
        object.path("required").forEach(required -> {
            if (!inRecord.contains(required.asText())) {
                differences.add(path + ": schema requires unknown field " + required);
            }
        });
    }

    private void compareValue(Type type, JsonNode property, String path) {
        JsonNode value = resolve(property);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            compareValue(list.getActualTypeArguments()[0], resolve(value.path("items")), path + "[]");
        } else if (type instanceof Class<?> c && c.isRecord()) {
            compare(c, value, path);
        } else if (type instanceof Class<?> c && c.isEnum()) {
            Set<String> inSchema = new TreeSet<>();
            value.path("enum").forEach(v -> inSchema.add(v.asText()));
            Set<String> inEnum = new TreeSet<>();
            for (Object constant : c.getEnumConstants()) {
                inEnum.add(jsonName(c, (Enum<?>) constant));
            }
            if (!inSchema.equals(inEnum)) {
                differences.add(path + ": schema enum " + inSchema + ", " + c.getSimpleName() + " " + inEnum);
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? resolve(schema.at(JsonPointer.compile(ref.asText().substring(1)))) : node;
    }

    private static String jsonName(Class<?> type, Enum<?> constant) {
        try {
            JsonProperty name = type.getField(constant.name()).getAnnotation(JsonProperty.class);
            return name == null ? constant.name() : name.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
