package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import dev.rolebook.cli.Rolebook;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.PdfWords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed pages as a reader turns them, for every kind on every paper in both languages (the
 * bundled catalog, its edited copy for changes sheets, and the sheets of its sample employee list
 * merged), and for every PDF of the matrix: read back with pdftotext word by word and OpenPDF's
 * outline.
 *
 * <p>The type area is where the document's own text stands; the running head lies above it and the
 * running foot below it (margins of 22 mm and 20 mm in paged.css).
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PrintedPagesTest {
    /** Points from the page's top edge above which a word is in the running head. */
    private static final double HEAD = 52;
    /** Points from the page's bottom edge below which a word is in the running foot. */
    private static final double FOOT = 48;
    private static final Pattern VERSION = Pattern.compile("(Role version|Պաշտոնի տարբերակ) [0-9a-f]{8}");
    private static final Pattern PAGE = Pattern.compile("^(\\d+)");

    @TempDir
    static Path root;
    private static List<Path> pdfs;
    /** Postings of a catalog without an organization. */
    private static final Set<Path> withoutContact = new HashSet<>();

    @BeforeAll
    static void make() throws Exception {
        run("init", root.resolve("my").toString());
        pdfs = new ArrayList<>();
        for (String lang : List.of("hy", "en")) {
            Path catalog = root.resolve("my/business-world." + lang + ".yaml");
            // Every duty of every role worded otherwise: a changes sheet for each role, long ones.
            Path edited = root.resolve("edited." + lang + ".yaml");
            Files.writeString(edited, Files.readString(catalog).replaceAll("(\\n\\s+- \")", "$1Changed "));
            for (String paper : List.of("A4", "A5", "LETTER")) {
                Path out = root.resolve(lang + "-" + paper);
                for (String kind : List.of("handbook", "posting", "sheet")) {
                    run("export", "-q", "--reproducible", "--out", out.toString(), "--catalog", catalog.toString(),
                            "--lang", lang, "--paper", paper, "--kind", kind, "--format", "pdf");
                }
                run("export", "-q", "--reproducible", "--out", out.toString(), "--catalog", edited.toString(),
                        "--since", catalog.toString(), "--lang", lang, "--paper", paper, "--kind", "changes", "--format", "pdf");
            }
        }
        run("export", "-q", "--reproducible", "--out", root.resolve("merged").toString(), "--kind", "sheet",
                "--employees", root.resolve("my/staff.csv").toString(), "--merge", "--format", "pdf");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".pdf") && !f.startsWith(root.resolve("my")))
                    .sorted(Comparator.naturalOrder()).forEach(pdfs::add);
        }
        pdfs.stream().filter(f -> f.getFileName().toString().contains(".posting.")).forEach(withoutContact::add);
        for (Matrix.Output output : Matrix.outputs("pdf")) {
            if (!output.from().args().contains("--booklet")) {
                pdfs.add(output.file());
                if (output.from().kind().equals("posting") && output.from().catalog().organization() == null) {
                    withoutContact.add(output.file());
                }
            }
        }
    }

    @Test
    void noPageHoldsOnlyRunningPartsAndTheVersionLineIsNotAlone() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path pdf : pdfs) {
            List<PdfWords.Page> all = PdfWords.of(pdf).pages();
            pages += all.size();
            for (PdfWords.Page page : all) {
                List<PdfWords.Word> body = body(page);
                String where = pdf.getFileName() + " (" + pdf.getParent().getFileName() + ") page " + page.number();
                if (body.isEmpty() && !page.words().isEmpty()) {
                    problems.add(where + " holds only running parts: " + page.text());
                }
                if (page.words().isEmpty() && page.number() == all.size()) {
                    problems.add(where + " is blank and the last page");
                }
                Matcher version = VERSION.matcher(text(body));
                // A posting without an organization has no contact block before its version line, only
                // the role's text, which is too long to be kept with it (base.css): not checked there.
                boolean kept = !withoutContact.contains(pdf);
                if (kept && version.find()) {
                    String hash = version.group().substring(version.group().length() - 8);
                    double line = body.stream().filter(w -> w.text().equals(hash)).mapToDouble(PdfWords.Word::top).min().orElseThrow();
                    if (body.stream().noneMatch(w -> w.bottom() < line)) {
                        problems.add(where + ": the version line stands alone, away from what precedes it");
                    }
                }
            }
        }
        System.out.printf("printed pages: %d pages of %d PDF files%n", pages, pdfs.size());
        assertThat(pdfs.size()).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** Every bookmark of every handbook and every merged bundle leads to the page that holds its heading. */
    @Test
    void everyBookmarkLeadsToThePageOfItsHeading() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            if (name.contains(".posting.")) {
                continue;
            }
            List<PdfWords.Page> pages = PdfWords.of(pdf).pages();
            PdfReader reader = new PdfReader(pdf.toString());
            List<Map<String, Object>> outline;
            try {
                outline = SimpleBookmark.getBookmarkList(reader);
            } finally {
                reader.close();
            }
            assertThat(outline).as(name + " has bookmarks").isNotEmpty();
            checked += check(pdf, outline, pages, name.contains(".sheets."), problems);
        }
        System.out.printf("bookmarks: %d, each on the page of its heading%n", checked);
        assertThat(checked).isGreaterThan(500);
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static int check(Path pdf, List<Map<String, Object>> bookmarks, List<PdfWords.Page> pages, boolean bundle,
            List<String> problems) {
        int checked = 0;
        for (Map<String, Object> bookmark : bookmarks) {
            List<Map<String, Object>> kids = (List<Map<String, Object>>) bookmark.get("Kids");
            Matcher number = PAGE.matcher(String.valueOf(bookmark.get("Page")));
            assertThat(number.find()).as(pdf + ": " + bookmark).isTrue();
            int page = Integer.parseInt(number.group(1));
            // A bundle's bookmark per sheet is titled with the sheet's title, which the sheet does
            // not print: it leads to the page of the sheet's own first heading.
            String heading = bundle ? String.valueOf(kids.get(0).get("Title")) : String.valueOf(bookmark.get("Title"));
            if (!squeeze(text(pages.get(page - 1).words())).contains(squeeze(heading))) {
                problems.add(pdf.getParent().getFileName() + "/" + pdf.getFileName() + ": bookmark \"" + bookmark.get("Title")
                        + "\" leads to page " + page + ", which does not hold its heading");
            }
            checked++;
            if (kids != null) {
                checked += check(pdf, kids, pages, false, problems);
            }
        }
        return checked;
    }

    /**
     * A part (a department's title page) starts on a right-hand page, odd-numbered, without running
     * head; a page left empty before it is blank. On A5 the cover keeps the author's name whole.
     */
    @Test
    void partsStartOnRightPagesWithoutRunningHeadAndTheCoverKeepsTheAuthorsName() throws Exception {
        List<String> problems = new ArrayList<>();
        int parts = 0;
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            if (!name.contains(".handbook.") || !bundled(pdf)) {
                continue;
            }
            String lang = pdf.getParent().getFileName().toString().substring(0, 2);
            Catalog catalog = Catalogs.bundled(lang);
            List<PdfWords.Page> pages = PdfWords.of(pdf).pages();
            String where = pdf.getParent().getFileName() + "/" + name;
            for (Department department : catalog.departments()) {
                List<PdfWords.Page> found = pages.stream()
                        .filter(p -> squeeze(text(body(p))).equals(squeeze(department.name())))
                        .toList();
                if (found.size() != 1) {
                    problems.add(where + ": " + found.size() + " part pages for " + department.name());
                    continue;
                }
                PdfWords.Page part = found.get(0);
                parts++;
                if (part.number() % 2 == 0) {
                    problems.add(where + ": the part " + department.name() + " is on page " + part.number() + ", a left-hand page");
                }
                if (!part.top(HEAD).isEmpty()) {
                    problems.add(where + ": the part page " + part.number() + " has a running head: " + text(part.top(HEAD)));
                }
                PdfWords.Page before = pages.get(part.number() - 2);
                if (body(before).isEmpty() && !before.words().isEmpty()) {
                    problems.add(where + ": the page " + before.number() + " left empty before a part is not blank: " + before.text());
                }
            }
            String author = catalog.source().author();
            List<String> cover = pages.get(0).words().stream().map(w -> w.text().replaceAll("[,.]$", "")).toList();
            for (String word : author.split("\\s+")) {
                if (!cover.contains(word)) {
                    problems.add(where + ": the cover breaks the author's name at " + word + ": " + pages.get(0).text());
                }
            }
        }
        System.out.printf("part pages: %d, on right-hand pages without running head%n", parts);
        assertThat(parts).isEqualTo(12);
        assertThat(problems).isEmpty();
    }

    /** Made here from the bundled catalog (the matrix's files are not). */
    private static boolean bundled(Path pdf) {
        return pdf.getParent().getFileName().toString().matches("(hy|en)-.*");
    }

    /** The words in the type area: neither running head nor running foot. */
    private static List<PdfWords.Word> body(PdfWords.Page page) {
        return page.words().stream().filter(w -> w.top() >= HEAD && w.bottom() <= page.height() - FOOT).toList();
    }

    private static String text(List<PdfWords.Word> words) {
        return String.join(" ", words.stream().map(PdfWords.Word::text).toList());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Rolebook.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as("rolebook %s\n%s", String.join(" ", args), err).isZero();
    }
}
