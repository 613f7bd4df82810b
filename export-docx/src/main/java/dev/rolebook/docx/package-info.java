/**
 * XHTML document to DOCX through Apache POI. Not built yet (issue #4); the module exists so that the
 * dependency graph, which keeps exporters away from the model, is in place.
 */
package dev.rolebook.docx;
