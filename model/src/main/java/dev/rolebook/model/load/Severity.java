package dev.rolebook.model.load;

/** Errors stop a catalog from being used; warnings only say that something looks incomplete. */
public enum Severity {
    ERROR,
    WARNING
}
