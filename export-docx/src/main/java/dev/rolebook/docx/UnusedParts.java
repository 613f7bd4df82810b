package dev.rolebook.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Leaves out of a prepared reference the parts that no relationship reaches, from the package's
 * own through every part it leads to. Word never shows them (left behind by an editor, or put
 * there on purpose), and each output would otherwise carry a copy.
 */
final class UnusedParts {
    private UnusedParts() {}

    /** Removes the unreachable parts; their names. */
    static List<String> remove(OPCPackage pkg) {
        try {
            Set<PackagePartName> reached = new HashSet<>();
            Deque<PackageRelationship> next = new ArrayDeque<>();
            pkg.getRelationships().forEach(next::add);
            while (!next.isEmpty()) {
                PackageRelationship relationship = next.pop();
                if (relationship.getTargetMode() != TargetMode.INTERNAL) {
                    continue;
                }
                PackagePartName name = PackagingURIHelper.createPartName(relationship.getTargetURI().isAbsolute()
                        ? relationship.getTargetURI()
                        : PackagingURIHelper.resolvePartUri(relationship.getSourceURI(), relationship.getTargetURI()));
                PackagePart part = pkg.getPart(name);
                if (part != null && reached.add(name) && part.hasRelationships()) {
                    part.getRelationships().forEach(next::add);
                }
            }
            List<String> removed = new ArrayList<>();
            for (PackagePart part : new ArrayList<>(pkg.getParts())) {
                if (!part.isRelationshipPart() && !reached.contains(part.getPartName())) {
                    removed.add(part.getPartName().getName());
                    pkg.removePart(part);
                }
            }
            return removed;
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the reference's parts cannot be listed: " + e.getMessage(), e);
        }
    }
}
