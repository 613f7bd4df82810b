package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON into a Jackson tree token by token, recording where every key and value
 * starts. On the way it refuses what Jackson or SnakeYAML would accept silently: duplicate keys,
 * YAML anchors and aliases (an alias would arrive as the plain text of its name), characters that
 * cannot live in XML, texts and nesting beyond {@link Limits}. Thread-safe.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory factory;

    private TreeReader(JsonFactory factory) {
        this.factory = factory;
    }

    static TreeReader forSyntax(Syntax syntax) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Limits.PARSER_MAX_DEPTH)
                .maxStringLength(Limits.PARSER_MAX_TEXT_LENGTH)
                .maxDocumentLength(Limits.MAX_FILE_BYTES)
                .build();
        if (syntax == Syntax.JSON) {
            return new TreeReader(JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build());
        }
        LoaderOptions yaml = new LoaderOptions();
        yaml.setNestingDepthLimit(Limits.PARSER_MAX_DEPTH);
        yaml.setCodePointLimit(Limits.MAX_FILE_BYTES);
        yaml.setMaxAliasesForCollections(10);
        yaml.setAllowDuplicateKeys(false);
        return new TreeReader(YAMLFactory.builder()
                .loaderOptions(yaml)
                .streamReadConstraints(constraints)
                .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
    }

    ParsedFile read(String text, String file) throws LoadFailure {
        Reading reading = new Reading(file);
        try (JsonParser parser = factory.createParser(text)) {
            reading.parser = parser;
            if (parser.nextToken() == null) {
                throw reading.fail(SourcePosition.FILE, "",
                        "the file is empty; a catalog starts with 'format_version: 1'");
            }
            JsonNode root = reading.value(JsonPointer.empty(), 1);
            if (parser.nextToken() != null) {
                throw reading.fail(reading.position(parser.currentTokenLocation()), "",
                        "a second document follows the catalog; a file holds one catalog");
            }
            return new ParsedFile(root, reading.map, reading.problems);
        } catch (StreamReadException e) {
            throw reading.syntaxError(e);
        } catch (IOException e) {
            throw reading.fail(SourcePosition.FILE, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The state of one read; the reader itself keeps none, so it can be shared. */
    private static final class Reading {
        final String file;
        final SourceMap map = new SourceMap();
        final List<Problem> problems = new ArrayList<>();
        JsonParser parser;

        Reading(String file) {
            this.file = file;
        }

        JsonNode value(JsonPointer at, int depth) throws IOException, LoadFailure {
            SourcePosition where = position(parser.currentTokenLocation());
            map.putValue(at, where);
            refuseAnchor(at, where);
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    checkDepth(at, where, depth);
                    return object(at, depth);
                case START_ARRAY:
                    checkDepth(at, where, depth);
                    return array(at, depth);
                case VALUE_STRING:
                    return text(at, where);
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return DecimalNode.valueOf(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT:
                    // What YAML's !!binary (base64 bytes) and similar tags give: bytes, not text.
                    throw fail(where, FieldPath.of(at), "is tagged as binary data (" + tag() + "); a catalog holds text:"
                            + " write the text itself, without the tag");
                default:
                    throw fail(where, FieldPath.of(at), "unexpected " + token);
            }
        }

        private ObjectNode object(JsonPointer at, int depth) throws IOException, LoadFailure {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonPointer child = at.appendProperty(name);
                SourcePosition keyAt = position(parser.currentTokenLocation());
                checkCharacters(name, child, keyAt);
                parser.nextToken();
                JsonNode value = value(child, depth + 1);
                if (node.has(name)) {
                    SourcePosition first = map.key(child);
                    problems.add(Problem.error(file, keyAt, FieldPath.of(child), String.format(
                            "duplicate field '%s' (first at line %d); keep one of them", name, first.line())));
                } else {
                    map.putKey(child, keyAt);
                    node.set(name, value);
                }
            }
            return node;
        }

        private ArrayNode array(JsonPointer at, int depth) throws IOException, LoadFailure {
            ArrayNode node = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(at.appendIndex(node.size()), depth + 1));
            }
            return node;
        }

        private String tag() throws IOException {
            String tag = parser instanceof YAMLParser yaml ? yaml.getTypeId() : null;
            return tag == null ? "a value that is not text" : "!!" + tag.substring(tag.lastIndexOf(':') + 1);
        }

        private JsonNode text(JsonPointer at, SourcePosition where) throws IOException {
            String text = parser.getText();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                problems.add(Problem.error(file, where, FieldPath.of(at), String.format(
                        "YAML alias '*%s' is not supported; write the text out in full", text)));
            } else if (text.length() > Limits.MAX_TEXT_LENGTH) {
                problems.add(Problem.error(file, where, FieldPath.of(at), String.format(
                        "text of %,d characters is longer than the limit of %,d",
                        text.length(), Limits.MAX_TEXT_LENGTH)));
            } else {
                checkCharacters(text, at, where);
            }
            return NODES.textNode(text);
        }

        private void refuseAnchor(JsonPointer at, SourcePosition where) throws IOException {
            if (parser instanceof YAMLParser yaml && !yaml.isCurrentAlias() && yaml.getObjectId() != null) {
                problems.add(Problem.error(file, where, FieldPath.of(at), String.format(
                        "YAML anchor '&%s' is not supported; write the text out in full wherever it is used",
                        yaml.getObjectId())));
            }
        }

        private void checkCharacters(String text, JsonPointer at, SourcePosition where) {
            String illegal = XmlCharacters.firstIllegal(text);
            if (illegal != null) {
                problems.add(Problem.error(file, where, FieldPath.of(at),
                        "contains " + illegal + ", which documents cannot hold; remove it"));
                return;
            }
            String folded = FoldedWhiteSpace.describe(text);
            if (folded != null) {
                problems.add(Problem.warning(file, where, FieldPath.of(at), "has " + folded + "; every format shows"
                        + " white space inside a text as one space, as a web page does, so write one space"
                        + " (a new item or text to set things apart)"));
            }
        }

        private void checkDepth(JsonPointer at, SourcePosition where, int depth) throws LoadFailure {
            if (depth > Limits.MAX_DEPTH) {
                throw fail(where, FieldPath.of(at), String.format(
                        "nested more than %d levels deep; a catalog needs far fewer", Limits.MAX_DEPTH));
            }
        }

        LoadFailure syntaxError(StreamReadException e) {
            String path = parser == null ? "" : FieldPath.of(parser.getParsingContext().pathAsPointer());
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + startedAt(yaml) + ")";
                SourcePosition where = new SourcePosition(
                        yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
                return fail(where, path, "YAML syntax error: " + yaml.getProblem() + context);
            }
            String message = e.getOriginalMessage();
            int detail = message.indexOf('\n');
            if (detail >= 0) {
                message = message.substring(0, detail);
            }
            return fail(position(e.getLocation()), path, "syntax error: " + message);
        }

        private static String startedAt(MarkedYAMLException yaml) {
            if (yaml.getContextMark() == null) {
                return "";
            }
            return String.format(" that starts at line %d, column %d",
                    yaml.getContextMark().getLine() + 1, yaml.getContextMark().getColumn() + 1);
        }

        SourcePosition position(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return SourcePosition.START;
            }
            return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }

        LoadFailure fail(SourcePosition where, String path, String message) {
            problems.add(Problem.error(file, where, path, message));
            return new LoadFailure(problems);
        }
    }
}
