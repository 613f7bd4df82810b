package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference document saved with macros (.docm) or tied to a template on a server carries that
 * into every output unless left out: Word would run or fetch it when an employee opens a posting.
 */
class ActiveContentTest {
    private static final String VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
    private static final String ATTACHED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";

    @TempDir
    Path folder;

    @Test
    void macrosAndAnAttachedTemplateAreLeftOut() throws Exception {
        Path reference = folder.resolve("company.docm");
        try (XWPFDocument company = new XWPFDocument(ReferenceDocument.class.getResourceAsStream("reference.docx"))) {
            OPCPackage pkg = company.getPackage();
            PackagePart vba = pkg.createPart(PackagingURIHelper.createPartName("/word/vbaProject.bin"),
                    "application/vnd.ms-office.vbaProject");
            try (OutputStream out = vba.getOutputStream()) {
                out.write("Sub AutoOpen(): Shell \"calc\": End Sub".getBytes(StandardCharsets.US_ASCII));
            }
            company.getPackagePart().addRelationship(vba.getPartName(), TargetMode.INTERNAL, VBA);
            String template = company.getSettings().getPackagePart()
                    .addExternalRelationship("https://templates.example/company.dotm", ATTACHED).getId();
            company.getSettings().getCTSettings().addNewAttachedTemplate().setId(template);
            try (OutputStream out = Files.newOutputStream(reference)) {
                company.write(out);
            }
        }

        Map<String, String> parts = parts(Docx.export(Docx.xhtml(Catalogs.bundled("en"), DocumentKind.POSTING,
                "sales-consultant"), Docx.OPTIONS.withReferenceDocx(reference)));

        assertThat(parts).doesNotContainKey("word/vbaProject.bin");
        assertThat(String.join("\n", parts.values())).doesNotContain("vbaProject", "attachedTemplate",
                "templates.example", "macroEnabled");
        assertThat(parts.get("word/document.xml")).contains("Sales Consultant");
    }

    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return parts;
    }
}
