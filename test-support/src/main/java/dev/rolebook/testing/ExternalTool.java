package dev.rolebook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Outside programs the tests check outputs with (pdftotext, pdffonts, qpdf, soffice, pandoc, python-docx). Where one is
 * missing a test is skipped with a message saying what to install, except in CI ({@code CI=true}),
 * where a missing program fails the test: CI installs them all.
 */
public final class ExternalTool {
    private final String program;
    private final String debianPackage;
    private final String pythonModule;
    private Path found;

    private ExternalTool(String program, String debianPackage) {
        this(program, debianPackage, null);
    }

    private ExternalTool(String program, String debianPackage, String pythonModule) {
        this.program = program;
        this.debianPackage = debianPackage;
        this.pythonModule = pythonModule;
    }

    public static final ExternalTool PDFTOTEXT = new ExternalTool("pdftotext", "poppler-utils");
    public static final ExternalTool PDFFONTS = new ExternalTool("pdffonts", "poppler-utils");
    public static final ExternalTool PDFINFO = new ExternalTool("pdfinfo", "poppler-utils");
    public static final ExternalTool PDFTOPPM = new ExternalTool("pdftoppm", "poppler-utils");
    public static final ExternalTool QPDF = new ExternalTool("qpdf", "qpdf");
    public static final ExternalTool SOFFICE = new ExternalTool("soffice", "libreoffice-writer-nogui");
    public static final ExternalTool PANDOC = new ExternalTool("pandoc", "pandoc");
    /** The shell the completion script is written for. */
    public static final ExternalTool BASH = new ExternalTool("bash", "bash");
    /** util-linux's script: runs a command in a pseudo-terminal, as if a person had typed it. */
    public static final ExternalTool SCRIPT = new ExternalTool("script", "bsdutils");
    /**
     * A Python 3 that can import python-docx. Debian's package installs it for the system Python,
     * which is not always the first python3 on the PATH (pyenv, virtual environments), so each
     * python3 found is asked, then /usr/bin/python3.
     */
    public static final ExternalTool PYTHON_DOCX = new ExternalTool("python3", "python3-docx", "docx");

    /** The result of one run. */
    public record Result(int exitCode, String output) {}

    /** Skips the calling test (or fails it in CI) when the program is not installed. */
    public ExternalTool require() {
        if (find() == null) {
            missing((pythonModule == null ? program : "python3 with " + pythonModule)
                    + " is not installed (apt-get install " + debianPackage + ")");
        }
        return this;
    }

    /** Skips the calling test with the message, or fails it in CI, where nothing may be missing. */
    public static void missing(String message) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI must install it, so this test does not skip there");
        }
        Assumptions.abort(message + "; skipping");
    }

    /** Runs the program with arguments, stdout and stderr together, failing after five minutes. */
    public Result run(String... arguments) throws IOException, InterruptedException {
        require();
        List<String> command = new ArrayList<>();
        command.add(find().toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(program + " did not finish within five minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private synchronized Path find() {
        if (found == null) {
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/bin";
            for (String folder : path.split(":")) {
                Path candidate = Path.of(folder, program);
                if (Files.isExecutable(candidate) && (pythonModule == null || imports(candidate))) {
                    found = candidate;
                    break;
                }
            }
        }
        return found;
    }

    private boolean imports(Path python) {
        try {
            Process process = new ProcessBuilder(python.toString(), "-c", "import " + pythonModule)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
