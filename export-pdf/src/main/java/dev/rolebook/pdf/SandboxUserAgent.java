package dev.rolebook.pdf;

import dev.rolebook.xhtml.ImageCheck;
import dev.rolebook.xhtml.TemplateResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * Flying Saucer's user agent opens any URL it is given (files, the network, redirects) and only
 * logs what it cannot find. This one opens two kinds of address: {@code rolebook:/name}, a file of
 * the template folders, and {@code data:} images. Everything else is refused and, like a missing
 * file, recorded, so the exporter can fail naming it instead of printing a page without it.
 */
final class SandboxUserAgent extends ITextUserAgent {
    static final String BASE = "rolebook:/";
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*");

    /** Flying Saucer's own stylesheet for HTML elements, which it loads through the user agent too. */
    private static final String DEFAULT_STYLESHEET = String.valueOf(
            ITextUserAgent.class.getClassLoader().getResource("resources/css/XhtmlNamespaceHandler.css"));

    private final TemplateResources resources;
    private final boolean opaqueImages;
    private final Set<String> problems = new LinkedHashSet<>();

    /** @param opaqueImages whether images must have no transparency (--pdfa; see OpaqueImage): transparent ones are flattened onto white */
    SandboxUserAgent(ITextOutputDevice device, int dotsPerPixel, TemplateResources resources, boolean opaqueImages) {
        super(device, dotsPerPixel);
        this.resources = resources;
        this.opaqueImages = opaqueImages;
        setBaseURL(BASE);
    }

    /** What could not be loaded, each naming the address and why. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public String resolveURI(String uri) {
        if (uri == null || uri.startsWith("data:")) {
            return uri;
        }
        try {
            return new URI(BASE).resolve(new URI(uri.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return uri;
        }
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        String address = resolveURI(uri);
        byte[] bytes = read(address);
        // Refused as in the html format, where a browser would fetch the import; here Flying
        // Saucer's parser would also print each @import on standard output.
        if (bytes != null && address.endsWith(".css")
                && new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("@import")) {
            problems.add("'" + uri + "': stylesheets cannot @import others; link each from the template");
            return null;
        }
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        return read(resolveURI(uri));
    }

    @Override
    public ImageResource getImageResource(String uri) {
        String address = resolveURI(uri);
        if (address != null && DATA_IMAGE.matcher(address).matches()) {
            String dataType = address.substring("data:image/".length(), address.indexOf(';'));
            if (!checked(address)) {
                return new ImageResource(uri, null);
            }
            if (!opaqueImages) {
                return super.getImageResource(address);
            }
            byte[] bytes = Base64.getMimeDecoder().decode(address.substring(address.indexOf(',') + 1));
            return opaque(bytes, dataType);
        }
        if (address == null || !address.startsWith(BASE)) {
            if (address != null && address.startsWith("data:")) {
                problems.add("image '" + abbreviate(address) + "' is not a PNG, JPEG or GIF data URI");
            } else {
                read(address);   // says why it cannot be used
            }
            return new ImageResource(uri, null);
        }
        byte[] bytes;
        try {
            bytes = resources.readImage(TemplateResources.checkName(address.substring(BASE.length())));
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return new ImageResource(uri, null);
        }
        String type = ImageCheck.mediaType(address).substring("image/".length());
        if (opaqueImages) {
            return opaque(bytes, type);
        }
        return super.getImageResource("data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    private boolean checked(String dataUri) {
        try {
            ImageCheck.checkDataUri(dataUri, "image '" + abbreviate(dataUri) + "'");
            return true;
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return false;
        }
    }

    private ImageResource opaque(byte[] image, String type) {
        byte[] flat = OpaqueImage.flatten(image);
        String flatType = flat == image ? type : "png";
        return super.getImageResource("data:image/" + flatType + ";base64," + Base64.getEncoder().encodeToString(flat));
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        throw new IOException("refused to open " + uri);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw new IOException("refused to connect to " + uri);
    }

    private byte[] read(String address) {
        if (address == null) {
            return null;
        }
        if (address.equals(DEFAULT_STYLESHEET)) {
            try (InputStream in = ITextUserAgent.class.getClassLoader()
                    .getResourceAsStream("resources/css/XhtmlNamespaceHandler.css")) {
                return in.readAllBytes();
            } catch (IOException e) {
                problems.add("Flying Saucer's default stylesheet cannot be read: " + e.getMessage());
                return null;
            }
        }
        if (!address.startsWith(BASE)) {
            problems.add("'" + abbreviate(address) + "' is outside the template folders; only files there and data:"
                    + " images can be used");
            return null;
        }
        String name = address.substring(BASE.length());
        try {
            return resources.read(TemplateResources.checkName(name));
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static String abbreviate(String address) {
        return address.length() > 60 ? address.substring(0, 57) + "..." : address;
    }
}
