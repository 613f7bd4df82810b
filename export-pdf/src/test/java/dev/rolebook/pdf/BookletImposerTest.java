package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.PdfWords;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saddle-stitch imposition: fold the printed sheets and the pages read in order. */
class BookletImposerTest {
    @TempDir
    Path folder;

    @Test
    void eightPagesGoOnTwoSheetsInBookletOrder() {
        assertThat(BookletImposer.order(8)).isDeepEqualTo(new int[][] {{8, 1}, {2, 7}, {6, 3}, {4, 5}});
    }

    @Test
    void pagesArePaddedWithBlanksToAMultipleOfFour() {
        assertThat(BookletImposer.order(5)).isDeepEqualTo(new int[][] {{0, 1}, {2, 0}, {0, 3}, {4, 5}});
    }

    @Test
    void anA5HandbookBecomesA4SheetsWithTheRightPagesSideBySide() throws Exception {
        byte[] pages = Pdfs.render(Renderer.builtIn(), Catalogs.bundled("en"),
                RenderOptions.of(DocumentKind.HANDBOOK).withPaper(Paper.A5));
        int count = new PdfReader(pages).getNumberOfPages();

        byte[] booklet = BookletImposer.impose(pages);

        PdfReader reader = new PdfReader(booklet);
        int sides = (count + 3) / 4 * 2;
        assertThat(reader.getNumberOfPages()).isEqualTo(sides);
        assertThat(reader.getPageSize(1).getWidth()).as("A4 landscape, the paper in the printer")
                .isCloseTo(841.89f, within(0.01f));
        assertThat(reader.getPageSize(1).getHeight()).isCloseTo(595.28f, within(0.01f));
        Path file = Pdfs.write(folder, "booklet.pdf", booklet);
        String secondSide = Pdfs.text(file, 2, 2);
        assertThat(secondSide).as("the back of the first sheet holds page 2, the contents").contains("Contents");
        // Page 2 (left half) and page 3 (right half) of the second side have their folios at the sheet's
        // outer edges, each 16 mm in from them: the fold is in the middle of the paper.
        PdfWords.Page side = PdfWords.of(file).page(2);
        List<PdfWords.Word> folios = side.bottom(45);
        double margin = 16 * 72 / 25.4;
        assertThat(folios.get(0).text()).isEqualTo("2");
        assertThat(folios.get(0).left()).as("a page is a little narrower than half the sheet").isCloseTo(margin, within(2.0));
        int facing = (count + 3) / 4 * 4 - 1;
        if (facing <= count) {
            assertThat(folios).extracting(PdfWords.Word::text).containsExactly("2", "" + facing);
            assertThat(side.width() - folios.get(1).right()).as("the pages sit symmetrically about the fold")
                    .isCloseTo(folios.get(0).left(), within(0.5));
        }
    }
}
