package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Template folders, reference documents and employee lists from someone who should not be
 * trusted, through the whole command: refused with a message that says why, nothing run, nothing
 * fetched, nothing written outside {@code --out}, no half-written file.
 */
class HostileFilesTest {
    @TempDir
    Path root;

    @Test
    void aTemplateCannotRunCommandsWithNew() throws IOException {
        Sandbox sandbox = new Sandbox(root);
        Path proof = root.resolve("pwned");
        sandbox.write("templates/handbook.ftl",
                "${\"freemarker.template.utility.Execute\"?new()(\"touch " + proof + "\")}");

        Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "pdf", "--format", "docx");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).startsWith("error: handbook.ftl:1:").contains("freemarker.template.utility.Execute");
        assertThat(proof).doesNotExist();
        assertThat(sandbox.outputs()).isEmpty();
    }

    @Test
    void aTemplateCannotReachJavaWithApi() throws IOException {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/posting.ftl", "${catalog?api.getClass().getClassLoader()}");

        Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--kind", "posting",
                "--role", "account-manager");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).startsWith("error: posting.ftl:1:").contains("api");
        assertThat(sandbox.outputs()).isEmpty();
    }

    @Test
    void aTemplateCannotIncludeAFileOutsideItsFolder() throws IOException {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("secret.ftl", "the secret salary list");
        sandbox.write("templates/handbook.ftl", "<#include \"../secret.ftl\">");

        Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("secret.ftl").doesNotContain("the secret salary list");
        assertThat(sandbox.outputs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/hostname", "http://127.0.0.1:PORT/logo.png", "../outside.png"})
    void imagesCannotComeFromFilesOutsideTheTemplatesOrFromTheNetwork(String src) throws IOException {
        String element = "<img src=\"" + src + "\" alt=\"\"/>";
        refusedInEveryFormat("", element, List.of("pdf", "docx", "html"), src);
    }

    /** DOCX takes its look from the reference document and reads no stylesheet, so it is left out. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:PORT/look.css", "file:///etc/hostname", "style/imports.css"})
    void stylesheetsCannotComeFromOutsideTheTemplatesOrFromTheNetwork(String href) throws IOException {
        String element = "<link rel=\"stylesheet\" href=\"" + href + "\"/>";
        refusedInEveryFormat(element, "", List.of("pdf", "html"), href.endsWith("imports.css") ? "cannot @import" : href);
    }

    /** Puts {@code head} and {@code body} into the user's handbook template and exports it. */
    private void refusedInEveryFormat(String head, String body, List<String> formats, String named) throws IOException {
        Sandbox sandbox = new Sandbox(root);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String port = String.valueOf(server.getLocalPort());
            sandbox.write("outside.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            sandbox.write("templates/style/imports.css", "@import url(\"http://127.0.0.1:" + port + "/more.css\");\n"
                    + "body { background: url(\"file:///etc/hostname\"); }\n");
            sandbox.write("templates/handbook.ftl", """
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${catalog.title}</title>
                    %s
                    </head><body><h1>${catalog.title}</h1>
                    %s
                    </body></html>
                    """.formatted(head.replace("PORT", port), body.replace("PORT", port)));
            List<String> args = new java.util.ArrayList<>(List.of("--templates", root.resolve("templates").toString()));
            formats.forEach(format -> args.addAll(List.of("--format", format)));

            Run run = sandbox.export(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(run.err().lines().toList()).as(run.toString()).hasSize(formats.size())
                    .allSatisfy(line -> assertThat(line).contains(named.replace("PORT", port)));
            assertThat(sandbox.outputs()).isEmpty();
            assertThat(nothingConnected(server)).as("no request reached the network").isTrue();
        }
    }

    @Test
    void referenceDocumentsThatAreNotWordDocumentsStopTheRunBeforeAnythingIsWritten() throws IOException {
        Sandbox sandbox = new Sandbox(root);
        Path plain = sandbox.write("letter.docx", "Dear HR, this is plain text.");
        Path bomb = sandbox.write("bomb.docx", zip("[Content_Types].xml", new byte[60 * 1024 * 1024]));
        Path noDocument = sandbox.write("notes.docx", zip("notes.txt", "nothing here".getBytes()));

        for (Path reference : List.of(plain, bomb, noDocument)) {
            Run run = sandbox.export("--kind", "posting", "--department", "sales", "--format", "pdf", "--format", "docx",
                    "--reference-doc", reference.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(run.toString()).startsWith("error: reference document " + reference + " ")
                    .endsWith("; nothing was written\n");
        }
        assertThat(Files.size(bomb)).as("the bomb is small on disk").isLessThan(200_000);
    }

    /**
     * Parts that compress just within POI's ratio limit: past the bounds of what a reference may
     * unpack to, it is refused before POI holds it in memory; within them, a part nothing uses is
     * left out of every output, with a warning.
     */
    @Test
    void aReferenceIsBoundedUnpackedAndItsUnusedPartsStayOutOfTheOutputs() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path onePart = sandbox.write("one-part.docx", referenceWith(Map.of("word/media/unused.bin", 60)));
        Path manyParts = sandbox.write("many-parts.docx", referenceWith(Map.of("word/media/a.bin", 40,
                "word/media/b.bin", 40, "word/media/c.bin", 40)));
        Path unused = sandbox.write("unused.docx", referenceWith(Map.of("word/media/unused.bin", 8)));

        Run tooLarge = sandbox.export("--kind", "posting", "--role", "account-manager", "--format", "docx",
                "--reference-doc", onePart.toString());
        Run tooMuch = sandbox.export("--kind", "posting", "--role", "account-manager", "--format", "docx",
                "--reference-doc", manyParts.toString());

        assertThat(tooLarge.exitCode()).as(tooLarge.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooLarge.err()).isEqualTo("error: reference document " + onePart + " has a part larger than 50 MB"
                + " unpacked (word/media/unused.bin); a reference needs a few MB in all; nothing was written\n");
        assertThat(tooMuch.exitCode()).as(tooMuch.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooMuch.err()).contains("reference document " + manyParts + " unpacks to more than 100 MB");
        assertThat(sandbox.outputs()).isEmpty();

        Run run = sandbox.export("--kind", "posting", "--role", "account-manager", "--format", "docx",
                "--reference-doc", unused.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: reference document " + unused + ": left out 1 part that nothing in it"
                + " uses (/word/media/unused.bin)");
        Path docx = sandbox.output(".docx");
        // The 8 MB orphan is gone; what is left is the document and the embedded fonts (about 1.3 MB).
        assertThat(Files.size(docx)).as("the output carries no copy of the unused part").isLessThan(2_000_000);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).doesNotContain("word/media/unused.bin");
        }
    }

    /** rolebook's own reference with extra parts of so many MB each, compressing about 1:60. */
    private static byte[] referenceWith(Map<String, Integer> extra) throws IOException {
        byte[] base;
        try (java.io.InputStream in = dev.rolebook.xhtml.export.Exporter.class.getClassLoader()
                .getResourceAsStream("dev/rolebook/docx/reference.docx")) {
            base = in.readAllBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(1);
        try (java.util.zip.ZipInputStream from = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = from.getNextEntry(); entry != null; entry = from.getNextEntry()) {
                byte[] content = from.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("<Default ",
                            "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Default ")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, Integer> part : new java.util.TreeMap<>(extra).entrySet()) {
                byte[] junk = new byte[part.getValue() * 1024 * 1024];
                for (int i = 0; i < junk.length; i += 60) {
                    junk[i] = (byte) random.nextInt(256);
                }
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(junk);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void employeeNamesThatLookLikePathsStayFileNamesInsideTheOutputFolder() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        List<String> names = List.of("../../escaped", "/etc/passwd", "C:\\Windows\\win.ini", "..", "CON", "name\u0000with nul");
        StringBuilder csv = new StringBuilder("role,name\n");
        names.forEach(name -> csv.append("sales-consultant,\"").append(name).append("\"\n"));
        Path staff = sandbox.write("staff.csv", csv.toString());

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--name", "{name}", "--format", "docx");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).as("a control character in a name is refused at its line")
                .startsWith("error: " + staff + ":7:").contains("control character");
        assertThat(sandbox.outputs()).hasSize(5).allSatisfy(file -> assertThat(file.getParent()).isEqualTo(sandbox.out));
        for (String name : names.subList(0, 5)) {
            assertThat(sandbox.outputs()).as(name).anySatisfy(file -> {
                try {
                    assertThat(Sandbox.text(file)).contains(name);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void cellsThatLookLikeFormulasArePrintedAsWritten() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        // name, contract number, manager, a column of the user's own, and a second row's name
        List<String> cells = List.of("=HYPERLINK(\"http://example.com\",\"click\")", "+SUM(1,2)", "-2+3", "@cmd",
                "=1+1");
        Path staff = sandbox.write("staff.csv", """
                role,name,contract_number,manager,badge
                sales-consultant,"%s","%s","%s","%s"
                account-manager,"%s",A-2,,
                """.formatted(cells.get(0).replace("\"", "\"\""), cells.get(1), cells.get(2), cells.get(3), cells.get(4)));

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--lang", "en",
                "--format", "pdf", "--format", "docx", "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sandbox.outputs()).hasSize(6);
        for (Path sheet : sandbox.outputs()) {
            String text = Sandbox.text(sheet);
            if (sheet.getFileName().toString().startsWith("+SUM")) {
                assertThat(text).as(sheet.getFileName().toString()).contains(cells.get(0), cells.get(1), cells.get(2));
            } else {
                assertThat(text).as(sheet.getFileName().toString()).contains(cells.get(4));
            }
        }
    }

    private static boolean nothingConnected(ServerSocket server) throws IOException {
        try {
            server.accept().close();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
