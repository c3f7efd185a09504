package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which tokens the tagger sees as double marks: tokenize needs no models, so these are fast. */
class TaggerQuoteMarksTest {

  private static StanfordCoreNLP tokenizer;

  @BeforeAll
  static void tokenizer() {
    Properties p = PipelineConfig.defaults().toProperties();
    p.setProperty("annotators", "tokenize,ssplit");
    tokenizer = new StanfordCoreNLP(p);
  }

  private static List<CoreLabel> tokens(Annotation annotation) {
    return annotation.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static String words(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
  }

  @Test
  void givesOnlyTheGivenSingleMarksTheDoubleMarkWordKeepingOffsetsAndOriginalText() {
    String text = "'It's over,' she said of the Joneses' farm. \"Fine,\" he said. "
        + "``Done,'' they said.";
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    List<CoreLabel> tokens = tokens(annotation);
    List<String> originals = tokens.stream().map(CoreLabel::originalText).toList();
    List<Integer> begins = tokens.stream().map(CoreLabel::beginPosition).toList();
    // the primary marks: the British pair, the American pair and the wire pair
    int[] marks = {0, text.indexOf(",'") + 1, text.indexOf("\"Fine"), text.indexOf(",\"") + 1,
        text.indexOf("``"), text.indexOf(",''") + 1};

    TaggerQuoteMarks.asDoubleMarks(tokens, marks);

    assertThat(words(tokens)).isEqualTo("\" It 's over , \" she said of the Joneses ' farm . "
        + "\" Fine , \" he said . `` Done , '' they said .");
    assertThat(tokens.stream().map(CoreLabel::originalText).toList()).isEqualTo(originals);
    assertThat(tokens.stream().map(CoreLabel::beginPosition).toList()).isEqualTo(begins);
  }

  @Test
  void readsTheDocumentsMarksOnceAndLeavesThemOutOfTheAnnotation() {
    String text = "'We are leaving,' the minister said.";
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    annotation.set(TaggerQuoteMarks.MarksAnnotation.class,
        new int[] {0, text.indexOf(",'") + 1});

    new TaggerQuoteMarks(new Properties()).annotate(annotation);

    assertThat(words(tokens(annotation))).startsWith("\" We are leaving , \" the");
    assertThat(annotation.containsKey(TaggerQuoteMarks.MarksAnnotation.class)).isFalse();
  }

  @Test
  void showsANestedQuotationClosedWithItsOuterOneAsTheOuterMark() {
    // the tokenizer joins two marks in a row into one token, as it does ``
    String text = "\u201cI\u2019m for it, darn it,\u2019\u201d Cruz said. "
        + "\u201c\u2018Fine\u2019 was his word,\u201d she said.";
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    List<CoreLabel> tokens = tokens(annotation);
    int[] marks = {0, text.indexOf("\u201d"), text.indexOf("\u201c\u2018"),
        text.lastIndexOf("\u201d")};

    TaggerQuoteMarks.asDoubleMarks(tokens, marks);

    // the nested marks alone ("Fine" closed by its own mark) stay single
    assertThat(words(tokens)).isEqualTo("\" I 'm for it , darn it , \" Cruz said . "
        + "\" Fine ' was his word , \" she said .");
  }
}
