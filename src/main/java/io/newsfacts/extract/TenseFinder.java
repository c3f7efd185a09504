package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The tense of the clause a phrase sits in, read off the verb that governs it. */
final class TenseFinder {

  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "wo", "shall");
  /** Words that put an infinitive after them in the future: "is due to visit", "plans to sell". */
  private static final Set<String> FUTURE_FRAMES = Set.of("due", "set", "expected", "scheduled",
      "slated", "poised", "going", "plan", "intend", "aim", "about");
  private static final int MAX_HOPS = 6;

  private TenseFinder() {}

  static Tense of(SemanticGraph tree, List<CoreLabel> phrase) {
    if (tree == null || phrase.isEmpty()) {
      return Tense.PRESENT;
    }
    IndexedWord word = tree.getNodeByIndexSafe(phrase.get(0).index());
    for (int hop = 0; word != null && hop < MAX_HOPS; hop++) {
      if (word.tag() != null && word.tag().startsWith("VB") && !isInPhrase(word, phrase)) {
        return isPlannedInfinitive(tree, word) ? Tense.FUTURE : tenseOfVerb(tree, word);
      }
      word = tree.getParent(word);
    }
    return Tense.PRESENT;
  }

  private static Tense tenseOfVerb(SemanticGraph tree, IndexedWord verb) {
    boolean past = verb.tag().equals("VBD");
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (!relation.startsWith("aux")) {
        continue;
      }
      IndexedWord aux = edge.getDependent();
      String auxWord = aux.word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUXILIARIES.contains(auxWord)) {
        return Tense.FUTURE;
      }
      // "has risen", "had said", "was held", "did not": all speak of the past
      past |= "VBD".equals(aux.tag()) || auxWord.equals("has") || auxWord.equals("have");
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }

  private static boolean isPlannedInfinitive(SemanticGraph tree, IndexedWord verb) {
    IndexedWord frame = tree.getParent(verb);
    boolean infinitive = "VB".equals(verb.tag()) && tree.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("to"));
    return infinitive && frame != null && frame.lemma() != null
        && FUTURE_FRAMES.contains(frame.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isInPhrase(IndexedWord word, List<CoreLabel> phrase) {
    return word.index() >= phrase.get(0).index()
        && word.index() <= phrase.get(phrase.size() - 1).index();
  }
}
