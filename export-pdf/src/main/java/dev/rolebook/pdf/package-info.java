/**
 * XHTML document to PDF through Flying Saucer on OpenPDF: bundled fonts embedded, every character
 * drawn by a font that has it ({@link dev.rolebook.pdf.FontRuns}), resources only from the
 * template folders ({@link dev.rolebook.pdf.SandboxUserAgent}), an outline built from the
 * document's sections ({@link dev.rolebook.pdf.Outline}), and booklet imposition as a step after
 * rendering ({@link dev.rolebook.pdf.BookletImposer}).
 */
package dev.rolebook.pdf;
