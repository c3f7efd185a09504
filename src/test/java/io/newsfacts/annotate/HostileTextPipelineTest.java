package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.TextSpan;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.HostileTexts;
import io.newsfacts.testing.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Odd text goes through the whole pipeline in pieces the taggers handle. No timing is asserted
 * here; speed is measured by the benchmark command in docs/robustness.md.
 */
@Tag("models")
class HostileTextPipelineTest {

  @Test
  void anArticleWithoutSentenceEndsComesOutInSentencesUnderTheBound() {
    String text = HostileTexts.withoutSentenceEnds(30_000);

    ArticleFacts facts = SharedPipeline.get().process(Articles.of(text, "2026-11-30"));

    List<TextSpan> sentences = facts.sentences();
    assertThat(sentences.size()).isGreaterThan(30_000 / 6 / PipelineConfig.MAX_SENTENCE_TOKENS);
    int previousEnd = 0;
    for (TextSpan sentence : sentences) {
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(sentence.end()).isGreaterThan(sentence.start());
      // The text is ASCII words and commas: a token is a word or a comma.
      String piece = text.substring(sentence.start(), sentence.end());
      int tokens = piece.split(" ").length + (int) piece.chars().filter(c -> c == ',').count();
      assertThat(tokens).isLessThanOrEqualTo(PipelineConfig.MAX_SENTENCE_TOKENS);
      previousEnd = sentence.end();
    }
    assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void aLongLineWithoutSpacesIsAnnotatedAsOneSentence() {
    String text = HostileTexts.withoutSpaces(100_000);

    ArticleFacts facts = SharedPipeline.get().process(Articles.of(text, "2026-11-30"));

    assertThat(facts.sentences()).containsExactly(new TextSpan(0, text.length()));
  }
}
