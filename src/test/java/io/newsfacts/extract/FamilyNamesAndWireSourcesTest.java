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
 * Conventions of round 32 (docs/quotes.md): an obituary or a feature names relatives who share a
 * surname and tells them apart by "Mr." and "Ms."; "the spokesperson" takes up the spokesperson
 * described before; American wire copy sets a legislator's party and state after the name; and a
 * dateline names no source. Texts of our own, through the one shared pipeline.
 */
@Tag("models")
class FamilyNamesAndWireSourcesTest {

  private static ArticleFacts run(String text) {
    return SharedPipeline.get().process(Articles.of(text, "2024-03-14"));
  }

  private static final String OBITUARY = "Margaret Ellison, who designed three bridges in the "
      + "Pacific Northwest, died on Tuesday at her home in Tacoma. She was 91.\n\n"
      + "Her death was confirmed by her son, David Ellison.\n\n"
      + "%sShe never accepted that a thing could not be built,%s he said.\n\n"
      + "In a 1994 interview, Ms. Ellison said: %sI was lucky. I had a boss who didn't care who "
      + "did the math.%s";

  @Test
  void courtesyTitleTellsRelativesWithOneSurnameApart() {
    ArticleFacts f = run(OBITUARY.formatted("“", "”", "“", "”"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I was lucky"))).isEqualTo("Margaret Ellison");
    assertThat(speakerEntityName(f, quoteStarting(f, "She never"))).isEqualTo("David Ellison");
  }

  @Test
  void courtesyTitleTellsRelativesApartInSingleMarks() {
    ArticleFacts f = run(OBITUARY.formatted("‘", "’", "‘", "’").replace("Ms.", "Ms"));
    assertThat(speakerEntityName(f, quoteStarting(f, "I was lucky"))).isEqualTo("Margaret Ellison");
  }

  @Test
  void theSpokespersonSpeaksForWhomTheOneDescribedBeforeSpokeFor() {
    ArticleFacts f = run("The agency said it had secured its systems.\n\nA spokesperson for the "
        + "Air Line Pilots Association, which represents 77,000 pilots, said the union was "
        + "\"deeply concerned.\"\n\n\"Our members deserve answers,\" the spokesperson said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "Our members")))
        .isEqualTo("Air Line Pilots Association");
  }

  @Test
  void partyAndStateAfterALegislatorsNameIsNoSpeaker() {
    ArticleFacts f = run("WASHINGTON (AP) _ Senate Minority Leader Bob Dole, R-Kan., said the "
        + "president's plan was ``dead on arrival.''\n\nSen. Chuck Grassley, R-Iowa, said: "
        + "``We will read it first.''");
    assertThat(speakerEntityName(f, quoteStarting(f, "dead on arrival"))).isEqualTo("Bob Dole");
    assertThat(speakerEntityName(f, quoteStarting(f, "We will read"))).isEqualTo("Chuck Grassley");
  }

  @Test
  void datelineIsNoPartOfAReportedSource() {
    ArticleFacts f = run("WELLINGTON, June 3 (Reuters) - New Zealand Finance Minister Nicola "
        + "Willis on Monday defended her first budget against criticism from economists.");
    assertThat(f.attributions()).singleElement()
        .satisfies(a -> assertThat(a.source().text())
            .isEqualTo("New Zealand Finance Minister Nicola Willis"));
  }

  @Test
  void pronounAfterAnUnnamedMotherIsNotThePersonNamedBefore() {
    ArticleFacts f = run("Detective Chief Inspector Fiona Rhodes said: ‘Our thoughts are with the "
        + "boy's family.’\n\nThe victim's mother paid tribute to her son in a statement. ‘He was "
        + "the kindest boy you could ever meet,’ she said.");
    assertThat(quoteStarting(f, "He was the kindest").speaker().text()).isEqualTo("she");
    assertThat(quoteStarting(f, "He was the kindest").speaker().entityId()).isNull();
  }

  @Test
  void pronounAfterARelativeWhoIsNamedIsThatRelative() {
    ArticleFacts f = run("Detective Chief Inspector Fiona Rhodes said: ‘Our thoughts are with the "
        + "boy's family.’\n\nHis mother, Karen Lowe, paid tribute to her son. ‘He was the "
        + "kindest boy you could ever meet,’ she said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "He was the kindest"))).isEqualTo("Karen Lowe");
  }

  @Test
  void pronounAfterAWomanWhoIsOnlyTalkedAboutStaysWithTheSpeaker() {
    ArticleFacts f = run("Detective Ana Ruiz said officers arrived at 9 p.m.\n\nA woman was found "
        + "dead inside. “We are treating it as suspicious,” she said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We are treating"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void pronounAfterADescriptionOfTheNamedPersonStaysWithThem() {
    ArticleFacts f = run("Donald Trump told supporters on Saturday that running for president is "
        + "tough.\n\nThe billionaire businessman spoke for 40 minutes. “It is beautiful, too,” "
        + "he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "It is beautiful"))).isEqualTo("Donald Trump");
  }

  @Test
  void theDemocratIsThePersonSoDescribedNotTheParty() {
    ArticleFacts f = run("PITTSBURGH — Democrat John Fetterman and Republican Mehmet Oz traded "
        + "sharp words on Tuesday.\n\n“He has spent his whole life in New Jersey,” the Democrat "
        + "told a rally.\n\nOz dismissed the attack. “My opponent would rather talk about my "
        + "house,” the Republican said at a diner.");
    assertThat(speakerEntityName(f, quoteStarting(f, "He has spent"))).isEqualTo("John Fetterman");
    assertThat(speakerEntityName(f, quoteStarting(f, "My opponent"))).isEqualTo("Mehmet Oz");
  }

  @Test
  void bodyWhoseNameNerCallsMiscKeepsItsEntity() {
    ArticleFacts f = run("The veterans' group asked the campaign to stop using its emblem.\n\n"
        + "“We do not endorse candidates,” the American Legion said in a letter on Monday.");
    assertThat(speakerEntityName(f, quoteStarting(f, "We do not"))).isEqualTo("American Legion");
  }

  @Test
  void personCalledByFirstNameAloneIsNoAntecedentForTheOtherGender() {
    ArticleFacts f = run("Harry and Meghan spoke to Oprah Winfrey for two hours.\n\n"
        + "Meghan described the pressure of royal life. Harry said he could not have left the "
        + "family had he not met Meghan. “I was trapped, but I didn't know I was trapped,” he "
        + "said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "I was trapped"))).isEqualTo("Harry");
  }

  @Test
  void pronounTheArticleUsesForAPersonGivesTheirGender() {
    ArticleFacts f = run("Mr. Ross, who chairs the committee, asked the questions.\n\nOkafor told "
        + "reporters on Monday that she would not apologise. “It was a fair question,” he said.");
    assertThat(speakerEntityName(f, quoteStarting(f, "It was a fair"))).isEqualTo("Ross");
  }
}
