/**
 * Renders a catalog to the one XHTML document every exporter reads. Not built yet: the Freemarker
 * templates, labels and CSS arrive with the templates issue (#3).
 */
package dev.rolebook.templates;
