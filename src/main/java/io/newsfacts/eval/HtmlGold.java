package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One page of an HTML extraction set in trafilatura's {@code evaldata.json} format: snippets that
 * must ({@code with}) and must not ({@code without}) appear in the body, and the title, date
 * ({@code YYYY-MM-DD}) and author where known (null or empty when not).
 */
record HtmlGold(String file, List<String> with, List<String> without, String title, String date,
    List<String> authors) {

  /** Reads {@code DIR/evaldata.json}; page files are {@code DIR/pages/FILE.gz} or {@code DIR/pages/FILE}. */
  static List<HtmlGold> read(Path dir) {
    Path data = dir.resolve("evaldata.json");
    try {
      JsonNode root = Json.MAPPER.readTree(data.toFile());
      List<HtmlGold> pages = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode page = e.getValue();
        String file = page.hasNonNull("file") ? page.get("file").asText() : e.getKey();
        pages.add(new HtmlGold(file, strings(page.get("with")), strings(page.get("without")),
            text(page.get("title")), text(page.get("date")), strings(page.get("author"))));
      }
      pages.sort((a, b) -> a.file.compareTo(b.file));
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + data + ": " + e.getMessage(), e);
    }
  }

  /** The page's bytes, gzipped or not. */
  byte[] html(Path dir) throws IOException {
    Path gz = dir.resolve("pages").resolve(file + ".gz");
    if (Files.exists(gz)) {
      try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(dir.resolve("pages").resolve(file));
  }

  /**
   * Which half the page belongs to: "A" (develop on it) or "B" (check on it), from a hash of the
   * file name, so the split is fixed and does not follow any property of the page.
   */
  String half() {
    CRC32 crc = new CRC32();
    crc.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? "A" : "B";
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> {
        if (!x.asText().isBlank()) {
          out.add(x.asText());
        }
      });
    } else if (!n.asText().isBlank()) {
      out.add(n.asText());
    }
    return out;
  }
}
