package dev.rolebook.model;

/**
 * Attribution of the text a catalog was taken from.
 *
 * @param page the page or pages of the work, as printed (for example {@code 6}), or {@code null}
 */
public record Source(String work, String author, String page) {}
