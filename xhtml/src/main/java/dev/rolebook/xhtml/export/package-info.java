/** The interface every output format implements, and the registry that finds formats by name. */
package dev.rolebook.xhtml.export;
