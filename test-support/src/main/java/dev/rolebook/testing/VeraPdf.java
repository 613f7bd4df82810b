package dev.rolebook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference PDF/A and PDF/UA validator, as the tests run it. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** Validated at the PDF/A level the file declares, as an archive's intake checks it. */
    public static ValidationResult atDeclaredLevel(byte[] pdf) {
        return validate(new ByteArrayInputStream(pdf), null);
    }

    public static ValidationResult atDeclaredLevel(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return validate(in, null);
        }
    }

    /** Validated against PDF/UA-1, whatever the file declares. */
    public static ValidationResult asPdfUa1(byte[] pdf) {
        return validate(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
    }

    public static ValidationResult asPdfUa1(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return validate(in, PDFAFlavour.PDFUA_1);
        }
    }

    /** The rules the file failed, each once, as "clause-test: what the rule says". */
    public static List<String> failedRules(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().toList();
    }

    private static ValidationResult validate(InputStream pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = flavour == null ? Foundries.defaultInstance().createParser(pdf)
                : Foundries.defaultInstance().createParser(pdf, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(
                        flavour == null ? parser.getFlavour() : flavour, false)) {
            return validator.validate(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file: " + e.getMessage(), e);
        }
    }
}
