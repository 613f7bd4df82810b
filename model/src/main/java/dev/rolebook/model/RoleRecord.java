package dev.rolebook.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a role sheet says of its role, as data the sheet carries (an embedded file of its PDF, a
 * custom XML part of its DOCX, a data block of its web page), so that the file alone, years later,
 * tells what was signed: the role's {@link RoleVersion#content content} under the catalog's own
 * field names, its version, which role of which catalog it is, and whose sheet. The version is the
 * digest of the content, so a record whose texts were altered no longer {@link #intact() matches} it.
 *
 * @param employee the employee's name, or null on a blank sheet
 * @param contractNumber the contract number, or null
 */
public record RoleRecord(String catalog, String catalogVersion, String language, String roleId, String version,
        String employee, String contractNumber, JsonNode content) {

    /** What the record's JSON says it is, so that a reader can tell it from other JSON. */
    public static final String FORMAT = "rolebook role record 1";
    /** The media type of the record in documents. */
    public static final String MEDIA_TYPE = "application/vnd.rolebook.role+json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    static {
        JSON.getFactory().setCharacterEscapes(new MarkupSafeJson());
    }

    /** The record of a role as its documents state it now. */
    public static RoleRecord of(Catalog catalog, Department department, Role role, String employee, String contract) {
        return new RoleRecord(catalog.id(), catalog.version(), catalog.language(), role.id(),
                RoleVersion.of(department, role), employee, contract, RoleVersion.content(department, role));
    }

    /**
     * The JSON of {@link #of}{@code (...).}{@link #toJson()}, made for every sheet of a batch: the
     * role's part, most of it, is written once per role and kept.
     */
    public static String json(Catalog catalog, Department department, Role role, String employee, String contract) {
        RoleVersion.Key key = new RoleVersion.Key(role, department.name());
        String content = CONTENT_JSON.get(key);
        if (content == null) {
            if (CONTENT_JSON.size() >= MAX_KEPT) {
                CONTENT_JSON.clear();
            }
            content = write(RoleVersion.content(department, role));
            CONTENT_JSON.put(key, content);
        }
        String head = write(envelope(catalog.id(), catalog.version(), catalog.language(), role.id(),
                RoleVersion.of(department, role), employee, contract));
        return head.substring(0, head.length() - 1) + ",\"role\":" + content + "}";
    }

    private static final int MAX_KEPT = 10_000;
    private static final java.util.Map<RoleVersion.Key, String> CONTENT_JSON = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The record as JSON, with {@code <}, {@code >} and {@code &} escaped, so that it can stand in a
     * script element of a web page or the text of an XML element as it is.
     */
    public String toJson() {
        ObjectNode node = envelope(catalog, catalogVersion, language, roleId, version, employee, contractNumber);
        node.set("role", content);
        return write(node);
    }

    private static ObjectNode envelope(String catalog, String catalogVersion, String language, String roleId,
            String version, String employee, String contractNumber) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("catalog", catalog);
        node.put("catalog_version", catalogVersion);
        node.put("language", language);
        node.put("role_id", roleId);
        node.put("version", version);
        node.put("employee", employee);
        node.put("contract_number", contractNumber);
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a record back.
     *
     * @throws IllegalArgumentException if the text is not a role record (not JSON, another format,
     *     a field missing); the message says what
     */
    public static RoleRecord parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("its role record is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !FORMAT.equals(node.path("format").asText(null))) {
            throw new IllegalArgumentException("its data is not a rolebook role record");
        }
        for (String field : new String[] {"catalog", "role_id", "version"}) {
            if (!node.path(field).isTextual()) {
                throw new IllegalArgumentException("its role record has no " + field);
            }
        }
        if (!node.path("role").isObject()) {
            throw new IllegalArgumentException("its role record has no role");
        }
        return new RoleRecord(node.get("catalog").asText(), text(node, "catalog_version"), text(node, "language"),
                node.get("role_id").asText(), node.get("version").asText(), text(node, "employee"),
                text(node, "contract_number"), node.get("role"));
    }

    /** Whether the content is the text the version was taken of: false if a text was altered. */
    public boolean intact() {
        return RoleVersion.ofContent(content).equals(version);
    }

    /** The role's title as recorded. */
    public String title() {
        return content.path("title").asText("");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
