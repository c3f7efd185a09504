package io.newsfacts.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsfacts.output.AtomicFiles;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes all index rows as {@code index-data.js}, a script that sets {@code window.NEWSFACTS_INDEX}.
 * A script and not a JSON file because browsers refuse {@code fetch} on {@code file://} pages.
 */
final class IndexDataScript {

  @JsonPropertyOrder({"pageSize", "rows"})
  record IndexData(int pageSize, List<IndexRow> rows) {}

  private IndexDataScript() {}

  static void write(List<IndexRow> rows, int pageSize, Path file) throws IOException {
    byte[] script = ("window.NEWSFACTS_INDEX = "
        + Json.COMPACT.writeValueAsString(new IndexData(pageSize, rows)) + ";\n")
        .getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(script));
  }
}
