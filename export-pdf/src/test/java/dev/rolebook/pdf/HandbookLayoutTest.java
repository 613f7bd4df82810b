package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handbook as a booklet reader meets it: contents with right page numbers, outline, headers, paper. */
class HandbookLayoutTest {
    private static final Catalog HY = Catalogs.bundled("hy");
    private static byte[] handbook;

    @TempDir
    static Path folder;

    @BeforeAll
    static void render() {
        handbook = Pdfs.render(Renderer.builtIn(), HY, RenderOptions.of(DocumentKind.HANDBOOK));
    }

    @Test
    void contentsGiveThePageEachRoleStartsOn() throws Exception {
        Path pdf = Pdfs.write(folder, "handbook.pdf", handbook);
        String contents = Pdfs.text(pdf, 2, 2);
        int pages = new PdfReader(handbook).getNumberOfPages();
        for (Role role : HY.roles()) {
            Matcher entry = Pattern.compile(Pattern.quote(role.title()) + "\\s*\\.{3,}\\s*(\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for " + role.title()).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(page).isBetween(3, pages);
            String firstLines = Pdfs.text(pdf, page, page).lines().filter(l -> !l.isBlank()).limit(3)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(firstLines).as("page " + page + " starts the chapter").contains(role.title());
            if (role.alternativeTitle() != null) {
                assertThat(firstLines).contains(role.alternativeTitle());
            }
        }
    }

    @Test
    void contentsGiveThePageOfEachDepartmentsPartTitle() throws Exception {
        Path pdf = Pdfs.write(folder, "parts.pdf", handbook);
        String contents = Pdfs.text(pdf, 2, 2);
        for (var department : HY.departments()) {
            Matcher entry = Pattern.compile(Pattern.quote(department.name()) + "\\s*\\.{3,}\\s*(\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for " + department.name()).isTrue();
            int page = Integer.parseInt(entry.group(1));
            String text = CatalogTexts.normalize(Pdfs.text(pdf, page, page));
            assertThat(text).as("page " + page + " is the part title page").contains(department.name());
            assertThat(text).doesNotContain(department.roles().get(0).summary().get(0).substring(0, 20));
        }
    }

    @Test
    void runningHeadsAndFoliosSitAtTheOuterEdgeOfLeftAndRightPages() throws Exception {
        checkOuterEdges(HY, handbook, "A4");
        Catalog en = Catalogs.bundled("en");
        checkOuterEdges(en, Pdfs.render(Renderer.builtIn(), en, RenderOptions.of(DocumentKind.HANDBOOK).withPaper(Paper.A5)),
                "A5");
    }

    /**
     * Page 1 is the cover and bare; after it, an even page is a left page: the book's title in the
     * head and the page number at the foot, both flush with the left margin; an odd page is a right
     * page: the chapter's name (a department's on its title page, a role's on its chapter) and the
     * number flush with the right margin. Each head is one line. A part (a department's title page)
     * is a right page with its folio and no head; a page left empty before it is blank.
     */
    private static void checkOuterEdges(Catalog catalog, byte[] pdf, String paper) throws Exception {
        PdfWords words = PdfWords.of(Pdfs.write(folder, "edges-" + paper + ".pdf", pdf));
        double outer = 16 * 72 / 25.4;
        assertThat(words.page(1).top(45)).as(paper + " cover head").isEmpty();
        assertThat(words.page(1).bottom(45)).as(paper + " cover foot").isEmpty();
        List<String> chapters = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (var department : catalog.departments()) {
            parts.add(department.name().replaceAll("\\s+", ""));
            department.roles().forEach(r -> chapters.add(r.title()));
        }
        int partPages = 0;
        for (PdfWords.Page page : words.pages().subList(1, words.pages().size())) {
            String where = paper + " page " + page.number();
            List<PdfWords.Word> head = page.top(45);
            List<PdfWords.Word> foot = page.bottom(45);
            if (page.words().isEmpty()) {
                assertThat(parts).as(where + " is blank only before a part")
                        .contains(words.page(page.number() + 1).text().replaceAll("\\s+", "").replaceAll("\\d+$", ""));
                continue;
            }
            assertThat(foot).as(where + " folio").extracting(PdfWords.Word::text).containsExactly("" + page.number());
            if (parts.contains(page.text().replaceAll("\\s+", "").replaceAll("\\d+$", ""))) {
                partPages++;
                assertThat(page.number() % 2).as(where + ": a part on a right page").isEqualTo(1);
                assertThat(head).as(where + ": a part page has no running head").isEmpty();
                continue;
            }
            assertThat(head.stream().mapToDouble(PdfWords.Word::top).distinct().count()).as(where + " head on one line")
                    .isEqualTo(1);
            String headText = String.join(" ", head.stream().map(PdfWords.Word::text).toList());
            if (page.number() % 2 == 0) {
                assertThat(headText).as(where).isEqualTo(catalog.title());
                assertThat(head.get(0).left()).as(where + " head at the left edge").isCloseTo(outer, within(1.0));
                assertThat(foot.get(0).left()).as(where + " folio at the left edge").isCloseTo(outer, within(1.0));
            } else {
                assertThat(chapters).as(where).contains(headText);
                assertThat(head.get(head.size() - 1).right()).as(where + " head at the right edge")
                        .isCloseTo(page.width() - outer, within(1.0));
                assertThat(foot.get(0).right()).as(where + " folio at the right edge")
                        .isCloseTo(page.width() - outer, within(1.0));
            }
        }
        assertThat(partPages).as(paper + " part pages").isEqualTo(catalog.departments().size());
    }

    @Test
    void outlineIsDepartmentRoleSection() throws Exception {
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(new PdfReader(handbook));
        List<String> departments = titles(outline.subList(1, outline.size()));

        assertThat(titles(outline)).first().isEqualTo("Բովանդակություն");
        assertThat(departments).containsExactly("Վաճառքի բաժին", "Մարքեթինգի բաժին");
        List<Map<String, Object>> sales = kids(outline.get(1));
        assertThat(titles(sales)).containsExactly(
                "Հաշվի կառավարիչ", "Հեռավաճառքի մասնագետ", "Վաճառքի խորհրդատու", "Բիզնեսի զարգացման մասնագետ");
        assertThat(titles(kids(sales.get(0)))).containsExactly(
                "Հաշվի կառավարչի պարտականություններն ու լիազորությունները և մի քանի խորհուրդ:",
                "Ի՞նչից խուսափել", "Գործնական օրինակ:");
        assertThat(titles(kids(kids(outline.get(2)).get(0)))).hasSize(1);
    }

    @Test
    void documentPropertiesComeFromTheHead() throws Exception {
        PdfReader reader = new PdfReader(handbook);
        Map<String, String> info = new HashMap<>(reader.getInfo());
        assertThat(info).containsEntry("Title", HY.title())
                .containsEntry("Author", HY.source().author())
                .containsEntry("Creator", "rolebook")
                .containsEntry("Subject", "Պաշտոնների ուսումնական ձեռնարկ");
        assertThat(info.get("Keywords")).contains("Հաշվի կառավարիչ", "Մարքեթինգի մենեջեր");
        assertThat(info.get("CreationDate")).startsWith("D:20261127100000");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("hy");
    }

    @Test
    void paperSizesAreA4A5AndLetterWithMirroredMargins() throws Exception {
        assertThat(size(handbook)).containsExactly(595, 842);
        byte[] a5 = Pdfs.render(Renderer.builtIn(), HY, RenderOptions.of(DocumentKind.HANDBOOK).withPaper(Paper.A5));
        assertThat(size(a5)).containsExactly(420, 595);
        byte[] letter = Pdfs.render(Renderer.builtIn(), HY, RenderOptions.of(DocumentKind.POSTING)
                .withRole("sales-consultant").withPaper(Paper.LETTER));
        assertThat(size(letter)).containsExactly(612, 792);

        Path pdf = Pdfs.write(folder, "margins.pdf", handbook);
        double millimetre = 72 / 25.4;
        assertThat(leftmostText(pdf, 5) / millimetre).as("right-hand page: binding margin on the left")
                .isGreaterThan(23.5);
        assertThat(leftmostText(pdf, 4) / millimetre).as("left-hand page: binding margin on the right").isCloseTo(16, within(0.5));
    }

    /** Where the leftmost word of a page starts, in points, from pdftotext's word boxes. */
    private static double leftmostText(Path pdf, int page) throws Exception {
        String boxes = ExternalTool.PDFTOTEXT.run("-bbox", "-f", "" + page, "-l", "" + page, pdf.toString(), "-").output();
        Matcher x = Pattern.compile("xMin=\"([0-9.]+)\"").matcher(boxes);
        double leftmost = Double.MAX_VALUE;
        while (x.find()) {
            leftmost = Math.min(leftmost, Double.parseDouble(x.group(1)));
        }
        return leftmost;
    }

    private static int[] size(byte[] pdf) throws Exception {
        var page = new PdfReader(pdf).getPageSize(1);
        return new int[] {Math.round(page.getWidth()), Math.round(page.getHeight())};
    }

    private static List<String> titles(List<Map<String, Object>> bookmarks) {
        List<String> titles = new ArrayList<>();
        bookmarks.forEach(b -> titles.add((String) b.get("Title")));
        return titles;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kids(Map<String, Object> bookmark) {
        Object kids = bookmark.get("Kids");
        return kids == null ? List.of() : (List<Map<String, Object>>) kids;
    }
}
