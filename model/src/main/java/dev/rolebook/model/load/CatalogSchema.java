package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schema of the catalog format, shipped in this module, and the check of a parsed file
 * against it. The schema is the one description of the format's structure: the loader, editors
 * (through {@code $schema}) and the documentation all use this file. Thread-safe.
 */
public final class CatalogSchema {
    /** Classpath location of the schema. */
    public static final String RESOURCE = "/dev/rolebook/schema/catalog.schema.json";

    private final JsonNode document;
    private final Schema schema;

    private CatalogSchema(JsonNode document, Schema schema) {
        this.document = document;
        this.schema = schema;
    }

    static CatalogSchema load() {
        JsonNode document;
        try (InputStream in = CatalogSchema.class.getResourceAsStream(RESOURCE)) {
            document = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalog schema " + RESOURCE + " cannot be read", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        return new CatalogSchema(document, registry.getSchema(document));
    }

    /** The schema as JSON, for tests and for {@code rolebook init}. */
    public JsonNode document() {
        return document.deepCopy();
    }

    List<Problem> check(ParsedFile parsed, String file) {
        SchemaMessages messages = new SchemaMessages(document);
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(parsed.root())) {
            JsonPointer at = pointer(error.getInstanceLocation());
            SchemaMessages.Message message = messages.describe(error, at);
            SourcePosition where = message.atKey()
                    ? parsed.sourceMap().key(message.pointer())
                    : parsed.sourceMap().value(message.pointer());
            problems.add(Problem.error(file, where, FieldPath.of(message.pointer()), message.text()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? pointer.appendIndex(index)
                    : pointer.appendProperty(String.valueOf(element));
        }
        return pointer;
    }
}
