/**
 * Loading a catalog from YAML or JSON. Every problem of a file is collected with its line, column
 * and field path ({@code departments[0].roles[2].title}) before the loader gives up, so a user can
 * mend a file in one pass. Entry point: {@link dev.rolebook.model.load.CatalogLoader}.
 */
package dev.rolebook.model.load;
