package io.newsfacts.extract;

import static io.newsfacts.testing.QuoteLookup.quoteStarting;
import static io.newsfacts.testing.QuoteLookup.speakerEntityName;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Three conventions of business and wire copy (docs/quotes.md, round 24): "he said" after an
 * unnamed spokesperson means the spokesperson, who speaks for the company the description names;
 * "Although he called …, Mr. Lane forecast …" means the subject named after the clause; and a
 * company named in full once is the same entity when called by its first word or its initials.
 * Texts of our own, through the one shared pipeline.
 */
@Tag("models")
class UnnamedSpokespersonAndFrontedClauseTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "1989-11-06"));
  }

  private static final String SPOKESMAN = "Chip makers said the flaws would not delay them. "
      + "%sThese bugs don't touch our plans,%s said Peter Walsh, director of engineering at "
      + "Corvane Computer Corp.\n\nNorbury Systems Inc. agreed. %sWe haven't changed anything,%s "
      + "said a Norbury spokesman. %sSwitching suppliers is not an option,%s he said.";

  @Test
  void heAfterAnUnnamedSpokesmanIsTheCompanyHeSpeaksForInWireMarks() {
    ArticleFacts f = run(SPOKESMAN.formatted("``", "''", "``", "''", "``", "''"));
    assertThat(speakerEntityName(f, quoteStarting(f, "Switching"))).isEqualTo("Norbury Systems Inc.");
  }

  @Test
  void heAfterAnUnnamedSpokesmanIsTheCompanyHeSpeaksForInCurlyMarks() {
    ArticleFacts f = run(SPOKESMAN.formatted("“", "”", "“", "”", "“", "”"));
    assertThat(speakerEntityName(f, quoteStarting(f, "Switching"))).isEqualTo("Norbury Systems Inc.");
  }

  @Test
  void pronounOfAFrontedClauseIsTheSubjectNamedAfterIt() {
    ArticleFacts f = run("Frederick Moss, the company's treasurer, left in May.\n\nAlthough he "
        + "called the market \"brutal,\" Mr. Lane, the chairman of Halden Foods Inc., forecast "
        + "higher earnings. Gordon Lane took over in 1985.");
    assertThat(speakerEntityName(f, quoteStarting(f, "brutal"))).isEqualTo("Gordon Lane");
  }

  @Test
  void companyCalledByItsFirstWordOrInitialsIsOneEntity() {
    ArticleFacts f = run("International Business Machines Corp. and Norbury Systems Inc. said "
        + "the bugs would not delay them. IBM shipped its cards on Monday, and Norbury said it "
        + "would ship in May.");
    assertThat(f.entities()).extracting(Entity::name)
        .contains("International Business Machines Corp.", "Norbury Systems Inc.")
        .doesNotContain("IBM", "Norbury");
  }
}
