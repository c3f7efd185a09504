package io.newsfacts.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.TimeMlReader;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A third style check for speakers: the 183 TimeBank articles ({@code ../shared/eval/timebank},
 * read where present: WSJ 1989 with straight marks, and AP, APW, NYT, ABC, CNN, PRI, VOA, WSJ and
 * SJMN wire of 1990-1998, mostly in the LDC style of two backticks and two apostrophes), with
 * speakers labelled by hand in {@code src/test/resources/io/newsfacts/eval/timebank-speakers.tsv}
 * (labels only: file name, the quotation's first words, the speaker as written beside it and the
 * person or body meant; no article text).
 *
 * <p>The text is exactly what {@code evaluate} feeds the pipeline for a TimeBank article ({@link
 * TimeMlReader}: the character content of {@code <TEXT>}, tags removed), the published date its
 * DCT. Quotation spans (content inside the marks, code points) come from the marks in the text:
 * {@code ``} opens and {@code ''} closes; a {@code ``} while one is open ends the open one at the
 * break (a quotation running on into the next paragraph, which wire copy does not close); a
 * straight {@code "} opens or closes by turns. Only the labelled quotations are written, so this
 * check measures speakers, not quote finding: a quotation we do not find, or one we find that is
 * not labelled, says nothing here.
 *
 * <p>Writes quotation gold in the {@code evaluate --quotes} JSONL format (speaker names, no
 * speaker spans: scored by name, so "he" is right only when linked to the person meant):
 * {@code java -cp target/test-classes:target/classes:target/lib/* io.newsfacts.extract.TimebankSpeakerGold
 * ../shared/eval/timebank src/test/resources/io/newsfacts/eval/timebank-speakers.tsv OUT.jsonl
 * [A|B]}: part A is the {@code wsj_*} files (read for errors), part B every other file (held out).
 * With the folder alone, prints every quotation with the text around it (a labelling aid).
 */
public final class TimebankSpeakerGold {

  /** One article: file name without {@code .tml}, text, DCT and quotations (content spans). */
  record Doc(String name, String text, String published, List<int[]> quotes) {}

  /** One label: file name (without {@code .tml}), first words, speaker as written, name meant. */
  record Label(String file, String opening, String speaker, String name) {

    /** Part A: the WSJ 1989 files ({@code wsj_*}); every other file is part B. */
    boolean partA() {
      return file.startsWith("wsj_");
    }
  }

  private TimebankSpeakerGold() {}

  public static void main(String[] args) throws IOException {
    Map<String, Doc> docs = read(Path.of(args[0]));
    if (args.length == 1) {
      for (Doc doc : docs.values()) {
        for (int[] q : doc.quotes()) {
          String t = doc.text();
          int s = t.offsetByCodePoints(0, q[0]);
          int e = t.offsetByCodePoints(0, q[1]);
          System.out.printf("%s\t%s%n    %s%n%n", doc.name(), t.substring(s, Math.min(e, s + 30)),
              t.substring(Math.max(0, s - 400), Math.min(t.length(), e + 200)).replace('\n', '|'));
        }
      }
      return;
    }
    List<Label> labels = labels(Path.of(args[1]));
    if (args.length > 3) {
      boolean a = args[3].equals("A");
      labels = labels.stream().filter(l -> l.partA() == a).toList();
    }
    Files.writeString(Path.of(args[2]), jsonl(docs, labels), StandardCharsets.UTF_8);
  }

  /** Every {@code *.tml} article of the folder by file name (sorted), as evaluate reads it. */
  static Map<String, Doc> read(Path folder) {
    Map<String, Doc> docs = new LinkedHashMap<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted()
          .toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.tml$", "");
        docs.put(name, doc(name, TimeMlReader.read(f)));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return docs;
  }

  static Doc doc(String name, GoldDocument gold) {
    return new Doc(name, gold.text(),
        gold.publishedDate() == null ? null : gold.publishedDate().toString(),
        quotes(gold.text()));
  }

  /** The content spans (code points, end exclusive) of the quotations marked in {@code text}. */
  static List<int[]> quotes(String text) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    boolean backticks = false;
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("``", i)) {
        if (open >= 0) {
          // a run-on quotation: wire copy opens the next paragraph without closing this one
          spans.add(new int[] {open, text.substring(0, i).stripTrailing().length()});
        }
        open = i + 2;
        backticks = true;
        i += 2;
      } else if (text.startsWith("''", i) && open >= 0 && backticks) {
        spans.add(new int[] {open, i});
        open = -1;
        i += 2;
      } else if (text.charAt(i) == '"') {
        if (open < 0) {
          open = i + 1;
          backticks = false;
        } else if (!backticks) {
          spans.add(new int[] {open, i});
          open = -1;
        }
        i++;
      } else {
        i++;
      }
    }
    if (open >= 0) {
      spans.add(new int[] {open, text.stripTrailing().length()});
    }
    List<int[]> points = new ArrayList<>();
    for (int[] s : spans) {
      points.add(new int[] {text.codePointCount(0, s[0]), text.codePointCount(0, s[1])});
    }
    return points;
  }

  static List<Label> labels(Path tsv) throws IOException {
    List<Label> labels = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      labels.add(new Label(f[0], f[1].strip(), f[2], f.length > 3 ? f[3] : f[2]));
    }
    return labels;
  }

  /**
   * The first quotation of {@code doc} not in {@code taken} whose content, leading spaces skipped,
   * opens with the label's words; null if none.
   */
  static int[] find(Doc doc, Label label, Set<Integer> taken) {
    String t = doc.text();
    for (int k = 0; k < doc.quotes().size(); k++) {
      int[] q = doc.quotes().get(k);
      String content = t.substring(t.offsetByCodePoints(0, q[0]), t.offsetByCodePoints(0, q[1]));
      if (!taken.contains(k) && content.stripLeading().startsWith(label.opening())) {
        taken.add(k);
        return q;
      }
    }
    return null;
  }

  static String jsonl(Map<String, Doc> docs, List<Label> labels) throws IOException {
    return jsonl("timebank-", docs, labels);
  }

  /** As {@link #jsonl(Map, List)}, each document's id being {@code idPrefix} and its name. */
  static String jsonl(String idPrefix, Map<String, Doc> docs, List<Label> labels)
      throws IOException {
    StringBuilder out = new StringBuilder();
    for (Doc doc : docs.values()) {
      List<Label> own = labels.stream().filter(l -> l.file().equals(doc.name())).toList();
      if (own.isEmpty()) {
        continue;
      }
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.put("id", idPrefix + doc.name());
      node.put("text", doc.text());
      if (doc.published() != null) {
        node.put("publishedDate", doc.published());
      }
      ArrayNode quotes = node.putArray("quotes");
      Set<Integer> taken = new HashSet<>();
      for (Label label : own) {
        int[] q = find(doc, label, taken);
        if (q == null) {
          throw new IllegalArgumentException("no quotation opening \"" + label.opening()
              + "\" in " + doc.name());
        }
        ObjectNode quote = quotes.addObject();
        quote.put("start", q[0]);
        quote.put("end", q[1]);
        quote.put("speaker", label.speaker());
        quote.put("speakerName", label.name());
      }
      out.append(Json.MAPPER.writeValueAsString(node)).append('\n');
    }
    for (Label label : labels) {
      if (!docs.containsKey(label.file())) {
        throw new IllegalArgumentException("no article " + label.file());
      }
    }
    return out.toString();
  }
}
