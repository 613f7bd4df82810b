package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Text in another language than the page's is marked as such (WCAG 3.1.2), so that screen
 * readers speak it with the right voice and Word checks its spelling in the right language: in
 * HTML by {@code lang} on the element or an ancestor, in DOCX by {@code w:lang} on the run. The
 * catalog's texts are in the catalog's language (also under labels of another language), its
 * alternative titles in the language the catalog names for them.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LanguageTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void everyCatalogTextIsMarkedWithItsLanguageInHtml() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int files = 0;
        for (Matrix.Output output : Matrix.outputs("html")) {
            Map<String, String> expected = languages(output.from());
            Document page = HtmlStructure.parse(output.file());
            int[] count = {0};
            walk(page.getElementsByTagName("body").item(0), (element, text) -> {
                String language = expected.get(text);
                if (language != null) {
                    count[0]++;
                    String marked = inherited(element);
                    if (!base(marked).equals(base(language))) {
                        problems.add(output + ": '" + text + "' is marked " + marked + ", not " + language);
                    }
                }
            });
            assertThat(count[0]).as("%s: catalog texts found", output).isPositive();
            checked += count[0];
            files++;
        }
        System.out.printf("language of parts, HTML: %d texts in %d files%n", checked, files);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRunInAnotherLanguageCarriesItInDocx() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int files = 0;
        for (Matrix.Output output : Matrix.outputs("docx")) {
            Map<String, String> expected = languages(output.from());
            String documentLanguage = HtmlStructure.parse(output.companionHtml()).getDocumentElement().getAttribute("lang");
            NodeList runs = DocxPackage.read(output.file()).dom("word/document.xml").getElementsByTagNameNS(W, "r");
            for (int i = 0; i < runs.getLength(); i++) {
                Element run = (Element) runs.item(i);
                String text = HtmlStructure.fold(run.getTextContent());
                String language = expected.get(text);
                if (language == null) {
                    continue;
                }
                checked++;
                NodeList marks = run.getElementsByTagNameNS(W, "lang");
                String marked = marks.getLength() == 0 ? documentLanguage : ((Element) marks.item(0)).getAttributeNS(W, "val");
                if (!base(marked).equals(base(language))) {
                    problems.add(output + ": run '" + text + "' is in " + marked + ", not " + language);
                }
            }
            files++;
        }
        System.out.printf("language of parts, DOCX: %d runs in %d files%n", checked, files);
        assertThat(problems).isEmpty();
    }

    /** Each text of the run's catalog with the language it is in. */
    private static Map<String, String> languages(Matrix.Case from) throws Exception {
        Catalog catalog = from.catalog();
        Map<String, String> texts = new HashMap<>();
        String language = catalog.language();
        BiConsumer<String, String> put = (text, lang) -> {
            if (text != null) {
                String key = HtmlStructure.fold(text);
                String before = texts.putIfAbsent(key, lang);
                if (before != null && !before.equals(lang)) {
                    texts.remove(key);
                }
            }
        };
        put.accept(catalog.title(), language);
        for (Department department : catalog.departments()) {
            put.accept(department.name(), language);
            for (Role role : department.roles()) {
                put.accept(role.title(), language);
                put.accept(role.alternativeTitle(), catalog.alternativeTitleLanguage() != null
                        ? catalog.alternativeTitleLanguage() : language);
                role.summary().forEach(p -> put.accept(p, language));
                role.requirements().forEach(p -> put.accept(p, language));
                put.accept(role.responsibilities().leadIn(), language);
                put.accept(role.responsibilities().heading(), language);
                role.responsibilities().areas().forEach(area -> {
                    put.accept(area.title(), language);
                    area.items().forEach(item -> put.accept(item, language));
                });
                if (role.pitfalls() != null) {
                    put.accept(role.pitfalls().heading(), language);
                    role.pitfalls().items().forEach(p -> {
                        put.accept(p.title(), language);
                        put.accept(p.detail(), language);
                    });
                }
                if (role.example() != null) {
                    put.accept(role.example().heading(), language);
                    role.example().paragraphs().forEach(p -> put.accept(p, language));
                }
            }
        }
        return texts;
    }

    /** Calls back with each element and its own text (the text nodes directly in it), folded. */
    private static void walk(Node node, BiConsumer<Element, String> each) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !element.getLocalName().equals("script")
                    && !element.getLocalName().equals("style")) {
                StringBuilder own = new StringBuilder();
                for (Node text = element.getFirstChild(); text != null; text = text.getNextSibling()) {
                    if (text.getNodeType() == Node.TEXT_NODE) {
                        own.append(text.getNodeValue());
                    }
                }
                each.accept(element, HtmlStructure.fold(own.toString()));
                walk(element, each);
            }
        }
    }

    private static String inherited(Element element) {
        for (Node at = element; at instanceof Element e; at = at.getParentNode()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return "";
    }

    private static String base(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("-")[0];
    }
}
