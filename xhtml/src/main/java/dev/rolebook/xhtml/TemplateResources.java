package dev.rolebook.xhtml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The files templates may use, by relative name ({@code style/handbook.css}): first from the
 * user's template folder, then from rolebook's own under {@code dev/rolebook/templates/}. Names are
 * plain relative paths; anything that could leave the two folders ({@code ..}, absolute paths, URL
 * schemes, links pointing outside) is refused. Thread-safe.
 */
public final class TemplateResources {
    /**
     * The largest file of a template folder, counted while reading, so that a device or pipe in
     * the folder cannot fill memory.
     */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    public static final String BUILT_IN = "/dev/rolebook/templates/";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

    private final Path userFolder;
    /**
     * Files already read. Every PDF asks for its stylesheets again; they do not change while
     * rolebook runs, so each is read from disk or the jar once.
     */
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** Images of the folders found sound, so that a batch checks each once, not once a page. */
    private final Set<String> checkedImages = ConcurrentHashMap.newKeySet();

    private TemplateResources(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** rolebook's own templates only. */
    public static TemplateResources builtIn() {
        return new TemplateResources(null);
    }

    /** The user's folder first, rolebook's own templates for whatever it lacks. */
    public static TemplateResources withUserFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ResourceNotFoundException("template folder " + folder + " does not exist or is not a folder");
        }
        try {
            return new TemplateResources(folder.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("template folder " + folder + " cannot be read", e);
        }
    }

    /** The user's folder, resolved, if there is one. */
    public Optional<Path> userFolder() {
        return Optional.ofNullable(userFolder);
    }

    /** Whether a file of that name exists in either folder. */
    public boolean exists(String name) {
        checkName(name);
        try {
            return userFile(name).isPresent() || TemplateResources.class.getResource(BUILT_IN + name) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("'" + name + "' cannot be read", e);
        }
    }

    /** The file's bytes, from the user's folder if it has the file, else rolebook's own. */
    public byte[] read(String name) {
        checkName(name);
        return cache.computeIfAbsent(name, this::load).clone();
    }

    /**
     * An image of the template folders, checked before a document carries it: a PNG, JPEG or GIF
     * by its ending and its content, of bounded size, decoding whole.
     *
     * @throws ResourceNotFoundException naming the image and what is wrong with it
     */
    public byte[] readImage(String name) {
        String type = ImageCheck.mediaType(name);
        if (type == null) {
            throw new ResourceNotFoundException("image '" + name + "' is not a PNG, JPEG or GIF file");
        }
        byte[] bytes = read(name);
        if (!checkedImages.contains(name)) {
            ImageCheck.checkOnce(bytes, type, "image '" + name + "'");
            checkedImages.add(name);
        }
        return bytes;
    }

    private byte[] load(String name) {
        try {
            Optional<Path> file = userFile(name);
            if (file.isPresent()) {
                try (InputStream in = Files.newInputStream(file.get())) {
                    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                    if (bytes.length > MAX_FILE_BYTES) {
                        throw new ResourceNotFoundException("'" + name + "' in the template folder is larger than 16 MB,"
                                + " far more than a template, stylesheet, font or label file needs");
                    }
                    return bytes;
                }
            }
            try (InputStream in = TemplateResources.class.getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    throw new ResourceNotFoundException("'" + name + "' is in neither the template folder"
                            + userFolder().map(f -> " " + f).orElse("") + " nor rolebook's built-in templates");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("'" + name + "' cannot be read", e);
        }
    }

    /**
     * Where the file is, for libraries that open files by name themselves (OpenPDF's font
     * reader): an absolute path for a file of the user's folder, a classpath resource name for
     * rolebook's own.
     */
    public String location(String name) {
        checkName(name);
        try {
            Optional<Path> file = userFile(name);
            if (file.isPresent()) {
                return file.get().toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("'" + name + "' cannot be read", e);
        }
        if (TemplateResources.class.getResource(BUILT_IN + name) == null) {
            throw new ResourceNotFoundException("'" + name + "' is in neither the template folder nor rolebook's"
                    + " built-in templates");
        }
        return BUILT_IN.substring(1) + name;
    }

    /** The built-in files a user may copy and change, listed in {@code starter-files.txt}. */
    public static java.util.List<String> starterFiles() {
        String index = new String(builtIn().read("starter-files.txt"), java.nio.charset.StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** Refuses names that are not plain relative paths inside the template folders. */
    public static String checkName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("'" + name + "' is not a file name inside the template folder;"
                    + " use a relative path such as style/handbook.css");
        }
        return name;
    }

    private Optional<Path> userFile(String name) throws IOException {
        if (userFolder == null) {
            return Optional.empty();
        }
        Path file = userFolder.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!file.toRealPath().startsWith(userFolder)) {
            throw new IllegalArgumentException("'" + name + "' in the template folder links to a file outside it");
        }
        return Optional.of(file);
    }
}
