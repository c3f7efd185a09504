package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static io.newsfacts.testing.QuoteLookup.speakerText;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The inverted orders feature writing uses: "The trouble, says Ann Lee, is that …", a verb of
 * saying and its source set off as an aside after the noun phrase a sentence opens with; and
 * "Said Hale, “…”", the verb fronted before its source and the quotation. Texts of our own,
 * through the one shared pipeline.
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

  @Test
  void aVerbFrontedBeforeItsSourceIsNoPartOfTheName() {
    // the tagger reads "Said" as a given name, and NER "Said Hale" as one person
    ArticleFacts f = run("Guns\n\nThe director spoke on Tuesday. Said Hale, \"The thought that an "
        + "error on our part is connected to this purchase is very painful to us.\"\n\nSays "
        + "Ruth Adler: \"We will look again.\"");
    assertThat(speakerText(quoteStarting(f, "The thought"))).isEqualTo("Hale");
    assertThat(speakerEntityName(f, quoteStarting(f, "The thought"))).isEqualTo("Hale");
    assertThat(speakerText(quoteStarting(f, "We will look"))).isEqualTo("Ruth Adler");
    assertThat(f.entities()).noneMatch(e -> e.name().startsWith("Said")
        || e.name().startsWith("Says"));
  }

  @Test
  void aNameThatIsSaidStaysWhole() {
    ArticleFacts f = run("Books\n\nEdward Said, the critic, wrote the book. \"It changed "
        + "everything,\" said Ann Lee.");
    assertThat(f.entities()).anyMatch(e -> e.name().equals("Edward Said"));
  }
}
