package dev.rolebook.model.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A catalog file as a tree, where each of its parts was written, and what was wrong on the way. */
record ParsedFile(JsonNode root, SourceMap sourceMap, List<Problem> problems) {}
