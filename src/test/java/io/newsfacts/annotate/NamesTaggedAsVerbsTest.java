package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTaggedAsVerbsTest {

  private static CoreLabel token(String word, String tag, String lemma, String ner) {
    CoreLabel t = new CoreLabel();
    t.setWord(word);
    t.setTag(tag);
    t.setLemma(lemma);
    t.setNER(ner);
    return t;
  }

  @Test
  void aSurnameTaggedAsAVerbBecomesAProperNoun() {
    CoreLabel shook = token("Shook", "VBD", "shake", "PERSON");
    CoreLabel will = token("Will", "MD", "will", "PERSON");
    NamesTaggedAsVerbs.retag(List.of(shook, token("said", "VBD", "say", "O"), will,
        token("came", "VBD", "come", "O"), token("home", "NN", "home", "O")));
    assertThat(shook.tag()).isEqualTo("NNP");
    assertThat(shook.lemma()).isEqualTo("Shook");
    assertThat(will.tag()).isEqualTo("NNP");
  }

  @Test
  void aHeadlinesTitleCaseIsLeftAsTagged() {
    CoreLabel says = token("Says", "VBZ", "say", "PERSON");
    NamesTaggedAsVerbs.retag(List.of(token("Energy", "NNP", "Energy", "O"), token(",", ",", ",",
        "O"), token("after", "IN", "after", "O"), token("Lindsey", "NNP", "Lindsey", "PERSON"),
        says));
    assertThat(says.tag()).isEqualTo("VBZ");
  }

  @Test
  void verbsOutsideANameAndNamesTaggedAsNounsStay() {
    CoreLabel said = token("said", "VBD", "say", "O");
    CoreLabel smith = token("Smith", "NNP", "Smith", "PERSON");
    CoreLabel praises = token("Praises", "VBZ", "praise", "ORGANIZATION");
    NamesTaggedAsVerbs.retag(List.of(said, smith, praises, token("today", "NN", "today", "O")));
    assertThat(said.tag()).isEqualTo("VBD");
    assertThat(smith.tag()).isEqualTo("NNP");
    assertThat(praises.tag()).isEqualTo("VBZ");
  }

  @Test
  void aGerundInsideAnOrganisationsNameBecomesAProperNoun() {
    CoreLabel levelling = token("Levelling", "VBG", "level", "ORGANIZATION");
    NamesTaggedAsVerbs.retag(List.of(token("a", "DT", "a", "O"),
        token("spokesperson", "NN", "spokesperson", "O"), token("for", "IN", "for", "O"),
        token("the", "DT", "the", "O"), token("Department", "NNP", "Department", "ORGANIZATION"),
        token("for", "IN", "for", "ORGANIZATION"), levelling,
        token("Up", "RP", "up", "ORGANIZATION"), token("said", "VBD", "say", "O")));
    assertThat(levelling.tag()).isEqualTo("NNP");
  }

  @Test
  void aGerundOpeningTheSentenceStaysThoughNerTookItIntoAName() {
    CoreLabel addressing = token("Addressing", "VBG", "address", "ORGANIZATION");
    NamesTaggedAsVerbs.retag(List.of(addressing, token("New", "NNP", "New", "ORGANIZATION"),
        token("York", "NNP", "York", "ORGANIZATION"), token("Republicans", "NNPS", "Republicans",
            "ORGANIZATION"), token(",", ",", ",", "O"), token("Trump", "NNP", "Trump", "PERSON"),
        token("said", "VBD", "say", "O")));
    assertThat(addressing.tag()).isEqualTo("VBG");
  }

  @Test
  void aVerbAnOrganisationsNameEndsOnStays() {
    CoreLabel trading = token("Trading", "VBG", "trade", "ORGANIZATION");
    NamesTaggedAsVerbs.retag(List.of(token("the", "DT", "the", "O"),
        token("Acme", "NNP", "Acme", "ORGANIZATION"), trading, token("rose", "VBD", "rise", "O"),
        token("sharply", "RB", "sharply", "O")));
    assertThat(trading.tag()).isEqualTo("VBG");
  }
}
