package dev.rolebook.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFSettings;

/**
 * Leaves out of a reference document what would act when an output is opened: macros (a .docm's
 * vbaProject.bin and what belongs to it) and the link to an attached template, which Word may
 * fetch from wherever it points. Outputs are plain .docx documents; the styles, page setup,
 * header and footer are all a reference gives them.
 */
final class ActiveContent {
    private static final Map<String, String> DOCUMENT_PARTS = Map.of(
            "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "macros (vbaProject.bin)",
            "http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations", "keyboard customizations",
            "http://schemas.microsoft.com/office/2006/relationships/attachedToolbars", "toolbars");
    private static final String ATTACHED_TEMPLATE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";

    private ActiveContent() {}

    /** Removes active content from the prepared reference; what was removed, in words, for a warning. */
    static List<String> strip(XWPFDocument document) {
        List<String> removed = new ArrayList<>();
        PackagePart main = document.getPackagePart();
        try {
            for (Map.Entry<String, String> kind : DOCUMENT_PARTS.entrySet()) {
                for (PackageRelationship relationship : main.getRelationshipsByType(kind.getKey())) {
                    main.removeRelationship(relationship.getId());
                    if (relationship.getTargetMode() == TargetMode.INTERNAL) {
                        document.getPackage().deletePartRecursive(PackagingURIHelper.createPartName(
                                PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), relationship.getTargetURI())));
                    }
                    removed.add(kind.getValue());
                }
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the reference's parts cannot be listed: " + e.getMessage(), e);
        }
        XWPFSettings settings = document.getSettings();
        if (settings != null && settings.getCTSettings().isSetAttachedTemplate()) {
            settings.getCTSettings().unsetAttachedTemplate();
            removed.add("the link to its attached template");
        }
        if (settings != null) {
            try {
                for (PackageRelationship link : settings.getPackagePart().getRelationshipsByType(ATTACHED_TEMPLATE)) {
                    settings.getPackagePart().removeRelationship(link.getId());
                }
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return removed;
    }
}
