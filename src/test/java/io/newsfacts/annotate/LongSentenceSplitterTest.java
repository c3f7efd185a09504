package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Splitting over-long sentences: tokenize and ssplit need no models, so these tests are fast. */
class LongSentenceSplitterTest {

  private static StanfordCoreNLP ssplit;

  @BeforeAll
  static void tokenizer() {
    Properties p = PipelineConfig.defaults().toProperties();
    p.setProperty("annotators", "tokenize,ssplit");
    ssplit = new StanfordCoreNLP(p);
  }

  private static Annotation split(String text, int maxTokens) {
    Annotation annotation = new Annotation(text);
    ssplit.annotate(annotation);
    new LongSentenceSplitter(maxTokens).annotate(annotation);
    return annotation;
  }

  private static List<CoreMap> sentences(Annotation annotation) {
    return annotation.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> words(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
        .map(CoreLabel::word).collect(Collectors.toList());
  }

  @Test
  void leavesSentencesUnderTheBoundAsTheyWere() {
    String text = "The council met on Monday. It approved the budget.";
    Annotation plain = new Annotation(text);
    ssplit.annotate(plain);
    List<CoreMap> before = new ArrayList<>(sentences(plain));

    new LongSentenceSplitter(8).annotate(plain);

    assertThat(sentences(plain)).containsExactlyElementsOf(before); // the same objects
    assertThat(sentences(plain).get(1).get(CoreAnnotations.SentenceIndexAnnotation.class))
        .isEqualTo(1);
  }

  @Test
  void splitsALongSentenceIntoPiecesUnderTheBound() {
    Annotation annotation = split("one two three four five six seven eight nine ten eleven "
        + "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 8);

    assertThat(sentences(annotation)).hasSize(3)
        .allSatisfy(s -> assertThat(words(s)).hasSizeLessThanOrEqualTo(8));
  }

  @Test
  void losesAndDuplicatesNoToken() {
    Annotation annotation = split("Farmers, workers and union leaders met the mayor, who "
        + "said that water prices would rise; the council, she added, had no plan for roads "
        + "or schools but would meet again. Then it rained.", 7);

    List<CoreLabel> pieces = sentences(annotation).stream()
        .flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream())
        .collect(Collectors.toList());
    List<CoreLabel> document = annotation.get(CoreAnnotations.TokensAnnotation.class);
    assertThat(pieces).hasSameSizeAs(document);
    for (int i = 0; i < document.size(); i++) {
      assertThat(pieces.get(i)).isSameAs(document.get(i));
    }
  }

  @Test
  void keepsOffsetsAndIndexesConsistent() {
    String text = "Farmers, workers and union leaders met the mayor, who said that water prices "
        + "would rise; the council, she added, had no plan for roads or schools but would meet "
        + "again. Then it rained on the town and the river.";
    Annotation annotation = split(text, 6);
    List<CoreLabel> document = annotation.get(CoreAnnotations.TokensAnnotation.class);

    List<CoreMap> sentences = sentences(annotation);
    assertThat(sentences.size()).isGreaterThan(5);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int tokenEnd = sentence.get(CoreAnnotations.TokenEndAnnotation.class);

      assertThat(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(s);
      assertThat(begin).isEqualTo(tokens.get(0).beginPosition());
      assertThat(end).isEqualTo(tokens.get(tokens.size() - 1).endPosition());
      assertThat(sentence.get(CoreAnnotations.TextAnnotation.class))
          .isEqualTo(text.substring(begin, end));
      assertThat(document.subList(tokenBegin, tokenEnd)).containsExactlyElementsOf(tokens);
      for (int t = 0; t < tokens.size(); t++) {
        assertThat(tokens.get(t).index()).isEqualTo(t + 1);
        assertThat(tokens.get(t).sentIndex()).isEqualTo(s);
      }
    }
  }

  @Test
  void prefersSemicolonsThenCommasThenConjunctions() {
    assertThat(words(sentences(split("a b c d ; e f g h i j", 8)).get(0)))
        .containsExactly("a", "b", "c", "d", ";");
    assertThat(words(sentences(split("a b c d , e f g h i j", 8)).get(0)))
        .containsExactly("a", "b", "c", "d", ",");
    assertThat(words(sentences(split("a b c d e and f g h i j", 8)).get(0)))
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void numbersTheSentencesAfterASplitOnward() {
    Annotation annotation = split("a b c d e f g h i j k l. Then it rained.", 6);

    List<CoreMap> sentences = sentences(annotation);
    CoreMap last = sentences.get(sentences.size() - 1);
    assertThat(words(last)).containsExactly("Then", "it", "rained", ".");
    assertThat(last.get(CoreAnnotations.SentenceIndexAnnotation.class))
        .isEqualTo(sentences.size() - 1);
    assertThat(last.get(CoreAnnotations.TokensAnnotation.class))
        .allSatisfy(t -> assertThat(t.sentIndex()).isEqualTo(sentences.size() - 1));
  }

  @Test
  void cutsTheWordOfAnOverlongTokenButKeepsItsOffsets() {
    String glued = "riverbank".repeat(40);
    Annotation annotation = new Annotation("The " + glued + " rose.");
    ssplit.annotate(annotation);
    new LongSentenceSplitter(150, 20).annotate(annotation);

    CoreLabel token = annotation.get(CoreAnnotations.TokensAnnotation.class).get(1);
    assertThat(token.word()).isEqualTo(glued.substring(0, 20));
    assertThat(token.beginPosition()).isEqualTo(4);
    assertThat(token.endPosition()).isEqualTo(4 + glued.length());
    assertThat(annotation.get(CoreAnnotations.TokensAnnotation.class).get(0).word())
        .isEqualTo("The");
  }

  private static List<String> texts(Annotation annotation) {
    return sentences(annotation).stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class))
        .collect(Collectors.toList());
  }

  @Test
  void partyAndStateInBracketsDoNotEndTheSentence() {
    Annotation annotation = split("“We will not wait,” Rep. Ann Lee (D-Wis.) said Friday. "
        + "The vote is next week.", 150);

    assertThat(texts(annotation)).containsExactly(
        "“We will not wait,” Rep. Ann Lee (D-Wis.) said Friday.", "The vote is next week.");
    CoreMap first = sentences(annotation).get(0);
    assertThat(first.get(CoreAnnotations.TokensAnnotation.class).get(0).index()).isEqualTo(1);
    assertThat(sentences(annotation).get(1).get(CoreAnnotations.SentenceIndexAnnotation.class))
        .isEqualTo(1);
  }

  @Test
  void bracketedAbbreviationBeforeACommaIsMended() {
    Annotation annotation = split("“Count on it,” said Sen. Tom Hale (R-Calif.), the chairman.",
        150);

    assertThat(texts(annotation)).hasSize(1);
  }

  @Test
  void bracketedAbbreviationEndingASentenceStillEndsIt() {
    Annotation annotation = split("The bill came from Sen. Tom Hale (R-Calif.). Nobody voted "
        + "for Hale (R-Calif.)\n\nbut the bill passed.", 150);

    assertThat(texts(annotation)).hasSize(3);
  }

  @Test
  void aQuotedQuestionBeforeItsReportingClauseDoesNotEndTheSentence() {
    Annotation annotation = split("“Why should we wait?” she asked. “The money is there.”", 150);

    assertThat(texts(annotation)).containsExactly("“Why should we wait?” she asked.",
        "“The money is there.”");
  }

  @Test
  void aQuotedExclamationBeforeALowerCaseWordDoesNotEndTheSentence() {
    Annotation annotation = split("She declared “What a day!” and said the campaign would go on.",
        150);

    assertThat(texts(annotation)).hasSize(1);
  }

  @Test
  void wireAndSingleMarksAfterAQuestionAreMendedToo() {
    assertThat(texts(split("``Why not?'' he asked.", 150))).hasSize(1);
    assertThat(texts(split("‘Is this fair?’ asked Andy Burnham.", 150))).hasSize(1);
    assertThat(texts(split("'Is this fair?' asked Andy Burnham.", 150))).hasSize(1);
  }

  @Test
  void aQuotedExclamationBeforeACapitalOrABlankLineStillEndsTheSentence() {
    assertThat(texts(split("“Go!” The crowd roared.", 150))).hasSize(2);
    assertThat(texts(split("He shouted “Stop!”\n\nand the crowd went quiet.", 150)))
        .hasSize(2);
  }

  @Test
  void aQuestionOutsideQuotationMarksIsLeftToTheSplitter() {
    assertThat(texts(split("Why wait? nobody asked.", 150))).hasSize(2);
  }
}
