package dev.rolebook.templates;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Freemarker set up for semi-trusted templates: XHTML output with auto-escaping (catalog text such
 * as {@code <script>} appears as text), no {@code ?new} or {@code ?api}, only plain maps, lists,
 * strings, numbers and booleans as data, template names confined to the template folders, and
 * errors rethrown with the template's name and line. Templates are compiled once and cached; the
 * engine is thread-safe.
 */
final class TemplateEngine {
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;

    private final Configuration configuration;

    TemplateEngine(TemplateResources resources) {
        configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(loader(resources));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        // Templates do not change while rolebook runs; never look at the files again.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    private static TemplateLoader loader(TemplateResources resources) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, TemplateResources.BUILT_IN);
        if (resources.userFolder().isEmpty()) {
            return builtIn;
        }
        try {
            // FileTemplateLoader refuses files whose real path lies outside its folder.
            FileTemplateLoader user = new FileTemplateLoader(resources.userFolder().get().toFile());
            return new MultiTemplateLoader(new TemplateLoader[] {user, builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException("template folder cannot be read", e);
        }
    }

    /** Parses a template now, so a broken one is reported before any document is rendered. */
    void check(String name) {
        template(name);
    }

    String render(String name, Map<String, Object> data) {
        Template template = template(name);
        StringWriter out = new StringWriter(16_384);
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw new RenderException(String.format("%s:%s:%s: %s", e.getTemplateSourceName(),
                    e.getLineNumber(), e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Template template(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new ResourceNotFoundException("template '" + name + "' is in neither the template folder"
                    + " nor rolebook's built-in templates");
        } catch (ParseException e) {
            throw new RenderException(String.format("%s:%d:%d: %s", e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), firstLine(e.getEditorMessage())), e);
        } catch (SecurityException e) {
            throw new RenderException("template '" + name + "' is outside the template folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("template '" + name + "' cannot be read", e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
