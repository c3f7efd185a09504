package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The participle mend on hand-built trees in the shape CoreNLP's parser gives them (read from its
 * output on these sentences), without loading a model.
 */
class ReportingParticipleRepairTest {

  @Test
  void aParticipleOfSayingTakenForAMarkerGovernsTheClauseItReports() {
    // Smith denied the charge, adding he had done nothing wrong.
    SemanticGraph tree = tree("Smith/NNP denied/VBD the/DT charge/NN ,/, adding/VBG he/PRP "
        + "had/VBD done/VBN", 2, "nsubj 2 1", "det 4 3", "obj 2 4", "punct 2 5", "mark 9 6",
        "nsubj 9 7", "aux 9 8", "advcl 2 9");
    ReportingParticipleRepair.apply(tree);
    assertThat(edges(tree)).contains("advcl(denied, adding)", "ccomp(adding, done)")
        .doesNotContain("mark(done, adding)", "advcl(denied, done)");
  }

  @Test
  void theParticipleHangsAsAnAdverbialClauseWhereverTheParserHungItsClause() {
    // Clinton went on offense, saying he would abdicate.  (the parser: ccomp(went, abdicate))
    SemanticGraph tree = tree("Clinton/NNP went/VBD on/IN offense/NN ,/, saying/VBG he/PRP "
        + "would/MD abdicate/VB", 2, "nsubj 2 1", "case 4 3", "obl 2 4", "punct 2 5",
        "mark 9 6", "nsubj 9 7", "aux 9 8", "ccomp 2 9");
    ReportingParticipleRepair.apply(tree);
    assertThat(edges(tree)).contains("advcl(went, saying)", "ccomp(saying, abdicate)")
        .doesNotContain("ccomp(went, saying)", "ccomp(went, abdicate)");
  }

  @Test
  void theMarkerBeforeAsSayingMovesToTheParticiple() {
    // Xinhua quoted an official as saying the talks had stalled.
    SemanticGraph tree = tree("Xinhua/NNP quoted/VBD an/DT official/NN as/IN saying/VBG the/DT "
        + "talks/NNS had/VBD stalled/VBN", 2, "nsubj 2 1", "det 4 3", "obj 2 4", "mark 10 5",
        "mark 10 6", "det 8 7", "nsubj 10 8", "aux 10 9", "advcl 2 10");
    ReportingParticipleRepair.apply(tree);
    assertThat(edges(tree)).contains("advcl(quoted, saying)", "mark(saying, as)",
        "ccomp(saying, stalled)").doesNotContain("mark(stalled, as)");
  }

  @Test
  void aParticipleThatReallySubordinatesIsLeftAlone() {
    // Considering the talks had failed, the envoy went home.
    SemanticGraph tree = tree("Considering/VBG the/DT talks/NNS had/VBD failed/VBN ,/, the/DT "
        + "envoy/NN went/VBD", 9, "mark 5 1", "det 3 2", "nsubj 5 3", "aux 5 4", "advcl 9 5",
        "punct 9 6", "det 8 7", "nsubj 9 8");
    List<String> before = edges(tree);
    ReportingParticipleRepair.apply(tree);
    assertThat(edges(tree)).isEqualTo(before);
  }

  @Test
  void aMarkerBeforeAClauseWithoutASubjectIsLeftAlone() {
    // He left, saying nothing more. (no clause of its own to report: not this misreading)
    SemanticGraph tree = tree("He/PRP left/VBD ,/, saying/VBG nothing/NN more/JJR", 2,
        "nsubj 2 1", "punct 2 3", "mark 5 4", "amod 5 6", "advcl 2 5");
    List<String> before = edges(tree);
    ReportingParticipleRepair.apply(tree);
    assertThat(edges(tree)).isEqualTo(before);
  }

  /** A tree of tagged words (1-based indexes), its root and "relation governor dependent". */
  private static SemanticGraph tree(String tagged, int root, String... edges) {
    SemanticGraph graph = new SemanticGraph();
    List<IndexedWord> words = new ArrayList<>();
    String[] tokens = tagged.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      int slash = tokens[i].lastIndexOf('/');
      CoreLabel label = new CoreLabel();
      label.setWord(tokens[i].substring(0, slash));
      label.setValue(label.word());
      label.setTag(tokens[i].substring(slash + 1));
      label.setIndex(i + 1);
      label.setSentIndex(0);
      IndexedWord word = new IndexedWord(label);
      words.add(word);
      graph.addVertex(word);
    }
    for (String edge : edges) {
      String[] parts = edge.split(" ");
      graph.addEdge(words.get(Integer.parseInt(parts[1]) - 1),
          words.get(Integer.parseInt(parts[2]) - 1),
          GrammaticalRelation.valueOf(Language.UniversalEnglish, parts[0]), 1.0, false);
    }
    graph.setRoot(words.get(root - 1));
    return graph;
  }

  private static List<String> edges(SemanticGraph tree) {
    List<String> out = new ArrayList<>();
    tree.edgeListSorted().forEach(e -> out.add(e.getRelation() + "(" + e.getGovernor().word()
        + ", " + e.getDependent().word() + ")"));
    return out;
  }
}
