/**
 * XHTML document to DOCX through Apache POI. The document starts as a copy of a reference .docx
 * (rolebook's own, or the user's), which supplies styles, page setup, header and footer; {@link
 * dev.rolebook.docx.DocxBuilder} then maps the XHTML body element by element, one small {@link
 * dev.rolebook.docx.ElementHandler} per kind of element, onto Word structure: headings onto
 * Heading styles, lists onto numbering definitions, ids onto bookmarks. Styles are looked up by
 * name through {@link dev.rolebook.docx.StyleMap}.
 */
package dev.rolebook.docx;
