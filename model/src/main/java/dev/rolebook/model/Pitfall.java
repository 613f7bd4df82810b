package dev.rolebook.model;

/** One thing to avoid: a short title and the explanation. */
public record Pitfall(String title, String detail) {}
