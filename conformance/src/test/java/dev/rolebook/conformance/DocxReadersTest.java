package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.testing.ExternalTool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two DOCX readers that follow the schema and fail loudly on broken structure, pandoc and
 * python-docx, find in every DOCX of the matrix each table with each of its cells, each heading
 * and each list item that the same document's HTML has.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DocxReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** python-docx opens the file and reports its tables' cells and its headings as JSON. */
    private static final String PYTHON_DOCX = """
            import docx, json, sys
            d = docx.Document(sys.argv[1])
            tables = [[c.text for row in t.rows for c in row.cells] for t in d.tables]
            styled = lambda name: [p.text for p in d.paragraphs if p.style is not None and name(p.style.name.lower())]
            headings = styled(lambda s: 'heading' in s)
            titles = styled(lambda s: s == 'title')
            print(json.dumps({'tables': tables, 'headings': headings, 'titles': titles}))
            """;

    @Test
    void pandocFindsEveryTableHeadingAndListItem() throws Exception {
        ExternalTool.PANDOC.require();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            files++;
            HtmlStructure expected = HtmlStructure.read(output.companionHtml());
            ExternalTool.Result read = ExternalTool.PANDOC.run("-f", "docx", "-t", "json", output.file().toString());
            if (read.exitCode() != 0) {
                problems.add(output + ": pandoc failed: " + read.output());
                continue;
            }
            PandocDocument found = PandocDocument.of(JSON.readTree(read.output()));
            if (!found.tables().equals(expected.tables())) {
                problems.add(output + ": pandoc found the tables " + found.tables() + ", the document has " + expected.tables());
            }
            if (!found.headings().equals(expected.headings())) {
                problems.add(output + ": pandoc found the headings " + found.headings() + ", the document has "
                        + expected.headings());
            }
            // pandoc makes a Title paragraph the document's title only where it opens the document.
            if (expected.title() != null && !expected.title().equals(found.title())
                    && !found.paragraphs().contains(expected.title())) {
                problems.add(output + ": pandoc found the title " + found.title() + ", the document has " + expected.title());
            }
            if (found.listItems() != expected.listItems()) {
                problems.add(output + ": pandoc found " + found.listItems() + " list items, the document has "
                        + expected.listItems());
            }
        }
        System.out.printf("pandoc read back: %d DOCX files%n", files);
        assertThat(files).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void pythonDocxOpensEveryFileWithEveryTableAndHeading() throws Exception {
        ExternalTool.PYTHON_DOCX.require();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            files++;
            HtmlStructure expected = HtmlStructure.read(output.companionHtml());
            ExternalTool.Result read = ExternalTool.PYTHON_DOCX.run("-c", PYTHON_DOCX, output.file().toString());
            if (read.exitCode() != 0) {
                problems.add(output + ": python-docx failed: " + read.output());
                continue;
            }
            JsonNode found = JSON.readTree(read.output());
            List<List<String>> tables = new ArrayList<>();
            for (JsonNode table : found.get("tables")) {
                List<String> cells = new ArrayList<>();
                table.forEach(cell -> cells.add(HtmlStructure.fold(cell.asText())));
                tables.add(cells);
            }
            List<String> headings = new ArrayList<>();
            found.get("headings").forEach(h -> headings.add(HtmlStructure.fold(h.asText())));
            List<String> titles = new ArrayList<>();
            found.get("titles").forEach(h -> titles.add(HtmlStructure.fold(h.asText())));
            if (!titles.equals(expected.title() == null ? List.of() : List.of(expected.title()))) {
                problems.add(output + ": python-docx found the titles " + titles + ", the document has " + expected.title());
            }
            if (!tables.equals(expected.tables())) {
                problems.add(output + ": python-docx found the tables " + tables + ", the document has " + expected.tables());
            }
            if (!headings.equals(expected.headings())) {
                problems.add(output + ": python-docx found the headings " + headings + ", the document has "
                        + expected.headings());
            }
        }
        System.out.printf("python-docx read back: %d DOCX files%n", files);
        assertThat(problems).isEmpty();
    }
}
