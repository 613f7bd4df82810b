package dev.rolebook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolebook.model.load.LoadResult;
import dev.rolebook.model.load.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code validate --json} prints: for each file, whether it is valid and its problems with
 * the fields of the text lines (file, line, column, path, severity, message), so that an editor or
 * a script reads them without parsing text. Line and column are 0 for a problem of the whole file.
 */
final class ValidateJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<Map<String, Object>> files = new ArrayList<>();
    private boolean valid = true;

    void add(String file, LoadResult result, boolean fileValid) {
        valid &= fileValid;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file);
        entry.put("valid", fileValid);
        entry.put("roles", result.catalog().map(c -> c.roles().size()).orElse(null));
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem problem : result.problems()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", problem.file());
            item.put("line", problem.line());
            item.put("column", problem.column());
            item.put("path", problem.path());
            item.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
            item.put("message", problem.message());
            problems.add(item);
        }
        entry.put("problems", problems);
        files.add(entry);
    }

    String text() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("valid", valid);
        document.put("files", files);
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers are always JSON", e);
        }
    }
}
