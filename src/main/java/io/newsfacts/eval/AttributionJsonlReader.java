package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads attribution gold: the quotation JSONL of {@link QuoteJsonlReader} with an
 * {@code attributions} list per line, each {@code {"source", "cue", "content"}} as
 * {@code {start, end, text}} or null (code points, end exclusive) and {@code "direct"} (the
 * content holds a quotation), the layout of PolNeAR's files (see its SOURCE.md). A relation
 * without content, or with an empty or reversed one (a few PolNeAR lines), is skipped; an empty
 * source or cue counts as none.
 */
public final class AttributionJsonlReader {

  private static final Pattern TWO_APOSTROPHE_QUOTATION =
      Pattern.compile("''[^\\s'](?:[^']|'(?!'))*?[^\\s']''");

  private AttributionJsonlReader() {}

  /** A {@code .jsonl} file, or every {@code *.jsonl} file of a folder (sorted by name). */
  public static List<GoldDocument> read(Path fileOrFolder) {
    return QuoteJsonlReader.readLines(fileOrFolder, AttributionJsonlReader::parse);
  }

  /** One JSONL line. */
  public static GoldDocument parse(String line) throws IOException {
    JsonNode doc = Json.MAPPER.readTree(line);
    GoldDocument base = QuoteJsonlReader.parse(doc);
    int length = base.text().codePointCount(0, base.text().length());
    List<GoldAttribution> attributions = new ArrayList<>();
    for (JsonNode a : doc.path("attributions")) {
      JsonNode content = a.path("content");
      if (!content.hasNonNull("start") || !content.hasNonNull("end")) {
        continue;
      }
      int[] c = span(content, length, base.id());
      if (c[0] < 0) {
        continue; // an empty or reversed span in the gold: nothing to score against
      }
      int[] s = span(a.path("source"), length, base.id());
      int[] k = span(a.path("cue"), length, base.id());
      attributions.add(new GoldAttribution(c[0], c[1], content.path("text").asText(""), s[0], s[1],
          text(a.path("source")), k[0], k[1], text(a.path("cue")),
          a.path("direct").asBoolean(false) || holdsTwoApostropheQuotation(content)));
    }
    return new GoldDocument(base.id(), base.text(), base.publishedDate(), List.of(), List.of(),
        base.quotes(), attributions);
  }

  private static int[] span(JsonNode node, int length, String id) {
    if (!node.hasNonNull("start") || !node.hasNonNull("end")) {
      return new int[] {-1, -1};
    }
    int start = node.get("start").asInt();
    int end = node.get("end").asInt();
    if (start < 0 || end > length) {
      throw new IllegalArgumentException("span " + start + ".." + end + " outside the text of "
          + id);
    }
    return end <= start ? new int[] {-1, -1} : new int[] {start, end};
  }

  /**
   * PolNeAR's {@code direct} flag counts only “ ” and " marks, but some of its NYT articles print
   * quotations between two apostrophes on each side (''like this''), and a relation whose content
   * holds one is as direct as any other (PolNeAR dev has 80 such relations flagged indirect).
   */
  static boolean holdsTwoApostropheQuotation(JsonNode content) {
    return TWO_APOSTROPHE_QUOTATION.matcher(content.path("text").asText("")).find();
  }

  private static String text(JsonNode node) {
    return node.hasNonNull("text") ? node.get("text").asText() : null;
  }
}
