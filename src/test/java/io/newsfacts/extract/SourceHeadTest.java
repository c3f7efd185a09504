package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import org.junit.jupiter.api.Test;

/**
 * Which word the parse gives as a cue verb's subject can be a source (no models: the trees are
 * built by hand as a parser misreads them). A verb, an article or a number in figures alone
 * names nobody, and is passed over as if the verb had no subject.
 */
class SourceHeadTest {

  @Test
  void aVerbGivenAsTheSubjectIsNoSource() {
    // "Asked whether the levy was fair, 60 percent said no" with "Asked" as the subject
    SemanticGraph tree = new SemanticGraph();
    IndexedWord said = word(tree, 5, "said", "VBD");
    tree.setRoot(said);
    edge(tree, said, word(tree, 1, "Asked", "VBN"), "nsubj");
    assertThat(ReportedSpeech.subjectOf(tree, said)).isNull();
  }

  @Test
  void aParticipleWithAVerbAsSubjectTakesItsMainClausesSubject() {
    // "Speaking in the square, Ortiz went after the council, calling it lazy": the parse hangs
    // the opening "Speaking" on "calling" as its subject; the participle is Ortiz's
    SemanticGraph tree = new SemanticGraph();
    IndexedWord went = word(tree, 7, "went", "VBD");
    tree.setRoot(went);
    IndexedWord ortiz = word(tree, 6, "Ortiz", "NNP");
    edge(tree, went, ortiz, "nsubj");
    IndexedWord calling = word(tree, 12, "calling", "VBG");
    edge(tree, went, calling, "advcl");
    edge(tree, calling, word(tree, 1, "Speaking", "VBG"), "nsubj");
    assertThat(ReportedSpeech.subjectOf(tree, calling)).isEqualTo(ortiz);
  }

  @Test
  void aNumberInFiguresAloneIsNoSource() {
    // "the county's 14 pledged seats" with "14" as the subject of "pledged"
    SemanticGraph tree = new SemanticGraph();
    IndexedWord pledged = word(tree, 4, "pledged", "VBD");
    tree.setRoot(pledged);
    edge(tree, pledged, word(tree, 3, "14", "CD"), "nsubj");
    assertThat(ReportedSpeech.subjectOf(tree, pledged)).isNull();
  }

  @Test
  void anArticleLeftWithoutItsNounIsNoSource() {
    SemanticGraph tree = new SemanticGraph();
    IndexedWord suggested = word(tree, 3, "suggested", "VBD");
    tree.setRoot(suggested);
    edge(tree, suggested, word(tree, 1, "the", "DT"), "nsubj");
    assertThat(ReportedSpeech.subjectOf(tree, suggested)).isNull();
  }

  @Test
  void aNumberInWordsOrAQuantifierNamesPeople() {
    // "Two said …", "Most said …": the people counted
    for (String[] subject : new String[][] {{"Two", "CD"}, {"Most", "JJS"}, {"some", "DT"}}) {
      SemanticGraph tree = new SemanticGraph();
      IndexedWord said = word(tree, 2, "said", "VBD");
      tree.setRoot(said);
      IndexedWord head = word(tree, 1, subject[0], subject[1]);
      edge(tree, said, head, "nsubj");
      assertThat(ReportedSpeech.subjectOf(tree, said)).as(subject[0]).isEqualTo(head);
    }
  }

  @Test
  void aNumberInFiguresWithItsPhraseNamesThem() {
    // "20 of the senators said …"
    SemanticGraph tree = new SemanticGraph();
    IndexedWord said = word(tree, 5, "said", "VBD");
    tree.setRoot(said);
    IndexedWord twenty = word(tree, 1, "20", "CD");
    edge(tree, said, twenty, "nsubj");
    edge(tree, twenty, word(tree, 4, "senators", "NNS"), "nmod");
    assertThat(ReportedSpeech.subjectOf(tree, said)).isEqualTo(twenty);
  }

  private static IndexedWord word(SemanticGraph tree, int index, String text, String tag) {
    CoreLabel label = new CoreLabel();
    label.setWord(text);
    label.setValue(text);
    label.setTag(tag);
    label.setIndex(index);
    label.setSentIndex(0);
    label.setBeginPosition(index * 10);
    label.setEndPosition(index * 10 + text.length());
    IndexedWord w = new IndexedWord(label);
    tree.addVertex(w);
    return w;
  }

  private static void edge(SemanticGraph tree, IndexedWord head, IndexedWord dependent,
      String relation) {
    tree.addEdge(head, dependent, GrammaticalRelation.valueOf(Language.UniversalEnglish, relation),
        1.0, false);
  }
}
