package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled speakers of CoNLL-2003 dev quotations (the second style check) still point at
 * quotations of the rebuilt text; reads {@code ../shared} and is skipped without it.
 */
class ConllSpeakerGoldTest {

  private static final Path CONLL = Path.of("../shared/eval/conll2003/dev.txt");
  private static final Path LABELS =
      Path.of("src/test/resources/io/newsfacts/eval/conll-dev-speakers.tsv");

  @Test
  void everyLabelNamesAQuotationOfItsDocument() throws IOException {
    assumeTrue(Files.isRegularFile(CONLL), "no ../shared/eval/conll2003/dev.txt");
    List<ConllSpeakerGold.Doc> docs = ConllSpeakerGold.rebuild(CONLL);
    List<ConllSpeakerGold.Label> labels = ConllSpeakerGold.labels(LABELS);
    assertThat(labels).hasSizeGreaterThanOrEqualTo(140);
    for (ConllSpeakerGold.Label label : labels) {
      assertThat(ConllSpeakerGold.find(docs.get(label.doc() - 1), label))
          .as("document %d, quotation opening %s", label.doc(), label.opening()).isNotNull();
    }
    assertThat(ConllSpeakerGold.jsonl(docs, labels).lines()).isNotEmpty();
  }

  @Test
  void reopenedQuotationStaysInTheParagraphOfItsSpeaker() throws IOException {
    Path file = Files.createTempFile("conll", ".txt");
    try {
      Files.writeString(file, "-DOCSTART- -X- -X- O\n\n\" x O O\nYes NN O O\n, , O O\n\" x O O\n"
          + "said VBD O O\nAnn NNP O B-PER\n. . O O\n\" x O O\n\nNo DT O O\n. . O O\n\" x O O\n");
      ConllSpeakerGold.Doc doc = ConllSpeakerGold.rebuild(file).get(0);
      assertThat(doc.text()).isEqualTo("\"Yes,\" said Ann. \"No.\"");
      assertThat(doc.quotes()).hasSize(2);
    } finally {
      Files.delete(file);
    }
  }
}
