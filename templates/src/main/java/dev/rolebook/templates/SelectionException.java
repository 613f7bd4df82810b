package dev.rolebook.templates;

/** A department or role id that the catalog does not have; the message suggests the closest one. */
public final class SelectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SelectionException(String message) {
        super(message);
    }
}
