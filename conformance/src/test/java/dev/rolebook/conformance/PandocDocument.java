package dev.rolebook.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What pandoc read from a DOCX (its JSON AST): the title, headings, tables with their cells' text, list items. */
record PandocDocument(String title, List<String> paragraphs, List<String> headings, List<List<String>> tables,
        int listItems) {

    static PandocDocument of(JsonNode ast) {
        List<String> headings = new ArrayList<>();
        List<List<String>> tables = new ArrayList<>();
        int[] items = {0};
        blocks(ast.get("blocks"), headings, tables, items);
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode block : ast.get("blocks")) {
            if (block.path("t").asText().equals("Para")) {
                paragraphs.add(HtmlStructure.fold(text(block)));
            }
        }
        JsonNode title = ast.path("meta").path("title");
        String titleText = title.isMissingNode() ? null : HtmlStructure.fold(text(title));
        return new PandocDocument(titleText, paragraphs, headings, tables, items[0]);
    }

    private static void blocks(JsonNode blocks, List<String> headings, List<List<String>> tables, int[] items) {
        for (JsonNode block : blocks) {
            String type = block.path("t").asText();
            JsonNode content = block.get("c");
            switch (type) {
                case "Header" -> headings.add(HtmlStructure.fold(text(content.get(2))));
                case "Table" -> {
                    List<String> cells = new ArrayList<>();
                    cells(content, cells);
                    tables.add(cells);
                }
                case "BulletList" -> list(content, headings, tables, items);
                case "OrderedList" -> list(content.get(1), headings, tables, items);
                case "BlockQuote", "Div" -> blocks(type.equals("Div") ? content.get(1) : content, headings, tables, items);
                default -> { }
            }
        }
    }

    private static void list(JsonNode listItems, List<String> headings, List<List<String>> tables, int[] items) {
        for (JsonNode item : listItems) {
            items[0]++;
            blocks(item, headings, tables, items);
        }
    }

    /** Every cell of a table, row by row, found as the arrays {@code [attr, alignment, rowspan, colspan, blocks]}. */
    private static void cells(JsonNode node, List<String> cells) {
        if (!node.isArray()) {
            return;
        }
        if (node.size() == 5 && node.get(1).isObject() && node.get(1).path("t").asText().startsWith("Align")) {
            cells.add(HtmlStructure.fold(text(node.get(4))));
            return;
        }
        for (JsonNode child : node) {
            cells(child, cells);
        }
    }

    /** The text of inlines or blocks: words and the spaces between them. */
    static String text(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            switch (node.path("t").asText()) {
                case "Str" -> text.append(node.get("c").asText());
                case "Space", "SoftBreak", "LineBreak" -> text.append(' ');
                case "Para", "Plain" -> {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    collect(node.get("c"), text);
                }
                default -> {
                    if (node.has("c")) {
                        collect(node.get("c"), text);
                    }
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, text));
        }
    }
}
