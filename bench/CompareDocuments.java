// One build's side of bench/compare: documents of the bundled Armenian catalog rendered and
// exported into memory, roles and employees taking turns, as a batch of role sheets makes them.
// Compiled against the first jar and loaded once from each, so it uses only rolebook's public API.
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Employee;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

public class CompareDocuments implements IntConsumer {
    private static final String[] NAMES = {"Աննա Հակոբյան", "Davit Sargsyan", "Մարիամ Գրիգորյան", "Tigran \"Tiko\" Harutyunyan"};
    private final Catalog catalog = new CatalogLoader().load(new BundledCatalogs.Edition("business-world", "hy")).orThrow();
    private final Renderer renderer = Renderer.builtIn();
    private final DocumentKind kind = DocumentKind.valueOf(System.getProperty("compare.kind").toUpperCase(Locale.ROOT));
    private final Exporter exporter = Exporters.forFormat(System.getProperty("compare.format")).orElseThrow();
    private final List<String> roles = catalog.roles().stream().map(Role::id).toList();
    private int made;

    @Override
    public void accept(int count) {
        for (int i = 0; i < count; i++, made++) {
            RenderOptions options = RenderOptions.of(kind);
            if (kind != DocumentKind.HANDBOOK) {
                options = options.withRole(roles.get(made % roles.size()));
            }
            if (kind == DocumentKind.SHEET) {
                options = options.withEmployee(new Employee(NAMES[made % NAMES.length], "C-" + made,
                        LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1), "Արամ Պետրոսյան", Map.of("employee_id", "E-" + made)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try {
                exporter.export(renderer.render(catalog, options).document(), ExportOptions.defaults(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
