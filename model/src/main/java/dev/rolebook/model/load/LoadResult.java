package dev.rolebook.model.load;

import dev.rolebook.model.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * What loading a catalog file gave: the catalog when it has no errors, and every problem found,
 * errors and warnings, in file order.
 */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The catalog, or an {@link InvalidCatalogException} listing every problem. */
    public Catalog orThrow() {
        return catalog.orElseThrow(() -> new InvalidCatalogException(problems));
    }
}
