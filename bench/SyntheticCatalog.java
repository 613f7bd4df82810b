// Writes a catalog of N roles as JSON: the bundled English edition's five roles over and over,
// 50 to a department, each with its own id and title. Deterministic, for the growth benchmarks.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

public class SyntheticCatalog {
    public static void main(String[] args) throws Exception {
        int roles = Integer.parseInt(args[0]);
        JsonNode edition;
        try (InputStream in = Class.forName("dev.rolebook.model.load.BundledCatalogs")
                .getResourceAsStream("/dev/rolebook/catalogs/business-world.en.yaml")) {
            edition = new YAMLMapper().readTree(in);
        }
        List<JsonNode> source = new ArrayList<>();
        edition.path("departments").forEach(d -> d.path("roles").forEach(source::add));
        ObjectMapper json = new ObjectMapper();
        ObjectNode catalog = ((ObjectNode) edition.deepCopy()).put("id", "synthetic-" + roles);
        ArrayNode departments = catalog.putArray("departments");
        for (int i = 0; i < roles; i++) {
            if (i % 50 == 0) {
                departments.addObject().put("id", "department-" + (i / 50 + 1)).put("name", "Department " + (i / 50 + 1))
                        .putArray("roles");
            }
            ObjectNode role = (ObjectNode) source.get(i % source.size()).deepCopy();
            role.put("id", role.path("id").asText() + "-" + (i + 1));
            role.put("title", role.path("title").asText() + " " + (i + 1));
            ((ArrayNode) departments.get(departments.size() - 1).path("roles")).add(role);
        }
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(catalog));
    }
}
