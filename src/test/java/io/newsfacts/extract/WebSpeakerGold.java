package io.newsfacts.extract;

import io.newsfacts.ingest.CorpusReader;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.file.PathUtils;

/**
 * A fourth style check for speakers: English news pages of today's web (US, British, Irish,
 * Caribbean and other outlets, 2011-2023) from the trafilatura set ({@code
 * ../shared/eval/html-trafilatura/pages}), read by our own HTML ingest exactly as {@code extract}
 * reads them, with speakers labelled by hand in {@code
 * src/test/resources/io/newsfacts/eval/web-speakers-read.tsv} (read for errors) and {@code
 * web-speakers-heldout.tsv} (held out). Labels only, as for {@link TimebankSpeakerGold}: page id,
 * the quotation's first words, the speaker as written and the person or body meant.
 *
 * <p>The quotation spans come from the labels: the label's words right after an opening mark (any
 * convention: curly or straight, double or single, two backticks), up to the first closing mark of
 * the same kind (a single mark closes only before a non-letter, so "don't" does not), or the end of
 * the paragraph for a quotation that runs on. Only speakers are measured: a quotation we miss or
 * one we find that is not labelled says nothing.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* io.newsfacts.extract.WebSpeakerGold
 * ../shared/eval/html-trafilatura/pages LABELS.tsv OUT.jsonl}
 */
public final class WebSpeakerGold {

  private WebSpeakerGold() {}

  public static void main(String[] args) throws IOException {
    List<TimebankSpeakerGold.Label> labels = TimebankSpeakerGold.labels(Path.of(args[1]));
    Map<String, TimebankSpeakerGold.Doc> docs = read(Path.of(args[0]), labels);
    Files.writeString(Path.of(args[2]), TimebankSpeakerGold.jsonl("web-", docs, labels),
        StandardCharsets.UTF_8);
  }

  /** The labelled pages, read by ingest from their gzipped HTML, with their labels' spans. */
  static Map<String, TimebankSpeakerGold.Doc> read(Path pages,
      List<TimebankSpeakerGold.Label> labels) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    labels.forEach(l -> ids.add(l.file()));
    Path folder = Files.createTempDirectory("web-speakers");
    try {
      for (String id : ids) {
        Path page = pages.resolve(id + ".html.gz");
        if (!Files.exists(page)) {
          throw new IllegalArgumentException("no page " + page);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          Files.copy(in, folder.resolve(id + ".html"));
        }
      }
      Map<String, TimebankSpeakerGold.Doc> docs = new LinkedHashMap<>();
      try (Stream<IngestResult> results = new CorpusReader(IngestOptions.defaults()).read(folder)) {
        results.forEach(r -> {
          if (!(r instanceof IngestResult.Ok ok)) {
            throw new IllegalStateException("page not read: " + r.id());
          }
          Article a = ok.article();
          List<TimebankSpeakerGold.Label> own =
              labels.stream().filter(l -> l.file().equals(a.id())).toList();
          docs.put(a.id(), new TimebankSpeakerGold.Doc(a.id(), a.text(),
              a.publishedDate() == null ? null : a.publishedDate().toString(),
              spans(a.text(), own)));
        });
      }
      return docs;
    } finally {
      PathUtils.deleteDirectory(folder);
    }
  }

  /**
   * The content span (code points, end exclusive) of each label's quotation, in order: its words
   * right after an opening mark, searched from the previous label's quotation on.
   */
  static List<int[]> spans(String text, List<TimebankSpeakerGold.Label> labels) {
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    for (TimebankSpeakerGold.Label label : labels) {
      int start = openingAfterMark(text, label.opening(), from);
      if (start < 0) {
        start = openingAfterMark(text, label.opening(), 0);
      }
      if (start < 0) {
        throw new IllegalArgumentException("no quotation opening \"" + label.opening() + "\" in "
            + label.file());
      }
      int end = closing(text, start);
      spans.add(new int[] {text.codePointCount(0, start), text.codePointCount(0, end)});
      from = start + 1;
    }
    return spans;
  }

  /** Where {@code opening} starts after {@code from} right after an opening mark; -1 if nowhere. */
  static int openingAfterMark(String text, String opening, int from) {
    for (int i = text.indexOf(opening, from); i >= 0; i = text.indexOf(opening, i + 1)) {
      if (mark(text, i) != 0) {
        return i;
      }
    }
    return -1;
  }

  /** The opening mark right before {@code i} (spaces skipped), or 0 when there is none. */
  private static char mark(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return 0;
    }
    char c = text.charAt(k);
    return "\u201C\"\u2018'`".indexOf(c) >= 0 ? c : 0;
  }

  /** The end of the quotation opened before {@code start}: its closing mark or paragraph end. */
  static int closing(String text, int start) {
    boolean single = "\u2018'".indexOf(mark(text, start)) >= 0;
    int paragraph = text.indexOf("\n\n", start);
    int limit = paragraph < 0 ? text.length() : paragraph;
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      boolean closes = single
          ? (c == '\u2019' || c == '\'')
              && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))
          : c == '\u201D' || c == '"' || text.startsWith("''", j);
      if (closes && j > start) {
        return j;
      }
    }
    return text.substring(0, limit).stripTrailing().length();
  }
}
