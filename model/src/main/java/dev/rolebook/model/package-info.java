/**
 * The role catalog as immutable records. The records know no file format and no output format:
 * {@link dev.rolebook.model.load.CatalogLoader} fills them from YAML or JSON, the templates module
 * turns them into documents.
 *
 * <p>Optional fields are {@code null} when the catalog leaves them out; lists are never
 * {@code null}, only empty.
 */
package dev.rolebook.model;
