package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads quotation gold in JSONL, one document a line:
 * {@code {"id", "text", "publishedDate"?, "quotes": [{"start", "end", "speaker", "speakerName",
 * "speakerStart"?, "speakerEnd"?}]}}; other fields are ignored.
 * {@code start}/{@code end} are code points into {@code text}, end exclusive, spanning the quote's
 * content inside its quotation marks; {@code speaker} is the speaker as written next to the quote,
 * {@code speakerName} its canonical name (either may be null). The format is documented in the
 * README.md of this package's test resources.
 */
public final class QuoteJsonlReader {

  private QuoteJsonlReader() {}

  /** A {@code .jsonl} file, or every {@code *.jsonl} file of a folder (sorted by name). */
  public static List<GoldDocument> read(Path fileOrFolder) {
    return readLines(fileOrFolder, QuoteJsonlReader::parse);
  }

  /** Reads one gold document from one JSONL line. */
  @FunctionalInterface
  interface LineParser {
    GoldDocument parse(String line) throws IOException;
  }

  /**
   * Each non-blank line of a {@code .jsonl} file, or of every {@code *.jsonl} file of a folder
   * (sorted by name), as {@code parser} reads it; a bad line fails naming its file and line.
   */
  static List<GoldDocument> readLines(Path fileOrFolder, LineParser parser) {
    try {
      List<Path> files;
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> listed = Files.list(fileOrFolder)) {
          files = listed.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
      } else {
        files = List.of(fileOrFolder);
      }
      List<GoldDocument> docs = new ArrayList<>();
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).isBlank()) {
            continue;
          }
          try {
            docs.add(parser.parse(lines.get(i)));
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
          }
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSONL line. */
  public static GoldDocument parse(String line) throws IOException {
    return parse(Json.MAPPER.readTree(line));
  }

  /** One line already read as JSON (the attribution reader reads the same line for more). */
  static GoldDocument parse(JsonNode doc) {
    String id = required(doc, "id").asText();
    String text = required(doc, "text").asText();
    int length = text.codePointCount(0, text.length());
    LocalDate published = doc.hasNonNull("publishedDate")
        ? LocalDate.parse(doc.get("publishedDate").asText()) : null;
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : doc.path("quotes")) {
      int start = required(q, "start").asInt();
      int end = required(q, "end").asInt();
      if (start < 0 || end < start || end > length) {
        throw new IllegalArgumentException("quote span " + start + ".." + end
            + " outside the text of " + id);
      }
      String quoted = text.substring(text.offsetByCodePoints(0, start),
          text.offsetByCodePoints(0, end));
      Integer speakerStart = q.hasNonNull("speakerStart") ? q.get("speakerStart").asInt() : null;
      Integer speakerEnd = q.hasNonNull("speakerEnd") ? q.get("speakerEnd").asInt() : null;
      quotes.add(new GoldQuote(start, end, quoted, textOrNull(q, "speaker"),
          textOrNull(q, "speakerName"), speakerStart, speakerEnd));
    }
    return new GoldDocument(id, text, published, List.of(), List.of(), quotes);
  }

  private static JsonNode required(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return node.get(field);
  }

  private static String textOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
