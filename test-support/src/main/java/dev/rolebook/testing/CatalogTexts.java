package dev.rolebook.testing;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Pitfall;
import dev.rolebook.model.ResponsibilityArea;
import dev.rolebook.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every text a catalog says, which every output must carry: tests read an output back and look
 * for each of these.
 */
public final class CatalogTexts {
    private CatalogTexts() {}

    /** Everything a handbook of the whole catalog must show. */
    public static List<String> handbook(Catalog catalog) {
        List<String> texts = new ArrayList<>();
        Consumer<String> add = adder(texts);
        add.accept(catalog.title());
        if (catalog.source() != null) {
            add.accept(catalog.source().work());
            add.accept(catalog.source().author());
            add.accept(catalog.source().page());
        }
        if (catalog.organization() != null) {
            add.accept(catalog.organization().name());
        }
        for (Department department : catalog.departments()) {
            add.accept(department.name());
            department.roles().forEach(role -> role(role, add));
            department.quotes().forEach(quote -> {
                add.accept(quote.text());
                add.accept(quote.author());
            });
        }
        return texts;
    }

    /**
     * Everything a document of the given kind ({@code handbook}, {@code posting}, {@code sheet}) must
     * show: a posting is for applicants and leaves out the training sections (what to avoid, the
     * example), which {@link #training} lists.
     */
    public static List<String> forKind(Catalog catalog, String kind, String roleId) {
        return switch (kind) {
            case "handbook" -> handbook(catalog);
            case "posting" -> {
                List<String> texts = new ArrayList<>(role(catalog, roleId));
                texts.removeAll(training(catalog, roleId));
                yield texts;
            }
            default -> role(catalog, roleId);
        };
    }

    /** A role's training sections: its pitfalls and its example. */
    public static List<String> training(Catalog catalog, String roleId) {
        List<String> texts = new ArrayList<>();
        Consumer<String> add = adder(texts);
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                if (role.id().equals(roleId)) {
                    if (role.pitfalls() != null) {
                        add.accept(role.pitfalls().heading());
                        role.pitfalls().items().forEach(p -> {
                            add.accept(p.title());
                            add.accept(p.detail());
                        });
                    }
                    if (role.example() != null) {
                        add.accept(role.example().heading());
                        role.example().paragraphs().forEach(add);
                    }
                }
            }
        }
        return texts;
    }

    /** Everything a sheet of one role must show. */
    public static List<String> role(Catalog catalog, String roleId) {
        List<String> texts = new ArrayList<>();
        Consumer<String> add = adder(texts);
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                if (role.id().equals(roleId)) {
                    add.accept(department.name());
                    role(role, add);
                    return texts;
                }
            }
        }
        throw new IllegalArgumentException("no role " + roleId);
    }

    private static void role(Role role, Consumer<String> add) {
        add.accept(role.title());
        add.accept(role.alternativeTitle());
        role.summary().forEach(add);
        add.accept(role.responsibilities().leadIn());
        add.accept(role.responsibilities().heading());
        for (ResponsibilityArea area : role.responsibilities().areas()) {
            add.accept(area.title());
            area.items().forEach(add);
        }
        role.requirements().forEach(add);
        add.accept(role.reportsTo());
        if (role.pitfalls() != null) {
            add.accept(role.pitfalls().heading());
            for (Pitfall pitfall : role.pitfalls().items()) {
                add.accept(pitfall.title());
                add.accept(pitfall.detail());
            }
        }
        if (role.example() != null) {
            add.accept(role.example().heading());
            role.example().paragraphs().forEach(add);
        }
    }

    private static Consumer<String> adder(List<String> texts) {
        return text -> {
            if (text != null) {
                texts.add(text);
            }
        };
    }

    /** White space runs folded to one space, as text extracted from a laid-out page has them. */
    public static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The texts that {@code output} (after normalizing) does not contain. */
    public static List<String> missingFrom(String output, List<String> texts) {
        String haystack = normalize(output);
        return texts.stream().filter(text -> !haystack.contains(normalize(text))).toList();
    }

    /**
     * The texts that text extracted from laid-out pages does not contain. Lines are joined first;
     * where a line ends in a hyphen inside a word ("long-" / "term"), the layout broke the line
     * there, so the two halves are joined without a space. A space before punctuation is ignored on
     * both sides: pdftotext reports one where a word processor set the mark in another font.
     */
    public static List<String> missingFromPages(String extracted, List<String> texts) {
        String joined = extracted.replaceAll("(?<=\\p{L})-[ \\t]*\\R\\s*(?=\\p{L})", "-");
        return texts.stream()
                .filter(text -> !missingFrom(withoutSpaceBeforePunctuation(joined),
                        List.of(withoutSpaceBeforePunctuation(text))).isEmpty())
                .toList();
    }

    private static String withoutSpaceBeforePunctuation(String text) {
        return text.replaceAll("\\s+(?=[:;,.!?\u0589\u055D\u055E\u055C])", "");
    }
}
