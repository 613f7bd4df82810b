package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every web page of the matrix as a screen reader's user meets it: axe-core, run in headless
 * Chromium, finds no violation of WCAG 2.x A and AA nor of its best practices (a main landmark,
 * all content in landmarks, heading order, language, contrast, link names, image alternatives).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HtmlAccessibilityTest {
    @TempDir
    Path folder;

    @Test
    void axeFindsNothingOnAnyPage() throws Exception {
        List<Path> pages = new ArrayList<>(Matrix.outputs("html").stream().map(Matrix.Output::file).toList());
        // A control page with what axe must find, so that a run that checks nothing cannot pass.
        Path control = Files.writeString(folder.resolve("control.html"), """
                <!DOCTYPE html>
                <html><head><title>Control</title></head>
                <body><h1>Control</h1><h3>Skipped a level</h3><img src="data:image/png;base64,iVBORw0KGgo="/>
                <p style="color:#bbb;background:#fff">Pale text</p></body></html>
                """);
        pages.add(control);

        Map<Path, List<String>> violations = HeadlessChromium.axe(pages);

        System.out.printf("axe-core: %d HTML files checked%n", pages.size() - 1);
        assertThat(String.join("\n", violations.get(control))).as("the control page's violations")
                .contains("html-has-lang", "image-alt", "heading-order", "color-contrast", "landmark-one-main");
        violations.remove(control);
        assertThat(violations).hasSize(pages.size() - 1);
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page.toString()).isEmpty());
    }
}
