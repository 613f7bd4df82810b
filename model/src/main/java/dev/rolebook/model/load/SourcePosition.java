package dev.rolebook.model.load;

/** A 1-based line and column in a catalog file; {@link #FILE} stands for the file as a whole. */
record SourcePosition(int line, int column) {

    static final SourcePosition FILE = new SourcePosition(0, 0);
    static final SourcePosition START = new SourcePosition(1, 1);
}
