package dev.rolebook.templates;

import dev.rolebook.xhtml.ImageCheck;
import dev.rolebook.xhtml.MediaTypes;
import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.model.Organization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The organization's logo as a {@code data:} URI, read from the catalog's folder and nowhere else,
 * so that documents carry it inside and exporters need no file access for it.
 */
final class Logo {
    private static final long MAX_BYTES = 2 * 1024 * 1024;

    private Logo() {}

    static String dataUri(Organization organization, Path catalogFolder) {
        if (organization == null || organization.logo() == null) {
            return null;
        }
        String name = organization.logo();
        String type = MediaTypes.image(name);
        if (type == null) {
            throw new ResourceNotFoundException("logo '" + name + "' must be a PNG, JPEG or GIF image");
        }
        if (catalogFolder == null) {
            throw new ResourceNotFoundException("logo '" + name + "' cannot be found: the catalog has no folder");
        }
        try {
            Path folder = catalogFolder.toRealPath();
            Path file = folder.resolve(name).normalize();
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(folder)) {
                throw new ResourceNotFoundException("logo '" + name + "' is not a file inside " + folder);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ResourceNotFoundException("logo '" + name + "' is larger than 2 MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            ImageCheck.check(bytes, type, "logo '" + name + "'");
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("logo '" + name + "' cannot be read", e);
        }
    }
}
