package dev.rolebook.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A role's version: a short fingerprint of what a role sheet says of it, so that a sheet signed
 * years ago can be matched with the text of today. It is taken from the role's content in a
 * canonical form: the catalog's field names with keys sorted, each text with its runs of white space
 * folded (as every document prints them) and in Unicode's composed form, each amount in its
 * plainest writing, so that rewrapping or
 * reformatting the YAML, reordering keys or changing another role leaves it alone, and any change
 * to a text changes it. What it covers: the department's name and the role's title, second title,
 * summary, duties, requirements, pitfalls, example, line manager, employment type, place of work and
 * salary. What it leaves out: the role's id (a new id is not a new text) and what only job boards
 * read (the posting's dates, the occupation code).
 */
public final class RoleVersion {
    /** Hexadecimal digits of the SHA-256 digest kept: 32 bits, enough to tell a catalog's versions apart. */
    private static final int DIGITS = 8;
    private static final List<String> LEFT_OUT = List.of("id", "valid_through", "date_posted", "occupational_category");
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * Versions already taken, by the role object itself and its department's name: a batch prints
     * the same role on many sheets, and the canonical form costs more than the rest of an HTML sheet.
     * Bounded: emptied when full.
     */
    private static final Map<Key, String> TAKEN = new ConcurrentHashMap<>();
    private static final int MAX_TAKEN = 10_000;

    /** A role by identity (records compare by value, which would walk all its texts) with its department's name. */
    record Key(Role role, String department) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.role == role && key.department.equals(department);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(role) + department.hashCode();
        }
    }

    private RoleVersion() {}

    /** The version of {@code role} as it stands in {@code department}: eight hexadecimal digits. */
    public static String of(Department department, Role role) {
        Key key = new Key(role, department.name());
        String known = TAKEN.get(key);
        if (known != null) {
            return known;
        }
        if (TAKEN.size() >= MAX_TAKEN) {
            TAKEN.clear();
        }
        String version = take(department, role);
        TAKEN.put(key, version);
        return version;
    }

    private static String take(Department department, Role role) {
        return digest(canonical(department, role));
    }

    /**
     * The version of a role's {@link #content}, as read back from a document that carries it: the
     * same as {@link #of} gave for the role it was taken from, unless a text of it was altered.
     */
    public static String ofContent(JsonNode content) {
        try {
            return digest(CANONICAL.writeValueAsString(CANONICAL.convertValue(normalized(content.deepCopy()), Object.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String text) {
        byte[] canonical = text.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return HexFormat.of().formatHex(digest).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the version covers, as the JSON tree of the catalog's own field names, each text
     * normalized as for the version: what two versions of a role are compared by.
     */
    public static ObjectNode content(Department department, Role role) {
        Key key = new Key(role, department.name());
        ObjectNode known = CONTENTS.get(key);
        if (known != null) {
            return known.deepCopy();
        }
        if (CONTENTS.size() >= MAX_TAKEN) {
            CONTENTS.clear();
        }
        ObjectNode made = take(role, department);
        CONTENTS.put(key, made);
        return made.deepCopy();
    }

    /** Contents already taken, as {@link #TAKEN}: every sheet of a batch carries its role's record. */
    private static final Map<Key, ObjectNode> CONTENTS = new ConcurrentHashMap<>();

    private static ObjectNode take(Role role, Department department) {
        ObjectNode content = CANONICAL.valueToTree(role);
        content.remove(LEFT_OUT);
        content.put("department", department.name());
        return (ObjectNode) normalized(content);
    }

    /** The canonical text the version is the digest of. */
    static String canonical(Department department, Role role) {
        try {
            // As plain maps and lists, whose keys the mapper writes in order at every level.
            return CANONICAL.writeValueAsString(CANONICAL.convertValue(content(department, role), Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode normalized(JsonNode node) {
        if (node.isNumber()) {
            // 400000, 400000.00 and 4e5 are one amount.
            return TextNode.valueOf(node.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (node.isTextual()) {
            String folded = node.asText().replaceAll("[ \\t\\r\\n]+", " ").strip();
            return TextNode.valueOf(Normalizer.normalize(folded, Normalizer.Form.NFC));
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    field.setValue(normalized(field.getValue()));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalized(array.get(i)));
            }
        }
        return node;
    }
}
