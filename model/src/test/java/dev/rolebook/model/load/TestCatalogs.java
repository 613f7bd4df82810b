package dev.rolebook.model.load;

import dev.rolebook.model.Catalog;

/** Shared loader and the bundled catalogs, for tests. */
final class TestCatalogs {
    static final CatalogLoader LOADER = new CatalogLoader();

    private TestCatalogs() {}

    static Catalog bundled(String id, String language) {
        return LOADER.load(new BundledCatalogs.Edition(id, language)).orThrow();
    }
}
