package io.newsfacts.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the cleaning of a chosen block keeps and removes, on blocks written for each case. */
class ContentCleanerTest {

  private static final String OPENING = """
      <div class="intro"><p>The valley's dairy farmers met on Monday evening to decide whether
      they would sell their milk together next year, after the last buyer in the region closed
      its plant, leaving forty farms without a customer.</p>
      <p>Most of them said they would rather share a truck and a cooling tank than drive two hours
      each morning, and a vote on the new cooperative is set for March.</p>
      <p>The regional council has offered a loan for the tank, on condition that at least thirty
      farms sign up for five years, which several of the older farmers think is too long.</p>
      </div>""";

  private static final String TWO_PARAGRAPHS = """
      <p>One farmer, who keeps sixty cows above the village, said the price they could ask
      together would be higher than anything she had been offered alone in ten years.</p>
      <p>Another said he would wait for the vote, since the loan would tie his farm to the
      cooperative for longer than he expects to keep working it himself.</p>""";

  /** Cleans {@code html} as a chosen block in which no candidate scored (score 0). */
  private static Element cleaned(String html) {
    Element content = Jsoup.parse("<div id=\"content\">" + html + "</div>")
        .selectFirst("#content");
    new ContentCleaner(e -> 0.0, true).clean(content);
    return content;
  }

  @Test
  void paragraphsOfTheStoryInABlockNamedAsAMediaObjectStay() {
    Element content = cleaned(OPENING + "<div class=\"media\">" + TWO_PARAGRAPHS + "</div>");
    assertThat(content.text()).contains("sixty cows", "tie his farm");
  }

  @Test
  void paragraphsInABlockNamedAsRelatedStoriesStillGo() {
    Element content = cleaned(OPENING + "<div class=\"related-box\">" + TWO_PARAGRAPHS + "</div>");
    assertThat(content.text()).contains("dairy farmers").doesNotContain("sixty cows");
  }

  @Test
  void aMediaBlockOfShortLinesIsStillChrome() {
    Element content = cleaned(OPENING + "<div class=\"media\"><p>Photo: the valley in March</p>"
        + "<p>Video: the vote, in full</p></div>");
    assertThat(content.text()).contains("dairy farmers").doesNotContain("Photo: the valley");
  }

  @Test
  void paragraphCreditingThePictureGoes() {
    Element content = cleaned(OPENING + "<p>Foto: Lena Hof</p>" + TWO_PARAGRAPHS
        + "<p>Photo credit: Sam Okafor</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("Lena Hof", "Sam Okafor");
  }

  @Test
  void invitationToThePublicationsOwnNewsletterOrChannelGoes() {
    Element content = cleaned(OPENING + TWO_PARAGRAPHS
        + "<p>Don't miss a morning: sign up to our free farming newsletter today!</p>"
        + "<p>¿Ya conoces nuestro canal de WhatsApp? Únete hoy.</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("farming newsletter", "WhatsApp");
  }

  @Test
  void quotedSpeechAboutAnOwnNewsletterStays() {
    Element content = cleaned(OPENING
        + "<p>\"Our newsletter now reaches every farm in the valley,\" the council's clerk said.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("reaches every farm", "sixty cows");
  }

  @Test
  void newsAboutSomeoneElsesAppStays() {
    Element content = cleaned(OPENING
        + "<p>Farmers who join the co-operative's app can sell milk to shops directly.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("co-operative's app", "sixty cows");
  }

  @Test
  void callToSubscribeOpeningASentenceGoes() {
    Element content = cleaned(OPENING + TWO_PARAGRAPHS
        + "<p>Enjoyed this story? Subscribe to the newsletter for more.</p>");
    assertThat(content.text()).contains("sixty cows").doesNotContain("Subscribe to the newsletter");
  }

  @Test
  void offerOfTheLatestNewsThroughTheSitesAppOrNewsletterGoes() {
    Element content = cleaned(OPENING + TWO_PARAGRAPHS
        + "<p>Get the latest farm news on your phone with the Valley Post app.</p>"
        + "<p>For the latest headlines every morning, try the Valley Post newsletter.</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("Valley Post app", "Valley Post newsletter");
  }

  @Test
  void sentenceAboutAnAppBringingTheLatestNewsStays() {
    Element content = cleaned(OPENING
        + "<p>The latest milk prices now reach every farm through the co-operative's app.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("latest milk prices", "sixty cows");
  }

  @Test
  void appealToTheReaderToPayForOrJoinThePublicationGoes() {
    Element content = cleaned(OPENING + TWO_PARAGRAPHS
        + "<p>Liked this report? Please consider supporting our journalism with a small gift.</p>"
        + "<p>Seit 1950 berichten wir aus dem Tal. Werde Mitglied und lies alles zuerst!</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("small gift", "Werde Mitglied");
  }

  @Test
  void sentencesAboutMembershipOrSupportForThePressStay() {
    Element content = cleaned(OPENING
        + "<p>The baker hopes to become a member of the council after the vote in May.</p>"
        + "<p>El alcalde apoya el trabajo de los bomberos del valle.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("become a member", "apoya el trabajo", "sixty cows");
  }

  @Test
  void sourceLineCreditingAnAgencyOrAReportGoes() {
    Element content = cleaned(OPENING + TWO_PARAGRAPHS
        + "<p>Quelle: Landwirtschaftskammer, 3. März</p><p>Source: Valley Farmers' Union</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("Landwirtschaftskammer", "Farmers' Union");
  }

  @Test
  void sentenceOpeningWithSourcesStays() {
    Element content = cleaned(OPENING + "<p>Sources close to the council: the loan is safe.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("Sources close to the council", "sixty cows");
  }

  @Test
  void numberedFigureCaptionSetAsAParagraphGoes() {
    Element content = cleaned(OPENING + "<p><em>Abbildung 2: Der neue Kühltank im Hof</em></p>"
        + TWO_PARAGRAPHS + "<p>Fig. 3: Milk collected per farm, 2010 to 2020</p>");
    assertThat(content.text()).contains("dairy farmers", "sixty cows")
        .doesNotContain("Kühltank", "Milk collected");
  }

  @Test
  void sentenceReferringToAFigureStays() {
    Element content = cleaned(OPENING
        + "<p>Figure 3 in the council's report shows milk prices falling for six years.</p>"
        + TWO_PARAGRAPHS);
    assertThat(content.text()).contains("milk prices falling", "sixty cows");
  }
}
