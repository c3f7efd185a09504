package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "The trouble, says Ann Lee, is that …": a verb of saying and its source set off as an aside
 * after the noun phrase a sentence opens with, the inverted order feature writing uses. Texts of
 * our own, through the one shared pipeline.
 */
@Tag("models")
class InvertedAsideSpeakerTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2016-03-07"));
  }

  @Test
  void theNameInAnAsideAfterTheOpeningNounIsTheSpeaker() {
    // the parser makes the historian the subject of "is" and the opening noun that of "says"
    ArticleFacts f = run("First ladies\n\nThe paradox of Nora, says Carl Vincent, historian at "
        + "the National First Ladies Library, is that she was \"one of the most powerful first "
        + "ladies in the post-war era,\" not for her policy influence.");
    assertThat(speakerEntityName(f, quoteStarting(f, "one of the most"))).isEqualTo(
        "Carl Vincent");
  }

  @Test
  void aSubjectSetOffByAnAppositionKeepsThePlainOrder() {
    ArticleFacts f = run("Budget\n\nAnn Lee, a Democrat, said Tom Hale, a former senator, had "
        + "failed \"the county's workers.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "the county"))).isEqualTo("Ann Lee");
  }
}
