package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.rolebook.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words for schema violations that a person editing a catalog understands ("expected text, found
 * a list"), in place of the validator's JSON Schema vocabulary.
 */
final class SchemaMessages {
    /** The schema's pattern of a text: one character that is neither white space nor invisible, in Unicode's sense. */
    static final String TEXT_PATTERN = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u180E\\u2000-\\u200D"
            + "\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF]";
    private static final Map<String, String> PATTERN_MEANINGS = Map.of(
            TEXT_PATTERN, "must not be blank (white space and invisible characters alone print nothing)",
            "^[a-z0-9]+(-[a-z0-9]+)*$",
                    "must be kebab-case: lowercase letters and digits, words joined by single hyphens (e.g. account-manager)",
            "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "must be a language tag such as hy, en, ru or hy-AM",
            "^[A-Z]{2}$", "must be a two-letter country code such as AM",
            "^[A-Z]{3}$", "must be a three-letter currency code such as AMD");

    private static final Map<String, String> FORMAT_MEANINGS = Map.of(
            "date", "must be a date written YYYY-MM-DD",
            "email", "must be an e-mail address",
            "uri", "must be a full web address such as https://example.com");

    private final JsonNode schema;

    SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    /**
     * What to say about one violation and which field to point at.
     *
     * @param atKey point at the field's name rather than its value (for unknown fields)
     */
    record Message(JsonPointer pointer, boolean atKey, String text) {}

    Message describe(Error error, JsonPointer at) {
        JsonNode rule = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        switch (error.getKeyword()) {
            case "required":
                return new Message(at, false, "missing required field '" + property(error) + "'");
            case "additionalProperties": {
                String name = property(error);
                return new Message(at.appendProperty(name), true,
                        "unknown field '" + name + "'" + Suggestions.didYouMean(name, allowedFields(error)));
            }
            case "type":
                return new Message(at, false, typeMismatch(rule, value));
            case "const":
                return new Message(at, false, "must be " + rule);
            case "enum":
                return new Message(at, false, "must be one of: " + join(rule));
            case "pattern":
                return new Message(at, false, PATTERN_MEANINGS.getOrDefault(rule.asText(),
                        "must match the pattern " + rule.asText()));
            case "format":
                return new Message(at, false, FORMAT_MEANINGS.getOrDefault(rule.asText(),
                        "must be in the format " + rule.asText()));
            case "minItems":
                return new Message(at, false, "must not be empty");
            case "minimum":
                return new Message(at, false, "must not be less than " + rule);
            case "maximum":
                return new Message(at, false, "must not be more than " + rule.decimalValue().toPlainString()
                        + " (a number that large is surely a typing mistake)");
            default:
                return new Message(at, false, withoutPath(error.getMessage()));
        }
    }

    private static String typeMismatch(JsonNode expected, JsonNode found) {
        String want = expected.isArray() ? join(expected) : kind(expected.asText());
        if (found == null || found.isNull()) {
            return "is empty; expected " + want;
        }
        boolean numeric = "number".equals(expected.asText()) || "integer".equals(expected.asText());
        if (numeric && found.isTextual() && found.asText().strip().matches("[-+]?[0-9]{100,}(\\.[0-9]*)?")) {
            // The YAML reader gives a number of this many digits as text; what is wrong is its size.
            return "is a number of " + found.asText().strip().replaceAll("[^0-9]", "").length() + " digits; no amount"
                    + " needs more than 13 (a typing mistake?)";
        }
        String message = "expected " + want + ", found " + kind(found.getNodeType().name().toLowerCase());
        if ("string".equals(expected.asText()) && (found.isNumber() || found.isBoolean())) {
            String text = found.asText();
            // A number of thousands of digits is still named, but not printed whole.
            message += "; put it in quotes: \"" + (text.length() > 40 ? text.substring(0, 40) + "…\" ("
                    + text.length() + " digits)" : text + "\"");
        }
        return message;
    }

    private static String kind(String jsonType) {
        switch (jsonType) {
            case "string": return "text";
            case "number": case "integer": return "a number";
            case "boolean": return "true or false";
            case "array": return "a list";
            case "object": return "a group of fields";
            default: return jsonType;
        }
    }

    private List<String> allowedFields(Error error) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        JsonPointer rule = JsonPointer.compile(hash < 0 ? "" : location.substring(hash + 1));
        List<String> names = new ArrayList<>();
        schema.at(rule.head()).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String property(Error error) {
        if (error.getProperty() != null) {
            return error.getProperty();
        }
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    private static String withoutPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }
}
