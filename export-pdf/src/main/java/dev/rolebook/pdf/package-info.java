/**
 * XHTML document to PDF through Flying Saucer on OpenPDF. Not built yet (issue #3); the module
 * exists so that the dependency graph, which keeps exporters away from the model, is in place.
 */
package dev.rolebook.pdf;
