/** The {@code html} format: the XHTML document made self-contained and written as HTML5. */
package dev.rolebook.html;
