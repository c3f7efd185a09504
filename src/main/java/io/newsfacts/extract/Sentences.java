package io.newsfacts.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.annotate.DependenciesOnDemand;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/** Lookups on an annotated document's sentences shared by the extractors. */
final class Sentences {

  private Sentences() {}

  /** The index of the sentence a char offset falls in (the last one for offsets past the end). */
  static int indexAt(List<CoreSentence> sentences, int charOffset) {
    for (int s = 0; s < sentences.size(); s++) {
      if (charOffset < sentences.get(s).charOffsets().second()) {
        return s;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }

  /**
   * The basic dependency tree: a tree, so a word's subtree is its phrase (the enhanced graph that
   * {@link CoreSentence#dependencyParse()} returns can give a word several parents).
   */
  static SemanticGraph basicTree(CoreSentence sentence) {
    return DependenciesOnDemand.basicTree(sentence);
  }
}
