package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.ContractException;
import dev.rolebook.xhtml.XhtmlContract;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders catalogs to XHTML documents. Create one per template folder and share it: templates are
 * compiled once, labels read once per language, and rendering is thread-safe.
 */
public final class Renderer {
    private final TemplateResources resources;
    private final TemplateEngine engine;
    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
    /** Logos as data URIs by catalog folder and file: read once, not once per sheet of a batch. */
    private final Map<String, String> logos = new ConcurrentHashMap<>();

    public Renderer(TemplateResources resources) {
        this.resources = resources;
        this.engine = new TemplateEngine(resources);
    }

    /** Renders with rolebook's built-in templates. */
    public static Renderer builtIn() {
        return new Renderer(TemplateResources.builtIn());
    }

    public TemplateResources resources() {
        return resources;
    }

    /** Parses the template of a kind, so that a broken template is reported before any output. */
    /** The label languages this renderer's template folders have files for ({@code hy}, {@code en}, …). */
    public List<String> languages() {
        return Labels.languages(resources);
    }

    public void check(DocumentKind kind) {
        engine.check(kind.templateName());
    }

    /**
     * Renders one document. A handbook covers the selected departments and roles; a posting or a
     * sheet covers exactly one role, named in {@link RenderOptions#roles()}.
     *
     * @throws SelectionException if a selected id is not in the catalog
     * @throws RenderException if a template fails
     * @throws ResourceNotFoundException if a template, a label file or the logo is missing
     */
    public RenderResult render(Catalog catalog, RenderOptions options) {
        List<Department> departments = Selection.departments(catalog, options.departments(), options.roles());
        if (options.kind() != DocumentKind.HANDBOOK && departments.stream().mapToInt(d -> d.roles().size()).sum() != 1) {
            throw new SelectionException("a " + options.kind().id() + " is made for one role; name it with its id");
        }
        String language = options.labelLanguage() != null ? options.labelLanguage() : baseLanguage(catalog.language());
        Map<String, String> words = labels.computeIfAbsent(language, l -> Labels.load(resources, l));
        String logo = logo(catalog, options);
        // The document is in the catalog's own variety of its language (en-GB) when the labels are in
        // that language: dates, spelling checkers and hyphenation follow it.
        String tag = language.equals(baseLanguage(catalog.language())) ? catalog.language() : language;
        Map<String, Object> data = new DocumentData(tag, words)
                .build(catalog, departments, options, tag, logo);
        String xhtml = engine.render(options.kind().templateName(), data);
        // The document's one name: messages use it, and the command names its files after it.
        String name = catalog.id() + "." + language + "." + options.kind().id()
                + (options.kind() == DocumentKind.HANDBOOK ? "" : "." + departments.get(0).roles().get(0).id());
        XhtmlDocument document = new XhtmlDocument(xhtml, resources, options.kind().id(), name);
        try {
            XhtmlContract.check(document);
        } catch (ContractException e) {
            throw new RenderException(options.kind().templateName() + ": the document it made breaks the XHTML"
                    + " contract at " + e.getMessage(), e);
        }
        return new RenderResult(document, warnings(catalog, departments, options));
    }

    /**
     * The title of the documents of a kind joined into one file to print (role sheets merged), in
     * the words of the labels' {@code bundle.KIND} ("Role sheets — {catalog}"): what the bundle is,
     * for the viewer's title bar, not the catalog's title alone.
     *
     * @param labelLanguage the label language, or null for the catalog's
     */
    public String bundleTitle(Catalog catalog, DocumentKind kind, String labelLanguage) {
        String language = labelLanguage != null ? labelLanguage : baseLanguage(catalog.language());
        Map<String, String> words = labels.computeIfAbsent(language, l -> Labels.load(resources, l));
        String pattern = words.get("bundle." + kind.id());
        return pattern == null ? catalog.title() : pattern.replace("{catalog}", catalog.title());
    }

    private String logo(Catalog catalog, RenderOptions options) {
        if (catalog.organization() == null || catalog.organization().logo() == null) {
            return null;
        }
        String key = options.catalogFolder() + "\u0000" + catalog.organization().logo();
        return logos.computeIfAbsent(key, k -> Logo.dataUri(catalog.organization(), options.catalogFolder()));
    }

    private static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /**
     * What an applicant needs to know and the catalog does not give: who is hiring and where. Job
     * boards require the same (schema.org's JobPosting), so every format of a posting warns.
     */
    private static List<String> warnings(Catalog catalog, List<Department> departments, RenderOptions options) {
        List<String> warnings = new ArrayList<>();
        if (options.kind() != DocumentKind.POSTING) {
            return warnings;
        }
        Role role = departments.get(0).roles().get(0);
        if (catalog.organization() == null) {
            warnings.add("posting " + role.id() + ": the catalog names no organization, so the posting does not say who"
                    + " is hiring (job boards require it: schema.org's hiringOrganization)");
        }
        boolean remote = role.location() != null && Boolean.TRUE.equals(role.location().remote());
        if (!remote && (role.location() == null || role.location().country() == null)) {
            warnings.add("posting " + role.id() + ": the role has no location with a country, so the posting does not"
                    + " say where the work is (job boards require it unless the role is remote: schema.org's jobLocation)");
        }
        return warnings;
    }
}
