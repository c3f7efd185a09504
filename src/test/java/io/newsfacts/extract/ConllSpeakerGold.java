package io.newsfacts.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A second style check for speakers: 1996 Reuters wire from CoNLL-2003 dev ({@code
 * ../shared/eval/conll2003/dev.txt}, read where present), with speakers labelled by hand in
 * {@code src/test/resources/io/newsfacts/eval/conll-dev-speakers.tsv} (labels only: document
 * number, the quotation's first words, the speaker as written beside it and the person or body
 * meant; no article text). CoNLL keeps tokens, not text, so each document is rebuilt as wire copy
 * reads: tokens detokenized, {@code "} marks attached to the words they enclose, one sentence a
 * paragraph except that a sentence inside an open quotation, or opening in lower case, stays in
 * its paragraph.
 *
 * <p>Writes quotation gold in the {@code evaluate --quotes} JSONL format (speaker names, no
 * spans: scored by name, so "he" is right only when linked to the person meant), for
 * {@code evaluate} (both systems) or {@code SpeakerDevHarness}:
 * {@code java -cp target/test-classes:target/classes:target/lib/* io.newsfacts.extract.ConllSpeakerGold
 * ../shared/eval/conll2003/dev.txt src/test/resources/io/newsfacts/eval/conll-dev-speakers.tsv OUT.jsonl
 * [read|heldout]}: the labels rules may be read from, or the held-out part labelled before any
 * rule was built from the first part's errors.
 */
public final class ConllSpeakerGold {

  /** One rebuilt document: its text and its quotations (content spans, in order). */
  record Doc(int number, String text, List<int[]> quotes) {}

  /**
   * One label: document number (from 1), the quotation's first words, speaker, name meant, and
   * whether it lies in the held-out part of the file (after the line "# Held-out part").
   */
  record Label(int doc, String opening, String speaker, String name, boolean heldOut) {}

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")",
      "%", "'s", "'S", "n't", "'m", "'re", "'ve", "'ll", "'d", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "$");

  private ConllSpeakerGold() {}

  public static void main(String[] args) throws IOException {
    List<Doc> docs = rebuild(Path.of(args[0]));
    if (args.length == 1) {
      // labelling aid: every quotation with the text around it
      for (Doc doc : docs) {
        for (int[] q : doc.quotes()) {
          String t = doc.text();
          System.out.printf("%d\t%s%n    %s%n%n", doc.number(),
              t.substring(q[0], Math.min(q[1], q[0] + 40)),
              t.substring(Math.max(0, q[0] - 250), Math.min(t.length(), q[1] + 120))
                  .replace('\n', '|'));
        }
      }
      return;
    }
    List<Label> labels = labels(Path.of(args[1]));
    if (args.length > 3) {
      // "read" or "heldout": one part of the labels only
      boolean heldOut = args[3].equals("heldout");
      labels = labels.stream().filter(l -> l.heldOut() == heldOut).toList();
    }
    Files.writeString(Path.of(args[2]), jsonl(docs, labels), StandardCharsets.UTF_8);
  }

  static List<Label> labels(Path tsv) throws IOException {
    List<Label> labels = new ArrayList<>();
    boolean heldOut = false;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      heldOut |= line.startsWith("# Held-out part");
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      labels.add(new Label(Integer.parseInt(f[0]), f[1], f[2], f.length > 3 ? f[3] : f[2],
          heldOut));
    }
    return labels;
  }

  /** The quotation of {@code doc} whose content opens with the label's words, or null. */
  static int[] find(Doc doc, Label label) {
    for (int[] q : doc.quotes()) {
      if (doc.text().startsWith(label.opening(), q[0])) {
        return q;
      }
    }
    return null;
  }

  static String jsonl(List<Doc> docs, List<Label> labels) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Doc doc : docs) {
      List<Label> own = labels.stream().filter(l -> l.doc() == doc.number()).toList();
      if (own.isEmpty()) {
        continue;
      }
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.put("id", "conll-dev-" + doc.number());
      node.put("text", doc.text());
      ArrayNode quotes = node.putArray("quotes");
      for (Label label : own) {
        int[] q = find(doc, label);
        if (q == null) {
          throw new IllegalArgumentException("no quotation opening \"" + label.opening()
              + "\" in document " + doc.number());
        }
        ObjectNode quote = quotes.addObject();
        quote.put("start", q[0]);
        quote.put("end", q[1]);
        quote.put("speaker", label.speaker());
        quote.put("speakerName", label.name());
      }
      out.append(Json.MAPPER.writeValueAsString(node)).append('\n');
    }
    return out.toString();
  }

  /** The documents of a CoNLL file, numbered from 1 in the order of {@code -DOCSTART-}. */
  static List<Doc> rebuild(Path conll) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
        if (t.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
          docs.add(document(docs.size() + 1, sentences));
          sentences = new ArrayList<>();
        }
      } else {
        sentence.add(t.split("\\s+")[0]);
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (!sentences.isEmpty()) {
      docs.add(document(docs.size() + 1, sentences));
    }
    return docs;
  }

  private static Doc document(int number, List<List<String>> raw) {
    List<List<String>> sentences = reopenedQuotesMoved(raw);
    StringBuilder text = new StringBuilder();
    List<int[]> quotes = new ArrayList<>();
    boolean open = false;
    int contentStart = -1;
    for (List<String> s : sentences) {
      if (text.length() > 0) {
        // a sentence opening in lower case ("asked Mustafa Hoshiyeh", "chief equity strategist")
        // goes on the line CoNLL's splitter broke
        boolean goesOn = Character.isLowerCase(s.get(0).charAt(0));
        text.append(open || goesOn ? " " : "\n\n");
      }
      boolean glue = true; // no space before the sentence's first token
      for (String token : s) {
        if (token.equals("\"")) {
          if (!open) {
            text.append(glue ? "" : " ").append('"');
            contentStart = text.length();
            glue = true;
          } else {
            quotes.add(new int[] {contentStart, text.length()});
            text.append('"');
            glue = false;
          }
          open = !open;
          continue;
        }
        if (!glue && !NO_SPACE_BEFORE.contains(token)) {
          text.append(' ');
        }
        text.append(token);
        glue = NO_SPACE_AFTER.contains(token);
      }
    }
    return new Doc(number, text.toString(), quotes);
  }

  /**
   * CoNLL's sentence splitter leaves the mark that re-opens a quotation at the end of the sentence
   * before it ({@code said Washington . "} then {@code But I think …}): wire copy keeps the two in
   * one paragraph, so the sentence it opens joins it.
   */
  private static List<List<String>> reopenedQuotesMoved(List<List<String>> raw) {
    List<List<String>> result = new ArrayList<>();
    boolean open = false;
    boolean join = false;
    for (List<String> sentence : raw) {
      if (join) {
        result.get(result.size() - 1).addAll(sentence);
      } else {
        result.add(new ArrayList<>(sentence));
      }
      join = false;
      for (int i = 0; i < sentence.size(); i++) {
        if (sentence.get(i).equals("\"")) {
          open = !open;
          join = open && i == sentence.size() - 1;
        }
      }
    }
    return result;
  }
}
