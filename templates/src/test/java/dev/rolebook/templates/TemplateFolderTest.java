package dev.rolebook.templates;

import dev.rolebook.xhtml.TemplateResources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.model.Catalog;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's template folder overrides built-in files one by one, and cannot reach beyond itself:
 * no {@code ?new}, no {@code ?api}, no file outside the folder.
 */
class TemplateFolderTest {
    private static final Catalog EN = Catalogs.bundled("en");

    @TempDir
    Path folder;

    @Test
    void userFilesReplaceBuiltInOnesFileByFile() throws IOException {
        write("style/handbook.css", ".cover { color: red; }");
        write("handbook.ftl", """
                <#import "lib/common.ftl" as c>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Acme</title></head><body><p class="cover">Acme training: ${catalog.title}</p></body></html>
                """);
        Renderer renderer = new Renderer(TemplateResources.withUserFolder(folder));

        RenderResult result = renderer.render(EN, RenderOptions.of(DocumentKind.HANDBOOK));

        assertThat(Xhtml.bodyText(Xhtml.parse(result))).isEqualTo("Acme training: Business World. General Concept");
        TemplateResources resources = result.document().resources();
        assertThat(new String(resources.read("style/handbook.css"), StandardCharsets.UTF_8)).isEqualTo(".cover { color: red; }");
        assertThat(new String(resources.read("style/base.css"), StandardCharsets.UTF_8)).contains("Rolebook Serif");
        assertThat(renderer.render(EN, RenderOptions.of(DocumentKind.POSTING).withRole("sales-consultant"))
                .document().xhtml()).contains("<h1>Sales Consultant</h1>");
    }

    @Test
    void newBuiltInCannotCreateJavaObjects() throws IOException {
        write("handbook.ftl", "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
        assertThatThrownBy(() -> renderHandbook())
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("handbook.ftl:1:")
                .hasMessageContaining("freemarker.template.utility.Execute");
    }

    @Test
    void apiBuiltInIsOff() throws IOException {
        write("handbook.ftl", "${catalog?api.getClass()}");
        assertThatThrownBy(() -> renderHandbook())
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("handbook.ftl:1:")
                .hasMessageContaining("api");
    }

    @Test
    void includeCannotLeaveTheTemplateFolders() throws IOException {
        write("handbook.ftl", "<#include \"../../../../../../../etc/passwd\">");
        assertThatThrownBy(() -> renderHandbook())
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("etc/passwd")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTemplateLargerThan16MbIsRefusedBeforeItIsParsed() throws IOException {
        write("handbook.ftl", "<p>" + "x".repeat(17 * 1024 * 1024) + "</p>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> renderHandbook())
                .isInstanceOf(RenderException.class)
                .hasMessage("handbook.ftl: the template is larger than 16 MB, far more than a template needs");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("refused at once").isLessThan(5);

        write("handbook.ftl", "<#include \"big.ftl\">");
        write("big.ftl", "x".repeat(17 * 1024 * 1024));
        assertThatThrownBy(() -> renderHandbook())
                .isInstanceOf(RenderException.class)
                .hasMessage("big.ftl: the template is larger than 16 MB, far more than a template needs");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTemplateThatTakesTooLongToParseIsStoppedWithinTheTimeForADocument() throws IOException {
        // One 4 MB text run: FreeMarker's parser takes far longer than the file is large.
        write("handbook.ftl", "<p>" + "x".repeat(4 * 1024 * 1024) + "</p>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> new Renderer(TemplateResources.withUserFolder(folder)).check(DocumentKind.HANDBOOK))
                .isInstanceOf(RenderException.class)
                .hasMessage("handbook.ftl: the template took longer than " + TemplateEngine.SECONDS + " s to read"
                        + " (megabytes of text without a tag?)");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("stopped on time")
                .isLessThan(TemplateEngine.SECONDS + 5);
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws IOException {
        Files.createSymbolicLink(folder.resolve("handbook.ftl"), Path.of("/etc/passwd"));
        Files.createDirectories(folder.resolve("style"));
        Files.createSymbolicLink(folder.resolve("style/base.css"), Path.of("/etc/passwd"));
        TemplateResources resources = TemplateResources.withUserFolder(folder);

        assertThatThrownBy(() -> new Renderer(resources).render(EN, RenderOptions.of(DocumentKind.HANDBOOK)))
                .isInstanceOf(RenderException.class)
                .hasMessage("template 'handbook.ftl' is outside the template folder");
        assertThatThrownBy(() -> resources.read("style/base.css"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'style/base.css' in the template folder links to a file outside it");
    }

    @Test
    void resourceNamesMustStayInsideTheFolders() {
        TemplateResources resources = TemplateResources.builtIn();
        for (String name : new String[] {"../pom.xml", "/etc/passwd", "style/../../x.css", "file:/etc/passwd", ""}) {
            assertThatThrownBy(() -> resources.read(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        write("posting.ftl", "<p>\n<#if>\n</p>");
        assertThatThrownBy(() -> new Renderer(TemplateResources.withUserFolder(folder))
                        .render(EN, RenderOptions.of(DocumentKind.POSTING).withRole("sales-consultant")))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("posting.ftl:2:");
    }

    @Test
    void datesAreWrittenAsTheLabelsSay() throws IOException {
        write("labels/labels_ru.properties", "cover.edition=Издание от {date}\ndate.format=d MMMM y 'года'\n");
        RenderResult result = new Renderer(TemplateResources.withUserFolder(folder))
                .render(EN, RenderOptions.of(DocumentKind.HANDBOOK).withLabelLanguage("ru").withDate(java.time.LocalDate.of(2026, 12, 7)));
        assertThat(Xhtml.bodyText(Xhtml.parse(result))).contains("Издание от 7 декабря 2026 года");
    }

    @Test
    void aDateFormatThatIsNoPatternNamesTheFileAndLine() throws IOException {
        write("labels/labels_ru.properties", "# Russian\ndate.format=d MMMM {y}\n");
        assertThatThrownBy(() -> new Renderer(TemplateResources.withUserFolder(folder))
                        .render(EN, RenderOptions.of(DocumentKind.HANDBOOK).withLabelLanguage("ru")))
                .hasMessageStartingWith("labels/labels_ru.properties:2: date.format 'd MMMM {y}' is not a date pattern");
    }

    private RenderResult renderHandbook() {
        return new Renderer(TemplateResources.withUserFolder(folder)).render(EN, RenderOptions.of(DocumentKind.HANDBOOK));
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
