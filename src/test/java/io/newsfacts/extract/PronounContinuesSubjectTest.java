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
 * A "he" or "she" opening a sentence goes on with the sentence before's subject, not with a name
 * last read in that sentence's object or a phrase inside it (the subject is the more salient
 * antecedent: Lappin and Leass 1994), and so does one credited with a quotation that opens the
 * sentence ("“…,” she said"), in every kind of quotation mark. A "they" after a body named by a
 * common noun ("The council were …") is not the organisation credited before it. Texts of our
 * own, through the one shared pipeline.
 */
@Tag("models")
class PronounContinuesSubjectTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2021-03-02"));
  }

  @Test
  void pronounAfterAPossessiveNameMeansTheSubject() {
    ArticleFacts f = run("Mr Anderson, who ran a publishing firm for years, had taken the witness "
        + "box during Hartley's trial.\n\nHe told the jury his daughter had been \"days away\" "
        + "from her first job.");
    assertThat(speakerEntityName(f, quoteStarting(f, "days away"))).isEqualTo("Anderson");
  }

  @Test
  void pronounAfterANameInAnAppositionMeansTheSubject() {
    ArticleFacts f = run("Senator Paul Hadley toured the new plant on Monday with its owner, Eric "
        + "Stone.\n\nHe said the plant was \"a lifeline for this town.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "a lifeline"))).isEqualTo(
        "Paul Hadley");
  }

  @Test
  void subjectThePronounCannotMeanIsPassedOver() {
    ArticleFacts f = run("Maria Ortiz listened as Governor Tom Reyes spoke to the crowd.\n\n"
        + "He said the bridge would be \"open by the spring.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "open by"))).isEqualTo("Tom Reyes");
  }

  @Test
  void subjectThatIsNoPersonLeavesTheNearestName() {
    ArticleFacts f = run("The court heard from James Wilson, a detective, on Tuesday.\n\n"
        + "He said the car was \"never reported stolen.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "never reported"))).isEqualTo(
        "James Wilson");
  }

  @Test
  void subjectAfterAJoiningWordIsStillTheSubject() {
    ArticleFacts f = run("But Kenneth Moss, an analyst with a Boston firm, finds the offer too "
        + "low for the shareholders of Paul Redwood's company. \"How many shares will be left in "
        + "1995?\" he asked.");
    assertThat(speakerEntityName(f, quoteStarting(f, "How many"))).isEqualTo("Kenneth Moss");
  }

  @Test
  void pronounAfterAQuotationOpeningTheSentenceMeansTheSubjectBefore() {
    String text = "Rosa Delgado told Marta Quiroga that the clinic would stay open.\n\n"
        + "%sWe will not let the town down,%s she said.";
    for (String[] marks : new String[][] {{"“", "”"}, {"‘", "’"}, {"``", "''"}, {"\"", "\""}}) {
      ArticleFacts f = run(text.formatted(marks[0], marks[1]));
      assertThat(speakerEntityName(f, quoteStarting(f, "We will not")))
          .as(marks[0]).isEqualTo("Rosa Delgado");
    }
  }

  @Test
  void pronounAfterADescribedSubjectMeansThePersonDescribed() {
    ArticleFacts f = run("Prince Harry and his wife, Meghan, the Duchess of Sussex, spoke to Oprah "
        + "Winfrey. The duchess told Winfrey that she had felt trapped. \"I did not want to go "
        + "on,\" she said.\n\nSen. Paul Hadley spoke in Iowa on Monday, while Tom Reyes held a "
        + "rally in Ohio. The senator told supporters in Ames that the race was close. \"We can "
        + "win this,\" he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I did not"))).isEqualTo("Meghan");
    assertThat(speakerEntityName(f, quoteStarting(f, "We can win"))).isEqualTo("Paul Hadley");
  }

  @Test
  void describedSubjectHoldsWithAnAdverbBeforeItsVerb() {
    ArticleFacts f = run("Meghan, the Duchess of Sussex, spoke to Oprah Winfrey on Sunday.\n\n"
        + "The duchess also revealed that she had called a friend of Harry's mother, Princess "
        + "Diana, for help. \"I didn't know who to turn to,\" she told Winfrey.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I didn't"))).isEqualTo("Meghan");
  }

  @Test
  void subjectNamedAfterAnAgeOrAdjectiveIsStillTheSubject() {
    ArticleFacts f = run("The 24-year-old Moreau, who beat Ivan Petrov in the first round, stayed "
        + "calm in the tie break against Petrov.\n\n\"I am pleased because I fought really well,"
        + "\" he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I am pleased"))).isEqualTo("Moreau");
  }

  @Test
  void nameBeforeTheNounOfARoleIsNotTheSubject() {
    ArticleFacts f = run("Ortega spoke at the rally on Friday.\n\nOrtega adviser Luis Camacho "
        + "defended the plan at a news conference. \"The numbers add up,\" he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The numbers"))).isEqualTo("Luis Camacho");
  }

  @Test
  void theNameARoleIntroducesIsTheSubjectAPronounContinues() {
    ArticleFacts f = run("Ortega spoke at the rally on Friday.\n\nOrtega adviser Luis Camacho "
        + "met Governor Pablo Ruiz on Saturday.\n\n\"The numbers add up,\" he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "The numbers"))).isEqualTo("Luis Camacho");
  }

  @Test
  void theyAfterABodyNamedByACommonNounLeavesTheOrganisationBefore() {
    ArticleFacts f = run("Club news\n\nHarlow Rovers have confirmed the signing. They said: \"We "
        + "are delighted.\"\n\nThe council were criticised last year. They said: \"We will "
        + "review the decision.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are delighted"))).isEqualTo(
        "Harlow Rovers");
    assertThat(quoteStarting(f, "We will review").speaker().entityId()).isNull();
  }

  @Test
  void theyStillMeansTheOrganisationJustCredited() {
    ArticleFacts f = run("Results\n\n\"Sales were strong,\" Acme Corp. said on Monday. They "
        + "said: \"We will hire more staff.\"");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will hire"))).isEqualTo("Acme Corp.");
  }
}
