package dev.rolebook.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a consumer that knows only ECMA-376 Part 1 does with a part before reading it (Part 3,
 * Markup Compatibility): content in namespaces the part declares ignorable is left out, and an
 * {@code mc:AlternateContent} is read as its fallback. Reference documents saved by Word carry
 * such extensions (w14, w15 …); the schemas of Part 1 are then checked against what remains.
 */
final class MarkupCompatibility {
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private MarkupCompatibility() {}

    static void process(Document document) {
        process(document.getDocumentElement(), new HashSet<>());
    }

    private static void process(Element element, Set<String> inherited) {
        Set<String> ignorable = new HashSet<>(inherited);
        String declared = element.getAttributeNS(MC, "Ignorable");
        for (String prefix : declared.isBlank() ? new String[0] : declared.strip().split("\\s+")) {
            String namespace = element.lookupNamespaceURI(prefix);
            if (namespace != null) {
                ignorable.add(namespace);
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (MC.equals(namespace) || (namespace != null && ignorable.contains(namespace))) {
                drop.add(attribute);
            }
        }
        drop.forEach(element::removeAttributeNode);
        for (Node child = element.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                if (ignorable.contains(e.getNamespaceURI())) {
                    element.removeChild(e);
                } else if (MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("AlternateContent")) {
                    Element fallback = fallback(e);
                    if (fallback != null) {
                        for (Node kept = fallback.getFirstChild(); kept != null; ) {
                            Node after = kept.getNextSibling();
                            element.insertBefore(kept, e);
                            if (kept instanceof Element k) {
                                process(k, ignorable);
                            }
                            kept = after;
                        }
                    }
                    element.removeChild(e);
                } else {
                    process(e, ignorable);
                }
            }
            child = next;
        }
    }

    private static Element fallback(Element alternate) {
        for (Node child = alternate.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("Fallback")) {
                return e;
            }
        }
        return null;
    }
}
