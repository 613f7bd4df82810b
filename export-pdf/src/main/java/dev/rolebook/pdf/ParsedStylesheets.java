package dev.rolebook.pdf;

import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.extend.UserAgentCallback;

/**
 * Flying Saucer parses every stylesheet again for each renderer, its own default stylesheet
 * included: a tenth of a role sheet's time in a batch. Its style reference keeps what it parsed
 * (the last 16 stylesheets, by address), so each thread keeps one per template folder and hands it
 * to each new renderer. A style reference also remembers a stylesheet that could not be loaded as
 * missing; so after a document that failed in any way the thread's one is dropped, and the next
 * document loads everything afresh and meets the same problem again. The cost: a thread holds on
 * to its last document's tree and matched styles until its next PDF.
 */
final class ParsedStylesheets {
    private final ThreadLocal<StyleReference> references = new ThreadLocal<>();

    /** This thread's style reference, now loading through {@code agent}. */
    StyleReference forDocument(UserAgentCallback agent) {
        StyleReference reference = references.get();
        if (reference == null) {
            reference = new KeptStyleReference(agent);
            references.set(reference);
        } else {
            reference.setUserAgentCallback(agent);
        }
        return reference;
    }

    /** Drops this thread's parsed stylesheets, after a document that did not come out. */
    void forget() {
        references.remove();
    }

    /**
     * Flying Saucer empties the style reference for each new document unless a global setting
     * ({@code xr.cache.stylesheets}, off in its own configuration) says otherwise; this one keeps
     * them, for this use only.
     */
    private static final class KeptStyleReference extends StyleReference {
        KeptStyleReference(UserAgentCallback agent) {
            super(agent);
        }

        @Override
        public void flushAllStyleSheets() {
            // Kept on purpose: a template folder's files do not change during a run.
        }
    }
}
