package dev.rolebook.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed in a catalog's roles between two of its versions, role by role (matched by id):
 * roles added and removed, and for each role in both, every text of its version that was changed,
 * added or removed. It compares exactly what a {@link RoleVersion} covers, so a role is listed if
 * and only if its version changed. A list (of duties, pitfalls, paragraphs) is compared element by
 * element, the elements that stayed found first, so that a duty put in the middle is one duty
 * added, not every later one changed.
 */
public final class CatalogDiff {

    /** One role's changes. {@code title} is its title now, or its last one if it was removed. */
    public record RoleChanges(String id, String title, Status status, String versionBefore, String versionAfter,
            List<Change> changes) {}

    public enum Status { ADDED, REMOVED, CHANGED }

    /**
     * A text changed, added or removed. {@code where} says which, in words ("duty under «Selling»");
     * {@code field} is its place in the catalog's own field names ({@code responsibilities.areas[0].items[2]},
     * the index of the newer version for a text added or changed, the older for a text removed);
     * {@code place} the same without indexes ({@code responsibilities.areas.items}), {@code number}
     * its number in its list (0 outside one) and {@code title} the title of what it is in or is
     * (the area of a duty, the pitfall), for a document that names it in its own language.
     */
    public record Change(Kind kind, String where, String field, String place, int number, String title, String before,
            String after) {}

    public enum Kind { ADDED, REMOVED, CHANGED }

    private CatalogDiff() {}

    /** The roles whose version differs, in the newer catalog's order, then those removed. */
    public static List<RoleChanges> between(Catalog before, Catalog after) {
        Map<String, Placed> old = roles(before);
        Map<String, Placed> now = roles(after);
        List<RoleChanges> changed = new ArrayList<>();
        for (Placed role : now.values()) {
            compare(old.get(role.role().id()), role).ifPresent(changed::add);
        }
        for (Placed was : old.values()) {
            if (!now.containsKey(was.role().id())) {
                compare(was, null).ifPresent(changed::add);
            }
        }
        return changed;
    }

    /**
     * One role's changes, or empty when its version is the same in both (or it is in neither): what
     * a changes sheet states, without comparing the catalog's other roles.
     */
    public static Optional<RoleChanges> ofRole(Catalog before, Catalog after, String id) {
        return compare(roles(before).get(id), roles(after).get(id));
    }

    private static Optional<RoleChanges> compare(Placed was, Placed role) {
        if (role == null) {
            return was == null ? Optional.empty() : Optional.of(new RoleChanges(was.role().id(),
                    was.role().title(), Status.REMOVED, RoleVersion.of(was.department(), was.role()), null,
                    List.of(new Change(Kind.REMOVED, "role", "", "role", 0, null, was.role().title(), null))));
        }
        String version = RoleVersion.of(role.department(), role.role());
        if (was == null) {
            return Optional.of(new RoleChanges(role.role().id(), role.role().title(), Status.ADDED, null, version,
                    List.of(new Change(Kind.ADDED, "role", "", "role", 0, null, null, role.role().title()))));
        }
        String previous = RoleVersion.of(was.department(), was.role());
        if (previous.equals(version)) {
            return Optional.empty();
        }
        return Optional.of(new RoleChanges(role.role().id(), role.role().title(), Status.CHANGED, previous,
                version, ofRole(RoleVersion.content(was.department(), was.role()),
                        RoleVersion.content(role.department(), role.role()))));
    }

    /**
     * What changed between two {@link RoleVersion#content contents} of a role: the text recorded in
     * a signed sheet and the catalog's text today, say.
     */
    public static List<Change> ofRole(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        new Comparison(changes).compare(before, after, new Place("", "", 0, null));
        return List.copyOf(changes);
    }

    private record Placed(Department department, Role role) {}

    private static Map<String, Placed> roles(Catalog catalog) {
        Map<String, Placed> roles = new LinkedHashMap<>();
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                roles.put(role.id(), new Placed(department, role));
            }
        }
        return roles;
    }

    /**
     * Where a node is: its field path with indexes, the same without ({@code responsibilities.areas.items},
     * what its name in words is looked up by), its number in its list, and the title of the element
     * it is in (the area a duty is under, the pitfall a detail explains).
     */
    private record Place(String field, String kind, int number, String title) {
        Place key(String name) {
            return new Place(field.isEmpty() ? name : field + "." + name, kind.isEmpty() ? name : kind + "." + name, 0,
                    title);
        }

        Place element(int index, JsonNode element) {
            String own = element != null && element.has("title") ? element.get("title").asText() : title;
            return new Place(field + "[" + index + "]", kind, index + 1, own);
        }
    }

    private static final class Comparison {
        private final List<Change> changes;

        Comparison(List<Change> changes) {
            this.changes = changes;
        }

        void compare(JsonNode before, JsonNode after, Place place) {
            if (before.isObject() && after.isObject()) {
                TreeSet<String> names = new TreeSet<>();
                before.fieldNames().forEachRemaining(names::add);
                after.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    JsonNode old = before.get(name);
                    JsonNode now = after.get(name);
                    if (old == null) {
                        add(Kind.ADDED, place.key(name), null, now);
                    } else if (now == null) {
                        add(Kind.REMOVED, place.key(name), old, null);
                    } else {
                        compare(old, now, place.key(name));
                    }
                }
            } else if (before.isArray() && after.isArray()) {
                compareLists(list(before), list(after), place);
            } else if (!before.equals(after)) {
                changes.add(new Change(Kind.CHANGED, Words.where(place.kind(), place.number(), place.title()), place.field(),
                        place.kind(), place.number(), place.title(), text(before), text(after)));
            }
        }

        private void compareLists(List<JsonNode> before, List<JsonNode> after, Place place) {
            int i = 0;
            int j = 0;
            List<Lcs.Match> stayed = new ArrayList<>(Lcs.of(before, after, JsonNode::equals));
            stayed.add(new Lcs.Match(before.size(), after.size()));
            for (Lcs.Match match : stayed) {
                // Between two elements that stayed, the first few on each side are taken as one
                // element changed; the rest of the longer side was added or removed.
                while (i < match.before() && j < match.after()) {
                    compare(before.get(i), after.get(j), place.element(j, after.get(j)));
                    i++;
                    j++;
                }
                for (; i < match.before(); i++) {
                    add(Kind.REMOVED, place.element(i, before.get(i)), before.get(i), null);
                }
                for (; j < match.after(); j++) {
                    add(Kind.ADDED, place.element(j, after.get(j)), null, after.get(j));
                }
                i = match.before() + 1;
                j = match.after() + 1;
            }
        }

        private void add(Kind kind, Place place, JsonNode before, JsonNode after) {
            changes.add(new Change(kind, Words.where(place.kind(), place.number(), place.title()), place.field(),
                    place.kind(), place.number(), place.title(), before == null ? null : text(before),
                    after == null ? null : text(after)));
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    /** A node as a reader would take it in: a title before what it heads, the rest in field order. */
    static String text(JsonNode node) {
        if (node.isValueNode()) {
            return node.asText();
        }
        List<String> parts = new ArrayList<>();
        if (node.isObject() && node.has("title")) {
            parts.add(text(node.get("title")));
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("title")) {
                parts.add(text(field.getValue()));
            }
        });
        if (node.isArray()) {
            node.forEach(element -> parts.add(text(element)));
        }
        return String.join(node.isArray() ? " / " : " — ", parts);
    }
}
