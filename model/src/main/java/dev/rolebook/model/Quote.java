package dev.rolebook.model;

/** A quotation; {@code author} is {@code null} when the source does not name one. */
public record Quote(String text, String author) {}
