package dev.rolebook.templates;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * A FreeMarker configuration whose every template, included and imported ones too, stops when its
 * thread is interrupted: FreeMarker adds the checks to a template on request (the API its own
 * online tester uses), and every way of getting a template ends in the method below. Without
 * them a template folder's {@code <#list 1.. as i>} would run for ever, as no thread can be stopped
 * from outside in Java.
 */
final class BoundedConfiguration extends Configuration {
    private final Set<Template> interruptible = Collections.newSetFromMap(new IdentityHashMap<>());

    BoundedConfiguration(freemarker.template.Version version) {
        super(version);
    }

    /** Synchronised so that no thread runs a template while another adds the checks to it. */
    @Override
    public synchronized Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
            boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null && interruptible.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
        return template;
    }
}
