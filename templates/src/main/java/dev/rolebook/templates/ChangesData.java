package dev.rolebook.templates;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import dev.rolebook.model.diff.CatalogDiff;
import dev.rolebook.model.diff.WordDiff;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a changes sheet's template receives: the role's versions before and after, and each change
 * with its place named in the labels' language ({@code changes.place.*}) and its text in pieces, the
 * words that changed marked, so the template can set them apart.
 */
final class ChangesData {
    private final Map<String, String> labels;

    ChangesData(Map<String, String> labels) {
        this.labels = labels;
    }

    Data of(Catalog previous, Catalog catalog, Role role) {
        if (previous == null) {
            throw new SelectionException("a changes sheet states what changed since an earlier catalog; name it"
                    + " (export --since OLD)");
        }
        CatalogDiff.RoleChanges found = CatalogDiff.ofRole(previous, catalog, role.id()).orElse(null);
        Data data = new Data().put("previousCatalogVersion", previous.version());
        if (found == null) {
            return data.put("status", "unchanged").put("list", List.of());
        }
        if (found.status() == CatalogDiff.Status.ADDED) {
            throw new SelectionException("role '" + role.id() + "' is not in the earlier catalog: there is no earlier"
                    + " text to state changes since; it needs the role sheet itself (--kind sheet)");
        }
        data.put("status", found.status().name().toLowerCase(Locale.ROOT))
                .put("versionBefore", found.versionBefore())
                .put("versionAfter", found.versionAfter());
        return data.put("list", Data.list(found.changes(), this::change));
    }

    private Data change(CatalogDiff.Change change) {
        Data data = new Data()
                .put("kind", change.kind().name().toLowerCase(Locale.ROOT))
                .put("place", place(change));
        if (change.kind() == CatalogDiff.Kind.CHANGED) {
            List<WordDiff.Piece> pieces = WordDiff.of(change.before(), change.after());
            data.put("before", pieces(pieces, WordDiff.Op.ADDED)).put("after", pieces(pieces, WordDiff.Op.REMOVED));
        } else {
            String text = change.kind() == CatalogDiff.Kind.ADDED ? change.after() : change.before();
            data.put(change.kind() == CatalogDiff.Kind.ADDED ? "after" : "before",
                    List.of(new Data().put("text", text).put("changed", false).put("space", false).map()));
        }
        return data;
    }

    /**
     * One side of a changed text: the pieces but those of the other side, the changed ones marked,
     * each saying whether a space goes before it (a comma added after a word has none).
     */
    private static List<Object> pieces(List<WordDiff.Piece> pieces, WordDiff.Op otherSide) {
        List<WordDiff.Piece> side = pieces.stream().filter(p -> p.op() != otherSide).toList();
        List<Object> data = new java.util.ArrayList<>();
        for (int i = 0; i < side.size(); i++) {
            WordDiff.Piece piece = side.get(i);
            data.add(new Data().put("text", piece.text()).put("changed", piece.op() != WordDiff.Op.SAME)
                    .put("space", i > 0 && piece.spaceBefore()).map());
        }
        return data;
    }

    /** "Duty under «Selling»", in the labels' language; a part of a salary or place of work by its whole. */
    private String place(CatalogDiff.Change change) {
        String label = labels.get("changes.place." + change.place());
        if (label == null && change.place().contains(".")) {
            label = labels.get("changes.place." + change.place().substring(0, change.place().indexOf('.')));
        }
        if (label == null) {
            label = change.where();
        }
        return label.replace("{title}", change.title() == null ? "" : change.title())
                .replace("{number}", String.valueOf(change.number())).strip();
    }
}
