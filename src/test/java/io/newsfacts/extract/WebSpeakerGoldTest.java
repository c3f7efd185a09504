package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web speaker check (the fourth style check): quotation spans found from the labels' words
 * after a mark of any convention, and every label of the committed files naming a quotation of
 * its page as our ingest reads it ({@code ../shared}, skipped without it).
 */
class WebSpeakerGoldTest {

  private static final Path PAGES = Path.of("../shared/eval/html-trafilatura/pages");
  private static final Path LABELS = Path.of("src/test/resources/io/newsfacts/eval");

  private static TimebankSpeakerGold.Label label(String opening) {
    return new TimebankSpeakerGold.Label("page", opening, "X", "X");
  }

  private static String content(String text, int[] span) {
    return text.substring(text.offsetByCodePoints(0, span[0]), text.offsetByCodePoints(0, span[1]));
  }

  @Test
  void spansRunFromTheLabelsWordsToTheClosingMarkOfTheirKind() {
    String text = "\uD835\uDCB3 He said “We won,” then 'we don't stop' and ``Go.'' Then \"A "
        + "run-on.\n\n\"Its end.\"";
    List<int[]> spans = WebSpeakerGold.spans(text, List.of(label("We won"), label("we don't"),
        label("Go."), label("A run-on"), label("Its end")));
    assertThat(spans.stream().map(s -> content(text, s)).toList()).containsExactly("We won,",
        "we don't stop", "Go.", "A run-on.", "Its end.");
  }

  @Test
  void wordsThatFollowNoMarkAreNoQuotation() {
    assertThat(WebSpeakerGold.openingAfterMark("He said we won.", "we won", 0)).isEqualTo(-1);
  }

  @Test
  void everyCommittedLabelFindsItsQuotation() throws Exception {
    assumeTrue(Files.isDirectory(PAGES), "../shared not present");
    for (String part : List.of("read", "heldout")) {
      List<TimebankSpeakerGold.Label> labels =
          TimebankSpeakerGold.labels(LABELS.resolve("web-speakers-" + part + ".tsv"));
      Map<String, TimebankSpeakerGold.Doc> docs = WebSpeakerGold.read(PAGES, labels);
      String jsonl = TimebankSpeakerGold.jsonl("web-", docs, labels);
      assertThat(jsonl.lines()).hasSize(28);
      assertThat(jsonl).contains("\"speakerName\"");
    }
  }
}
