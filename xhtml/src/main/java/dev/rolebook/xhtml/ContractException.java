package dev.rolebook.xhtml;

/**
 * A document that breaks the XHTML contract (malformed, or not what exporters understand); the
 * message names the document and, where known, the line, and says what is wrong.
 */
public final class ContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }

    public ContractException(String message) {
        super(message);
    }
}
