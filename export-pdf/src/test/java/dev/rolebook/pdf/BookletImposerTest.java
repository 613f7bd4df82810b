package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.Catalogs;
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
        var a5 = new PdfReader(pages).getPageSize(1);
        assertThat(reader.getPageSize(1).getWidth()).as("two A5 pages side by side, A4 landscape")
                .isEqualTo(2 * a5.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(a5.getHeight());
        Path file = Pdfs.write(folder, "booklet.pdf", booklet);
        String secondSide = Pdfs.text(file, 2, 2);
        assertThat(secondSide).as("the back of the first sheet holds page 2, the contents").contains("Contents");
    }
}
