package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.ingest.HtmlPages;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.output.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Developer tool, not a test: turns the pages of an HTML extraction set (trafilatura's
 * {@code evaldata.json} layout) into dated texts for {@code src/test/scripts/date_disagreements.py
 * make --jsonl}: one JSONL line per page with ingest's body text and the set's own publication
 * date (pages without one are left out: a date read from the page could be wrong, and every
 * relative date would follow it).
 *
 * <p>{@code --english} keeps pages whose body reads as English (most of the set is German);
 * {@code --site-half A|B} keeps the sites of one half, split by a hash of the host name, so that
 * rules built from one half are checked on sites they have never seen (pages of one site share
 * templates and house style; a split by page would put one site on both sides).
 *
 * <p>{@code --page-half A|B} keeps one half of the set's own split by file name
 * ({@link HtmlGold#half()}, the split the HTML rounds use), for a sample that is not split by site.
 * {@code --own-date} also keeps pages the set gives no date, dated by ingest's own
 * {@code publishedDate} read from the page (the line's {@code dateFrom} says which), since most of
 * the set's undated English pages are blogs and magazines that no date round has read.
 *
 * <p>Run: {@code mvn -q test-compile} then {@code java -cp
 * target/test-classes:target/classes:target/lib/* io.newsfacts.eval.HtmlDatedTexts
 * ../shared/eval/html-trafilatura OUT.jsonl --english --site-half A}.
 */
public final class HtmlDatedTexts {

  /**
   * Frequent English function words none of the set's other languages (German, French, Spanish,
   * Italian, Portuguese) spells the same way.
   */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "for",
      "it", "was", "with", "as", "are", "this", "be", "by", "from", "have", "has", "or", "they",
      "which", "their", "were", "been", "would", "but", "not", "will", "at", "on");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private HtmlDatedTexts() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean english = false;
    String half = null;
    String pageHalf = null;
    boolean ownDate = false;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--english" -> english = true;
        case "--site-half" -> half = args[++i];
        case "--page-half" -> pageHalf = args[++i];
        case "--own-date" -> ownDate = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    HtmlPages pages = new HtmlPages(IngestOptions.defaults());
    JsonNode root = Json.MAPPER.readTree(dir.resolve("evaldata.json").toFile());
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // evaldata.json's order is fixed, so the output is the same on every run
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        JsonNode page = it.next().getValue();
        String setDate = page.path("date").asText("");
        String site = site(page.path("url").asText(""));
        String file = page.path("file").asText();
        HtmlGold gold = new HtmlGold(file, List.of(), List.of(), null, setDate, List.of());
        if (site == null || (half != null && !siteHalf(site).equals(half))
            || (pageHalf != null && !gold.half().equals(pageHalf))
            || (!ownDate && !DATE.matcher(setDate).matches())) {
          continue;
        }
        IngestResult result = pages.read(file, gold.html(dir));
        if (!(result instanceof IngestResult.Ok ok)) {
          continue;
        }
        boolean fromSet = DATE.matcher(setDate).matches();
        LocalDate own = ok.article().publishedDate();
        if (!fromSet && own == null) {
          continue;
        }
        String date = fromSet ? setDate : own.toString();
        String text = ok.article().text();
        if (english && !looksEnglish(text)) {
          continue;
        }
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("id", "html-" + file.replaceFirst("\\.html?$", ""));
        line.put("publishedDate", date);
        line.put("site", site);
        line.put("dateFrom", fromSet ? "set" : "page");
        line.put("text", text);
        w.write(Json.COMPACT.writeValueAsString(line));
        w.newLine();
        written++;
      }
    }
    System.err.println(written + " dated pages written to " + out);
  }

  /** The page's host without "www.", or null when the URL has none. */
  static String site(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "A" or "B" from a hash of the host, so that every page of a site falls in the same half. */
  static String siteHalf(String site) {
    CRC32 crc = new CRC32();
    crc.update(site.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? "A" : "B";
  }

  /**
   * At least one word in six is an English function word: English running text has about one in
   * three, a German or French page that quotes an English phrase far fewer.
   */
  static boolean looksEnglish(String text) {
    int words = 0;
    int english = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    return words >= 50 && english * 6 >= words;
  }
}
