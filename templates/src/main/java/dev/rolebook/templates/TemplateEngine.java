package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.xhtml.TemplateResources;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Freemarker set up for semi-trusted templates: XHTML output with auto-escaping (catalog text such
 * as {@code <script>} appears as text), no {@code ?new} or {@code ?api}, only plain maps, lists,
 * strings, numbers and booleans as data, template names confined to the template folders, and
 * errors rethrown with the template's name and line. A document may take at most
 * {@link #SECONDS} seconds and {@link #MAX_OUTPUT} characters to render (a loop without end, a
 * text doubled in a loop): past either it fails with a message saying which. Templates are
 * compiled once and cached; the engine is thread-safe.
 */
final class TemplateEngine {
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;
    /** Time one document may take; the property is for tests, which should not wait that long. */
    static final long SECONDS = Long.getLong("rolebook.template.seconds", 30);
    static final long MAX_OUTPUT = 64L * 1024 * 1024;
    /** Documents being rendered now; a watchdog looks at them four times a second. */
    private static final Set<Alarm> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final Configuration configuration;

    TemplateEngine(TemplateResources resources) {
        configuration = new BoundedConfiguration(VERSION);
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
            TemplateLoader user = new BoundedTemplateLoader(new FileTemplateLoader(resources.userFolder().get().toFile()),
                    SECONDS);
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
        LimitedWriter out = new LimitedWriter(MAX_OUTPUT);
        Alarm alarm = new Alarm(Thread.currentThread());
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw new RenderException(TemplateErrors.describe(e), e);
        } catch (BoundedTemplateLoader.TooLarge e) {
            throw new RenderException(e.getMessage(), e);
        } catch (LimitedWriter.LimitExceeded e) {
            throw new RenderException(name + ": " + e.getMessage() + " for one document (a loop without end, or a text"
                    + " that grows in a loop?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template it includes that links outside the folder.
            throw new RenderException(name + ": a template it includes or imports lies outside the template folder ("
                    + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (alarm.stop()) {
                throw tooLong(name, e);
            }
            throw e;
        } catch (StackOverflowError e) {
            // Unwound by now: a macro or include that calls itself, which FreeMarker does not limit.
            throw new RenderException(name + ": the template calls itself without end (a macro or #include that"
                    + " reaches itself again)");
        } finally {
            alarm.stop();
        }
        if (alarm.stop()) {
            throw tooLong(name, null);
        }
        return out.toString();
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "rolebook template time limit");
            thread.setDaemon(true);
            // Memory that runs out runs out for every thread; the document being rendered reports it
            // in words where it is rendered, so this thread adds no stack trace of its own.
            thread.setUncaughtExceptionHandler((t, e) -> {
                if (!(e instanceof OutOfMemoryError)) {
                    System.err.println("rolebook: the template time limit stopped: " + e);
                }
            });
            return thread;
        });
        // One look over the running documents, rather than a timer per document: a batch renders
        // hundreds a second, and scheduling and cancelling a timer for each cost a tenth of an
        // html sheet's time.
        watchdog.scheduleWithFixedDelay(() -> {
            try {
                long now = System.nanoTime();
                RUNNING.forEach(alarm -> alarm.goOffIfLate(now));
            } catch (OutOfMemoryError e) {
                // A periodic task that throws is never run again: the next look, a moment later, may
                // well have the memory back, and later documents still need their time limit.
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    private static RenderException tooLong(String name, RuntimeException cause) {
        return new RenderException(name + ": the template took longer than " + SECONDS + " s for one document"
                + " (a loop without end?)", cause);
    }

    /**
     * Interrupts the rendering thread when the time is up, which the template's interruption checks
     * turn into an exception. Stopping it and going off exclude each other, so that no interrupt of
     * the alarm's can reach the thread after rendering has ended.
     */
    private static final class Alarm {
        private final Thread thread;
        private final long deadline;
        private boolean stopped;
        private boolean wentOff;

        Alarm(Thread thread) {
            this.thread = thread;
            this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            RUNNING.add(this);
        }

        synchronized void goOffIfLate(long now) {
            if (!stopped && now - deadline > 0) {
                wentOff = true;
                thread.interrupt();
            }
        }

        /** Stops the alarm; whether it went off (then its interrupt is cleared: it was not a request to stop). */
        synchronized boolean stop() {
            if (!stopped) {
                stopped = true;
                RUNNING.remove(this);
                if (wentOff) {
                    Thread.interrupted();
                }
            }
            return wentOff;
        }
    }

    private Template template(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new ResourceNotFoundException("template '" + name + "' is in neither the template folder"
                    + " nor rolebook's built-in templates");
        } catch (BoundedTemplateLoader.TooLarge e) {
            throw new RenderException(e.getMessage(), e);
        } catch (ParseException e) {
            throw new RenderException(String.format("%s:%d:%d: %s", e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), TemplateErrors.firstLine(e.getEditorMessage())), e);
        } catch (SecurityException e) {
            throw new RenderException("template '" + name + "' is outside the template folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("template '" + name + "' cannot be read", e);
        }
    }
}
