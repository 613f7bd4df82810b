package dev.rolebook.model.load;

/**
 * Finds white space inside a text that no document keeps: every format folds a run of spaces, tabs
 * and line breaks into one space (HTML and CSS do so by definition, and the PDF and DOCX formats
 * follow them, bookmarks included). A text that relies on more is told so at load, rather than
 * changed without a word. White space at a text's ends is not counted: YAML's folded and literal
 * blocks end with a line break.
 */
final class FoldedWhiteSpace {
    private FoldedWhiteSpace() {}

    /** What in {@code text} will be shown as a single space ("a tab at character 7"), or null. */
    static String describe(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isFolded(text.charAt(start))) {
            start++;
        }
        while (end > start && isFolded(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return "a tab at character " + (i + 1);
            }
            if (c == '\n' || c == '\r') {
                return "a line break at character " + (i + 1);
            }
            if (c == ' ' && i + 1 < end && text.charAt(i + 1) == ' ') {
                int run = i;
                while (run < end && text.charAt(run) == ' ') {
                    run++;
                }
                return (run - i) + " spaces in a row at character " + (i + 1);
            }
        }
        return null;
    }

    private static boolean isFolded(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
