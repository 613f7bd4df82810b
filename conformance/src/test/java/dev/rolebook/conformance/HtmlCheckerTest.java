package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.rolebook.testing.HeadlessChromium;
import java.util.concurrent.atomic.AtomicReference;
import nu.validator.validation.SimpleDocumentValidator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page of the matrix passes the Nu HTML Checker (the W3C's validator) without an error,
 * has the landmark a screen reader jumps to (one {@code main}), and opens in Chromium without a
 * single request leaving the page.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HtmlCheckerTest {
    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        List<Matrix.Output> pages = Matrix.outputs("html");
        List<String> problems = check(pages.stream().map(Matrix.Output::file).toList());
        System.out.printf("Nu HTML Checker: %d HTML files%n", pages.size());
        assertThat(pages.size()).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageHasOneMainLandmark() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Matrix.Output output : Matrix.outputs("html")) {
            Document dom = HtmlStructure.parse(output.file());
            NodeList main = dom.getElementsByTagName("main");
            if (main.getLength() != 1 || !((Element) main.item(0).getParentNode()).getLocalName().equals("body")) {
                problems.add(output + ": " + main.getLength() + " main elements");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void chromiumOpensEveryPageWithoutARequest() throws Exception {
        List<Path> pages = Matrix.outputs("html").stream().map(Matrix.Output::file).toList();
        Map<Path, HeadlessChromium.Requests> requests = HeadlessChromium.open(pages);
        System.out.printf("Chromium: %d HTML files opened, network watched%n", requests.size());
        assertThat(requests).hasSize(pages.size());
        assertThat(requests).allSatisfy((page, asked) -> assertThat(asked.none()).as(page + ": " + asked).isTrue());
    }

    /** The checker's schema needs a deep stack to load, so it runs on a thread with one. */
    private static List<String> check(List<Path> files) throws Exception {
        List<String> problems = new ArrayList<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                Path[] current = {null};
                ErrorHandler collect = new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                    }

                    @Override
                    public void error(SAXParseException e) {
                        problems.add(current[0].getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                                + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        error(e);
                    }
                };
                SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
                validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
                validator.setUpValidatorAndParsers(collect, false, false);
                for (Path file : files) {
                    current[0] = file;
                    validator.checkHtmlFile(file.toFile(), true);
                }
            } catch (Exception e) {
                failed.set(e);
            }
        }, "nu-html-checker", 64L * 1024 * 1024);
        thread.start();
        thread.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        return problems;
    }
}
