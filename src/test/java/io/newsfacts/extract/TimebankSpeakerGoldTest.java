package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.TimeMlReader;
import io.newsfacts.output.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TimeBank speaker check (the third style check): labels read from the TSV, quotation spans
 * found from the marks of a TimeML text as {@code evaluate} reads it, and every label of the
 * committed file naming a quotation of its article ({@code ../shared}, skipped without it).
 */
class TimebankSpeakerGoldTest {

  private static final Path TIMEBANK = Path.of("../shared/eval/timebank");
  private static final Path LABELS =
      Path.of("src/test/resources/io/newsfacts/eval/timebank-speakers.tsv");

  private static final String TIMEML = "<?xml version=\"1.0\" ?>\n<TimeML>\n"
      + "<DOCID>APW19990101.0001</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
      + " value=\"1999-01-01\" functionInDocument=\"CREATION_TIME\">19990101</TIMEX3></DCT>\n<TEXT>\n"
      + "PARIS (AP)_ \uD835\uDCB3 ``We <EVENT eid=\"e1\">won</EVENT>,'' Marie Dupont said. "
      + "``It was hard &amp; long. ``We stay.'' Rep. Jo Lane called it \"a farce\" on "
      + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-12-31\">Thursday</TIMEX3>.\n</TEXT>\n"
      + "</TimeML>\n";

  private static TimebankSpeakerGold.Doc tiny() throws Exception {
    GoldDocument gold = TimeMlReader.read(
        new ByteArrayInputStream(TIMEML.getBytes(StandardCharsets.UTF_8)), "x");
    return TimebankSpeakerGold.doc("APW19990101.0001", gold);
  }

  private static String at(String text, int[] span) {
    return text.substring(text.offsetByCodePoints(0, span[0]),
        text.offsetByCodePoints(0, span[1]));
  }

  @Test
  void quotationSpansAreCodePointsIntoTheTextEvaluateReads() throws Exception {
    TimebankSpeakerGold.Doc doc = tiny();
    assertThat(doc.published()).isEqualTo("1999-01-01");
    List<int[]> quotes = doc.quotes();
    assertThat(quotes).hasSize(4);
    assertThat(at(doc.text(), quotes.get(0))).isEqualTo("We won,");
    // a run-on quotation ends where the next one opens, spaces left out
    assertThat(at(doc.text(), quotes.get(1))).isEqualTo("It was hard & long.");
    assertThat(at(doc.text(), quotes.get(2))).isEqualTo("We stay.");
    assertThat(at(doc.text(), quotes.get(3))).isEqualTo("a farce");
    // code points, not chars: the letter outside the basic plane counts once
    int charStart = doc.text().indexOf("We won");
    assertThat(quotes.get(0)[0]).isEqualTo(charStart - 1);
  }

  @Test
  void labelsAreReadAndWrittenAsQuoteGold() throws Exception {
    Path tsv = Files.createTempFile("timebank", ".tsv");
    try {
      Files.writeString(tsv, "# comment\n\nAPW19990101.0001\tWe stay.\tMarie Dupont\n"
          + "APW19990101.0001\t It was hard\tDupont\tMarie Dupont\n"
          + "wsj_0001\ta farce\tRep. Jo Lane\tJo Lane\n");
      List<TimebankSpeakerGold.Label> labels = TimebankSpeakerGold.labels(tsv);
      assertThat(labels).hasSize(3);
      assertThat(labels.get(0).name()).isEqualTo("Marie Dupont");
      assertThat(labels.get(1).opening()).isEqualTo("It was hard");
      assertThat(labels.get(0).partA()).isFalse();
      assertThat(labels.get(2).partA()).isTrue();

      TimebankSpeakerGold.Doc doc = tiny();
      String jsonl = TimebankSpeakerGold.jsonl(Map.of(doc.name(), doc), labels.subList(0, 2));
      JsonNode node = Json.MAPPER.readTree(jsonl.lines().findFirst().orElseThrow());
      assertThat(node.get("id").asText()).isEqualTo("timebank-APW19990101.0001");
      assertThat(node.get("publishedDate").asText()).isEqualTo("1999-01-01");
      assertThat(node.get("text").asText()).isEqualTo(doc.text());
      JsonNode first = node.get("quotes").get(0);
      assertThat(at(doc.text(), new int[] {first.get("start").asInt(), first.get("end").asInt()}))
          .isEqualTo("We stay.");
      assertThat(first.get("speakerName").asText()).isEqualTo("Marie Dupont");
      assertThat(node.get("quotes").get(1).get("speaker").asText()).isEqualTo("Dupont");
    } finally {
      Files.delete(tsv);
    }
  }

  @Test
  void everyLabelNamesAQuotationOfItsArticle() throws IOException {
    assumeTrue(Files.isDirectory(TIMEBANK), "no ../shared/eval/timebank");
    Map<String, TimebankSpeakerGold.Doc> docs = TimebankSpeakerGold.read(TIMEBANK);
    List<TimebankSpeakerGold.Label> labels = TimebankSpeakerGold.labels(LABELS);
    assertThat(labels.stream().filter(TimebankSpeakerGold.Label::partA)).hasSize(151);
    assertThat(labels.stream().filter(l -> !l.partA())).hasSize(120);
    Map<String, HashSet<Integer>> taken = new java.util.HashMap<>();
    for (TimebankSpeakerGold.Label label : labels) {
      assertThat(docs).containsKey(label.file());
      assertThat(TimebankSpeakerGold.find(docs.get(label.file()), label,
          taken.computeIfAbsent(label.file(), k -> new HashSet<>())))
          .as("%s, quotation opening %s", label.file(), label.opening()).isNotNull();
    }
  }
}
