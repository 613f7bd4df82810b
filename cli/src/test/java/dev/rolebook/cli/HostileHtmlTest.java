package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template folders that try to make the html format's self-contained page load something: each
 * is either refused by {@code rolebook export} with a message naming what would load (elements
 * outside the XHTML contract already by the renderer, the rest by the html format), or written
 * as a page that headless Chromium opens without one request (and without its content security
 * policy having to stop one). Every written page is opened in the browser with the network watched.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileHtmlTest {
    private static final String OUT = "http://127.0.0.1:9/";
    /** Inline SVG is outside the XHTML contract, so the renderer refuses it before the html format sees it. */
    private static final String SVG_OUTSIDE = "<{http://www.w3.org/2000/svg}svg> is not part of the XHTML contract";

    /** A case: what goes into the stylesheet and the template's head and body, and what a refusal names. */
    private record Case(String name, String css, String head, String body, String named) {
        static Case css(String name, String css, String named) {
            return new Case(name, css, "", "", named);
        }

        static Case markup(String name, String head, String body, String named) {
            return new Case(name, "", head, body, named);
        }
    }

    /** Refused: the message names the construct, nothing is written. */
    private static final List<Case> REFUSED = List.of(
            Case.css("URL in capitals", "body { background: URL(" + OUT + "a.png) }", OUT + "a.png"),
            Case.css("image-set with a string", "body { background-image: image-set(\"" + OUT + "c.png\" 1x) }",
                    OUT + "c.png"),
            Case.css("-webkit-image-set", "body { background-image: -webkit-image-set(url(" + OUT + "d.png) 1x) }",
                    OUT + "d.png"),
            Case.css("@IMPORT in capitals", "@IMPORT url(" + OUT + "more.css);\nbody { color: red }", "cannot @import"),
            Case.css("@import of a string", "@import \"" + OUT + "more.css\";", "cannot @import"),
            Case.css("font-face source", "@font-face { font-family: x; src: url(" + OUT + "f.woff2) }", OUT + "f.woff2"),
            Case.css("cursor", "p { cursor: url(" + OUT + "c.cur), auto }", OUT + "c.cur"),
            Case.css("inside @media", "@media screen { p { background: url('" + OUT + "m.png') } }", OUT + "m.png"),
            Case.css("a file outside the templates", "p { background: url(file:///etc/hostname) }", "file:///etc/hostname"),
            Case.markup("style attribute", "", "<p style=\"background: url(" + OUT + "s.png)\">x</p>", OUT + "s.png"),
            Case.markup("link rel=preload", "<link rel=\"preload\" href=\"" + OUT + "p.js\" as=\"script\"/>", "",
                    "<link rel=\"preload\">"),
            Case.markup("link rel=icon", "<link rel=\"icon\" href=\"" + OUT + "favicon.ico\"/>", "", "<link rel=\"icon\">"),
            Case.markup("script src", "<script src=\"" + OUT + "s.js\"></script>", "", "<script>"),
            Case.markup("inline script", "<script>fetch('" + OUT + "x')</script>", "", "<script>"),
            Case.markup("JSON-LD with src", "<script type=\"application/ld+json\" src=\"" + OUT + "ld.json\"></script>",
                    "", "<script>"),
            Case.markup("iframe", "", "<iframe src=\"" + OUT + "frame.html\"></iframe>", "<iframe>"),
            Case.markup("IFRAME in capitals", "", "<IFRAME src=\"" + OUT + "frame.html\"></IFRAME>",
                    "<IFRAME> is not part of the XHTML contract"),
            Case.markup("iframe in another namespace", "",
                    "<x:iframe xmlns:x=\"urn:x\" src=\"" + OUT + "frame.html\"></x:iframe>",
                    "<{urn:x}iframe> is not part of the XHTML contract"),
            Case.markup("object", "", "<object data=\"" + OUT + "o.swf\"></object>", "<object>"),
            Case.markup("embed", "", "<embed src=\"" + OUT + "e.swf\"/>", "<embed>"),
            Case.markup("base", "<base href=\"" + OUT + "\"/>", "", "<base>"),
            Case.markup("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=" + OUT + "r\"/>", "",
                    "<meta http-equiv=\"refresh\">"),
            Case.markup("META HTTP-EQUIV in capitals", "<meta HTTP-EQUIV=\"refresh\" content=\"0;url=" + OUT + "r\"/>", "",
                    "<meta http-equiv=\"refresh\">"),
            Case.markup("IMG SRC in capitals", "", "<img SRC=\"" + OUT + "i.png\" alt=\"\"/>", OUT + "i.png"),
            Case.markup("img srcset", "", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" srcset=\""
                    + OUT + "i2.png 2x\" alt=\"\"/>", OUT + "i2.png 2x"),
            Case.markup("video poster", "", "<video poster=\"" + OUT + "v.png\"></video>", "<video> is not part"),
            Case.markup("audio source", "", "<audio><source src=\"" + OUT + "a.ogg\"/></audio>", "<audio> is not part"),
            Case.markup("svg image", "", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"" + OUT
                    + "svg.png\" width=\"1\" height=\"1\"/></svg>", SVG_OUTSIDE),
            Case.markup("svg xlink:href", "", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink="
                    + "\"http://www.w3.org/1999/xlink\"><use xlink:href=\"" + OUT + "u.svg#x\"/></svg>", SVG_OUTSIDE),
            Case.markup("svg fill", "", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\" fill=\"url("
                    + OUT + "p.svg#g)\"/></svg>", SVG_OUTSIDE),
            Case.markup("a ping", "", "<a href=\"#top\" ping=\"" + OUT + "ping\">x</a>", OUT + "ping"),
            Case.markup("form action", "", "<form action=\"" + OUT + "post\"><button>x</button></form>", "<form> is not part"),
            Case.markup("event handler", "", "<p onclick=\"fetch('" + OUT + "h')\">x</p>", "onclick"),
            Case.markup("javascript link", "", "<a href=\"java&#9;script:fetch('" + OUT + "j')\">x</a>",
                    "would run or open something other than a web page"),
            Case.markup("two src a browser reads as one", "", "<img src=\"logo.png\" SRC=\"" + OUT + "i.png\" alt=\"\"/>",
                    "two attributes"),
            Case.css("escaped url function", "body { background: u\\72l(\"" + OUT + "b2.png\") }", "write url(...) plainly"));

    /**
     * Written: constructs that are harmless or that the stylesheet parser does not read (and so
     * leaves out of the page); Chromium shows that nothing of them is fetched.
     */
    private static final List<Case> WRITTEN = List.of(
            Case.css("url spelled with an escape", "body { background: \\75 rl(" + OUT + "b.png) }", ""),
            Case.css("escaped url function the parser cannot read", "body { background: u\\72l(" + OUT + "b3.png) }", ""),
            Case.css("unknown at-rule", "@supports (display: grid) { body { background: url(" + OUT + "su.png) } }", ""),
            Case.css("a comment that hides nothing", "/* url(" + OUT + "comment.png) */ body { color: #333 }", ""),
            Case.css("a string that only looks like a url", "p::before { content: \"url(" + OUT + "str.png)\" }", ""),
            Case.markup("the user's own classes, links and images", "",
                    "<p class=\"my-own callout\"><a href=\"https://acme.example/jobs\">jobs</a>"
                            + " <a href=\"mailto:hr@acme.example\">mail</a> <a href=\"#top\">top</a>"
                            + " <img src=\"logo.png\" alt=\"logo\"/></p>", ""));

    @TempDir
    Path root;

    @Test
    void everyWayOfReachingOutIsRefusedOrComesToNothingInABrowser() throws Exception {
        List<String> wrong = new ArrayList<>();
        int index = 0;
        for (Case hostile : REFUSED) {
            Sandbox sandbox = new Sandbox(root.resolve("refused-" + index++));
            Run run = export(sandbox, hostile);
            boolean named = run.err().startsWith("error: ") && run.err().contains(hostile.named());
            if (run.exitCode() != ExitCodes.SOME_FAILED || !sandbox.outputs().isEmpty() || !named) {
                wrong.add(hostile.name() + ": " + run);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Case harmless : WRITTEN) {
            Sandbox sandbox = new Sandbox(root.resolve("written-" + index++));
            Run run = export(sandbox, harmless);
            if (run.exitCode() != 0 || sandbox.outputs().size() != 1) {
                wrong.add(harmless.name() + ": " + run);
            } else {
                written.add(sandbox.outputs().get(0));
            }
        }
        assertThat(wrong).as("refused naming what would load, or written").isEmpty();

        Map<Path, HeadlessChromium.Requests> requests = HeadlessChromium.open(written);
        assertThat(requests).as("pages written").hasSize(WRITTEN.size());
        assertThat(requests).allSatisfy((page, asked) -> assertThat(asked.none()).as(page + ": " + asked).isTrue());
    }

    @Test
    void theContentSecurityPolicyStopsWhatTheChecksMightMiss() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Run run = export(sandbox, Case.markup("nothing hostile", "", "<p>x</p>", ""));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path page = sandbox.outputs().get(0);
        // The page as written, with a request slipped in after it was checked: the browser itself refuses it.
        String html = Files.readString(page).replace("<p>x</p>", "<img src=\"" + OUT + "slipped.png\" alt=\"\">");
        Files.writeString(page, html);

        HeadlessChromium.Requests asked = HeadlessChromium.open(List.of(page)).get(page);

        assertThat(asked.blocked()).as(asked.toString()).singleElement().asString().contains("slipped.png");
    }

    private Run export(Sandbox sandbox, Case hostile) throws IOException {
        BufferedImage logo = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        sandbox.write("templates/logo.png", png.toByteArray());
        sandbox.write("templates/style/own.css", hostile.css());
        sandbox.write("templates/handbook.ftl", """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${catalog.title}</title>
                <link rel="stylesheet" href="style/own.css"/>
                %s
                </head><body><main><h1 id="top">${catalog.title}</h1>
                %s
                </main></body></html>
                """.formatted(hostile.head(), hostile.body()));
        return sandbox.export("--templates", sandbox.root.resolve("templates").toString(), "--format", "html");
    }

}
