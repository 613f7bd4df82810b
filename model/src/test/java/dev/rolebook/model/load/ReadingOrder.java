package dev.rolebook.model.load;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Pitfall;
import dev.rolebook.model.ResponsibilityArea;
import dev.rolebook.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every text of a catalog's departments in the order a reader meets them in the source. */
final class ReadingOrder {
    private ReadingOrder() {}

    static List<String> texts(Catalog catalog, boolean withFirstDepartmentName) {
        List<String> texts = new ArrayList<>();
        Consumer<String> add = text -> {
            if (text != null) {
                texts.add(text);
            }
        };
        for (Department department : catalog.departments()) {
            if (withFirstDepartmentName || department != catalog.departments().get(0)) {
                add.accept(department.name());
            }
            for (Role role : department.roles()) {
                add.accept(role.title());
                add.accept(role.alternativeTitle() == null ? null : "(" + role.alternativeTitle() + ")");
                role.summary().forEach(add);
                add.accept(role.responsibilities().leadIn());
                add.accept(role.responsibilities().heading());
                for (ResponsibilityArea area : role.responsibilities().areas()) {
                    add.accept(area.title());
                    area.items().forEach(add);
                }
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
            department.quotes().forEach(quote -> {
                add.accept(quote.text());
                add.accept(quote.author());
            });
        }
        return texts;
    }
}
