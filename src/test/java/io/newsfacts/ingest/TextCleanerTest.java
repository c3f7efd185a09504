package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final TextCleaner cleaner = new TextCleaner();

  private String body(String raw) {
    return cleaner.clean(raw).body();
  }

  @Test
  void stripsBomAndNbsp() {
    assertEquals("A b c.", body("\uFEFFA\u00A0b\u202Fc."));
  }

  @Test
  void normalisesExoticSpacesAndRemovesZeroWidthSpaces() {
    assertEquals("a b c d e f g.",
        body("a\u2009b\u2007c\u2003d\u2002e\u3000f\tg\u200B\u2060."));
  }

  @Test
  void keepsZeroWidthJoinersThatMakeOneEmojiOrShapeAWord() {
    String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    assertEquals("The " + family + " family and " + persian + ".",
        body("The " + family + " family and " + persian + "."));
  }

  @Test
  void collapsesSpacesAndTrimsLines() {
    assertEquals("One two.\nThree four.", body("   One    two.  \n\t Three  four.   "));
  }

  @Test
  void convertsCrlfAndCrToLf() {
    assertEquals("One.\nTwo.\n\nThree.", body("One.\r\nTwo.\r\rThree."));
  }

  @Test
  void joinsParagraphsWithExactlyOneBlankLine() {
    assertEquals("One.\n\nTwo.\n\nThree.", body("\n\nOne.\n\n\n\n  \nTwo.\n \t\nThree.\n\n"));
  }

  @Test
  void keepsCurlyQuotesAndApostrophes() {
    String text = "He said “it’s ‘fine’” and \"ok\".";
    assertEquals(text, body(text));
  }

  @Test
  void isDeterministic() {
    String raw = "Menu\u00A0Bar\n\nHeadline Here\n\nSome text. More text.\nHeading\nRunning text here.";
    assertEquals(cleaner.clean(raw), cleaner.clean(raw));
  }

  @Test
  void splitsHeadingFromFollowingLine() {
    assertEquals("First paragraph.\n\nNorth Korea missile\n\nA missile was fired in 2021. Photo: AFP",
        body("First paragraph.\n\nNorth Korea missile\nA missile was fired in 2021. Photo: AFP"));
  }

  @Test
  void splitsHeadingInsideParagraph() {
    assertEquals("Intro.\n\nNew Section\n\nThe story goes on.",
        body("Intro.\nNew Section\nThe story goes on."));
  }

  @Test
  void headlineGluedToFirstParagraphBecomesTitle() {
    CleanText clean = cleaner.clean("Storm Hits Coast\nThe storm arrived on Monday.");
    assertEquals("Storm Hits Coast", clean.title());
    assertEquals("The storm arrived on Monday.", clean.body());
  }

  @Test
  void splitsCaptionCreditFromFollowingSentence() {
    // Sentence splitting breaks only at blank lines: "Photo: AFP The official said" would be one.
    assertEquals("Lead.\n\nA missile in 2021. Photo: AFP\n\nThe official said so.",
        body("Lead.\n\nA missile in 2021. Photo: AFP\nThe official said so."));
  }

  @Test
  void doesNotSplitHardWrappedSentence() {
    String wrapped = "First.\n\nThe United States and Japan said on\nSaturday that they would act.";
    assertEquals(wrapped, body(wrapped));
    String lowerNext = "First.\n\nThe three countries said in a statement\nfollowing a meeting.";
    assertEquals(lowerNext, body(lowerNext));
  }

  @Test
  void doesNotSplitTwoHeadingLikeLines() {
    String address = "First.\n\nJohn Smith\nLondon Office";
    assertEquals(address, body(address));
  }

  @Test
  void dropsGluedMenuRun() {
    assertEquals("Real text here.", body("AirAmericasAsia Pacific\n\nReal text here."));
    assertEquals("Real text here.", body("NewsSportWeather\nReal text here."));
  }

  @Test
  void keepsSingleCaseChangeBrandNames() {
    String text = "Apple iPhone sales\n\nMcDonald said YouTube grew.";
    assertEquals("Apple iPhone sales", cleaner.clean(text).title());
    assertEquals("McDonald said YouTube grew.", body(text));
  }

  @Test
  void dropsSeparatedMenuLine() {
    assertEquals("Text.", body("World | Business | Tech | Sport\n\nText."));
    assertEquals("Text.", body("News • Video • Opinion • Markets • More\nText."));
    assertEquals("Text.", body("Home › World › Asia\n\nText."));
  }

  @Test
  void keepsShortSeparatedLists() {
    assertEquals("Text.\n\nTokyo | Seoul", body("Text.\n\nTokyo | Seoul"));
  }

  @Test
  void dropsSiteChromePhrases() {
    String raw = String.join("\n\n", "Skip to content", "Text one.", "Related Articles", "Related",
        "Read more", "READ MORE »", "Back to top", "Back to top button", "Advertisement", "Share",
        "Share this article", "Share on Facebook", "Share on Twitter", "Subscribe",
        "Sign up for our daily newsletter", "Click here to read the full report",
        "Follow us on Twitter", "© 2023 Example Media. All rights reserved.",
        "Copyright © Example Media", "We use cookies to improve your experience.",
        "Accept cookies", "Text two.");
    assertEquals("Text one.\n\nText two.", body(raw));
  }

  @Test
  void keepsRunningTextMentioningChromeWords() {
    String text = "Lawmakers said sites must let users refuse cookies before tracking them.\n\n"
        + "Investors will share the costs, he said.\n\n"
        + "Click the button, the manual says, and related files appear.";
    assertEquals(text, body(text));
  }

  @Test
  void keepsPhotoCaptionCredit() {
    String text = "Lead paragraph.\n\nA missile was test-fired in 2021. Photo: AFP\n\n"
        + "Soldiers on parade. © Reuters";
    assertEquals(text, body(text));
  }

  @Test
  void keepsQuotedHeading() {
    String text = "Lead paragraph.\n\n‘Grave Danger’\n\nSeoul slammed the launch.";
    assertEquals(text, body(text));
  }

  @Test
  void takesLeadingHeadlineAsTitle() {
    CleanText clean = cleaner.clean("Big Storm Hits Coast\n\nThe storm arrived on Monday.");
    assertEquals("Big Storm Hits Coast", clean.title());
    assertEquals("The storm arrived on Monday.", clean.body());
  }

  @Test
  void titleMayEndWithQuestionMark() {
    assertEquals("Is the Storm Over?", cleaner.clean("Is the Storm Over?\n\nNot yet.").title());
  }

  @Test
  void sentenceOrLeadInIsNotTitle() {
    CleanText sentence = cleaner.clean("The storm arrived.\n\nIt rained.");
    assertNull(sentence.title());
    assertEquals("The storm arrived.\n\nIt rained.", sentence.body());
    assertNull(cleaner.clean("He listed three reasons:\n\nCost.").title());
    assertNull(cleaner.clean("Big Storm Hits\nThe Coast Again\n\nIt rained.").title());
  }

  @Test
  void longFirstParagraphIsNotTitle() {
    String longLine = "word ".repeat(26).strip();
    assertNull(cleaner.clean(longLine + "\n\nNext.").title());
  }

  @Test
  void singleParagraphStaysBody() {
    CleanText clean = cleaner.clean("Only A Headline");
    assertNull(clean.title());
    assertEquals("Only A Headline", clean.body());
  }

  @Test
  void metadataTitleWinsAndRepeatedTitleIsRemoved() {
    CleanText clean = cleaner.clean("big  storm hits COAST.\n\nThe storm arrived.",
        "Big Storm Hits Coast.");
    assertEquals("Big Storm Hits Coast.", clean.title());
    assertEquals("The storm arrived.", clean.body());
  }

  @Test
  void metadataTitleWinsOverHeadlineInText() {
    CleanText clean = cleaner.clean("Storm Hits Coast\n\nThe storm arrived.", "Storm | Site");
    assertEquals("Storm | Site", clean.title());
    assertEquals("The storm arrived.", clean.body());
  }

  @Test
  void metadataTitleKeepsDifferentFirstSentence() {
    CleanText clean = cleaner.clean("The storm arrived.\n\nIt rained.", "Storm");
    assertEquals("Storm", clean.title());
    assertEquals("The storm arrived.\n\nIt rained.", clean.body());
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    assertTrue(body(" \n\u00A0\u200B\n\t ").isEmpty());
  }

  @Test
  void boilerplateRulesNeedWholeShortLines() {
    assertFalse(Boilerplate.isBoilerplate("Share prices fell sharply on Monday."));
    assertFalse(Boilerplate.isBoilerplate("Related parties were named in the filing."));
    assertTrue(Boilerplate.isBoilerplate("Share:"));
  }

  @Test
  void labelMarkingAnAdvertisementIsChromeInOtherLanguagesToo() {
    assertTrue(Boilerplate.isBoilerplate("- Anzeige -"));
    assertTrue(Boilerplate.isBoilerplate("ANZEIGE - Heute schon an morgen gedacht?"));
    assertTrue(Boilerplate.isBoilerplate("Publicidad"));
  }

  @Test
  void sentencesOpeningWithTheWordForAnAdStay() {
    assertFalse(Boilerplate.isBoilerplate("Werbung nervt."));
    assertFalse(Boilerplate.isBoilerplate("Anzeige gegen Unbekannt erstattet"));
  }

  @Test
  void japaneseSentenceWithTwoLatinBrandNamesIsNotAGluedMenu() {
    String line = "東京の会社は新しいiPhoneとMacBookを使った研究を始めました";
    assertFalse(Boilerplate.isBoilerplate(line));
  }

  @Test
  void firstJapaneseSentenceIsNotTakenForTheHeadline() {
    String text = "東京の会社は新しい研究を始めたと発表しました。\n\n研究は来年の春まで続く予定です。";
    assertEquals(text, body(text));
  }

  @Test
  void readAlsoSignpostsInOtherLanguagesAreChrome() {
    for (String line : List.of("Lesen Sie auch:", "À lire aussi", "Le puede interesar",
        "Das könnte Sie auch interessieren!", "Leggi anche")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
    assertFalse(Boilerplate.isBoilerplate("Lesen Sie auch den Bericht über die Wahl in Hessen."));
  }

  @Test
  void readAlsoSignpostWithAFewMoreWordsBeforeItsColonIsChrome() {
    for (String line : List.of("Lesen Sie auch unsere Berichte zur Wahl:",
        "Dieses Thema könnte Sie auch interessieren:", "You might also like these stories:")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void seeAlsoSignpostBeforeALongHeadlineIsChrome() {
    for (String line : List.of(
        "SEE ALSO: How a small coastal town rebuilt its harbour after the worst winter storm in"
            + " fifty years",
        "Puedes ver: ¿Cuánto cuesta el nuevo pasaje del tren entre la capital y los pueblos de la"
            + " sierra este año?")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void taxonomyLineOfSectionsAndTagsIsChrome() {
    for (String line : List.of("Kategorie: Lokales", "Category : Harbour news",
        "Tags: ferries, winter storms, harbour authority", "Filed under: Travel, Coast")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentenceAboutCategoriesStays() {
    assertFalse(Boilerplate.isBoilerplate(
        "The category of the prize was changed: it now goes to a young writer."));
  }

  @Test
  void headingOverTheAuthorsBoxIsChrome() {
    for (String line : List.of("About the author", "Über die Autorin", "Sobre el autor:")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
    assertFalse(Boilerplate.isBoilerplate("About the author of the harbour plan, little is known."));
  }

  @Test
  void labelOverAPressReleasesContactBoxOrFurtherLinksIsChrome() {
    for (String line : List.of("Kontakt:", "Press contact", "Ansprechpartner für die Presse:",
        "Weitere Informationen", "For more information:", "Más información",
        "Weitere Informationen zur Hafensanierung:")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentenceOpeningWithContactOrInformationStays() {
    assertFalse(Boilerplate.isBoilerplate("Contact with the crew was lost at dawn."));
    assertFalse(Boilerplate.isBoilerplate("Weitere Informationen gab die Polizei nicht bekannt."));
    assertFalse(Boilerplate.isBoilerplate("For more information on the plan, the council said:"));
  }

  @Test
  void longerLineEndingInAColonThatMentionsReadingStays() {
    assertFalse(Boilerplate.isBoilerplate(
        "The mayor urged residents to read more of the plan before the vote, adding:"));
    assertFalse(Boilerplate.isBoilerplate("Lesen Sie auch den Bericht über die Wahl in Hessen."));
  }

  @Test
  void paywallNoteAskingToSubscribeForTheStoryIsChrome() {
    for (String line : List.of("To read the full story, please subscribe to the Valley Courier.",
        "Already a subscriber? Log in to read this article.",
        "Subscribe now to our weekend edition for the full story.")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentenceAboutAServicesSubscribersStays() {
    assertFalse(Boilerplate.isBoilerplate(
        "The streaming service added eight million subscribers in the quarter, it said."));
    assertFalse(Boilerplate.isBoilerplate("Subscribers wrote in angrily after this story ran."));
  }

  @Test
  void promptToShareOrRateTheArticleIsChrome() {
    for (String line : List.of("Möchten Sie diesen Beitrag teilen?",
        "Wie bewerten Sie den Artikel?", "Valora esta noticia")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentenceNamingAShareAndAStoryStays() {
    assertFalse(Boilerplate.isBoilerplate(
        "She would not share the story of her escape until her family was safe."));
    assertFalse(Boilerplate.isBoilerplate("Survivors share the story of the flood"));
  }

  @Test
  void signpostWithColonBeforeAnotherStorysHeadlineIsChrome() {
    for (String line : List.of("Vea también: Ferry strike ends after talks",
        "Zum Weiterlesen: Die Fähre fährt wieder", "À lire aussi : La grève est finie")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
    assertFalse(Boilerplate.isBoilerplate("Vea también el informe del puerto, publicado ayer."));
  }
}
