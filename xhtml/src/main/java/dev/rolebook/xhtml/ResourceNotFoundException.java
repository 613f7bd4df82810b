package dev.rolebook.xhtml;

/** A template, stylesheet, label file, font or image that neither the user folder nor rolebook has. */
public final class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
