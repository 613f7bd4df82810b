package dev.rolebook.templates;

import dev.rolebook.xhtml.TemplateResources;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.TimeUnit;

/**
 * The user's template files, bounded like every other input: no larger than the template folder's
 * other files ({@link TemplateResources#MAX_FILE_BYTES}), and read within the time one document may
 * take. FreeMarker's parser grows its buffer a little at a time while one text run lasts, so a
 * template of a few megabytes without a tag takes minutes to parse; it reads as it parses, so a
 * deadline checked on each read bounds the parse too.
 *
 * <p>The bounds throw an unchecked {@link TooLarge}: the parser takes an {@link IOException} from
 * its reader for the end of the file and would parse the part it had read.
 */
final class BoundedTemplateLoader implements TemplateLoader {
    private final TemplateLoader files;
    private final long seconds;

    BoundedTemplateLoader(TemplateLoader files, long seconds) {
        this.files = files;
        this.seconds = seconds;
    }

    /** A template that is too large or too slow to read; its message names the template. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private record Source(String name, Object file) {}

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object file = files.findTemplateSource(name);
        return file == null ? null : new Source(name, file);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(((Source) source).file());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source template = (Source) source;
        if (template.file() instanceof File file && file.length() > TemplateResources.MAX_FILE_BYTES) {
            throw tooLarge(template.name());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        return new FilterReader(files.getReader(template.file(), encoding)) {
            private long read;

            @Override
            public int read() throws IOException {
                char[] one = new char[1];
                return read(one, 0, 1) == -1 ? -1 : one[0];
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (System.nanoTime() - deadline > 0) {
                    throw new TooLarge(template.name() + ": the template took longer than " + seconds + " s to read"
                            + " (megabytes of text without a tag?)");
                }
                int count = super.read(buffer, offset, length);
                read += Math.max(count, 0);
                if (read > TemplateResources.MAX_FILE_BYTES) {
                    throw tooLarge(template.name());
                }
                return count;
            }
        };
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(((Source) source).file());
    }

    private static TooLarge tooLarge(String name) {
        return new TooLarge(name + ": the template is larger than 16 MB, far more than a template needs");
    }
}
