package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logos and template images that are not what their name says, cut short, or far too large once
 * unpacked: each is named in words (a logo is a bad input, exit 2; a template image fails the
 * documents that carry it, exit 1), never an internal error after some files, and never a document
 * written without its image.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileLogoTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"text named png", "jpeg named png", "truncated png", "truncated jpg", "truncated gif",
        "huge png"})
    void aBrokenLogoIsABadInputNamedInWords(String kind) throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String file = kind.endsWith("jpg") ? "logo.jpg" : kind.endsWith("gif") ? "logo.gif" : "logo.png";
        sandbox.write(file, logo(kind));
        Path catalog = sandbox.write("roles.yaml", """
                format_version: 1
                id: acme
                language: en
                title: Acme
                organization: {name: Acme, logo: %s}
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - id: clerk
                        title: Clerk
                        summary: [Sells things.]
                        responsibilities: {areas: [{title: Selling, items: [Sell.]}]}
                        pitfalls: {items: [{title: Rudeness, detail: Do not be rude.}]}
                        example: {paragraphs: [A clerk sells a pen.]}
                """.formatted(file));

        Run run = sandbox.export("--catalog", catalog.toString(), "--kind", "posting", "--format", "pdf",
                "--format", "docx", "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).as(run.toString()).contains("logo '" + file + "'").doesNotContain("internal error");
        assertThat(sandbox.outputs()).isEmpty();
    }

    /**
     * The same broken images in a template folder, and as data: URIs in a template: every format
     * fails that document naming the image (exit 1, the run going on to the other formats), and
     * none is written without it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"text named png", "jpeg named png", "truncated png", "truncated jpg", "truncated gif",
        "huge png", "truncated png as data", "text named png as data"})
    void aBrokenTemplateImageFailsItsDocumentInEveryFormatNamingTheImage(String kind) throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String image = kind.replace(" as data", "");
        String file = image.endsWith("jpg") ? "picture.jpg" : image.endsWith("gif") ? "picture.gif" : "picture.png";
        boolean inline = kind.endsWith(" as data");
        String src = inline ? "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(logo(image)) : file;
        String named = inline ? "image 'data:image/png;base64," : "image '" + file + "'";
        if (!inline) {
            sandbox.write("templates/" + file, logo(image));
        }
        sandbox.write("templates/posting.ftl", """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${catalog.title}</title></head>
                <body><main><h1>${catalog.title}</h1><img src="%s" alt="a picture"/></main></body></html>
                """.formatted(src));

        Run run = sandbox.export("--templates", sandbox.root.resolve("templates").toString(), "--kind", "posting",
                "--role", "account-manager", "--format", "pdf", "--format", "docx", "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).as(run.toString()).doesNotContain("internal error", "Exception");
        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")).toList()).as(run.toString())
                .hasSize(3).allSatisfy(line -> assertThat(line).contains(named));
        assertThat(sandbox.outputs()).isEmpty();
    }

    private static byte[] logo(String kind) throws IOException {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x / 2, 0x1e3c8c);
        }
        return switch (kind) {
            case "text named png" -> "not an image\n".getBytes();
            case "jpeg named png" -> encode(image, "jpeg");
            case "truncated png" -> cut(encode(image, "png"));
            case "truncated jpg" -> cut(encode(image, "jpeg"));
            case "truncated gif" -> cut(encode(image, "gif"));
            case "huge png" -> hugePng();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] cut(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length * 2 / 3);
    }

    /** A PNG whose header says 20,000 × 20,000 pixels: a few bytes on disk, 1.6 GB decoded. */
    private static byte[] hugePng() {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
