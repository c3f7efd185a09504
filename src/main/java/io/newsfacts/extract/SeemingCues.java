package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The writer's own hedge: "Sanders appears to have a slight lead", "the race seemed to tighten",
 * "it appears that the count was wrong". The PolNeAR guidelines count such an impression as an
 * attribution whose source is left implicit (the writer, or whoever gave the impression), so the
 * relation has no source; the content is the whole clause, subject included, as they mark it
 * ("it seems that" gives the "that"-clause). Only with an infinitive or a "that"-clause: "she
 * appeared on television" and "he seemed tired" state no impression of a claim.
 */
final class SeemingCues {

  private static final Set<String> VERBS = Set.of("seem", "appear");

  private SeemingCues() {}

  /** "seem" or "appear" followed by "to" or "that": worth a parse. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (token.lemma() == null || token.tag() == null || !token.tag().startsWith("VB")
        || !VERBS.contains(token.lemma().toLowerCase(Locale.ROOT)) || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    return next.equals("to") || next.equals("that");
  }

  /**
   * The char span of the impression, or null. Not when a cue verb stands in it ("seemed to
   * suggest that …", "appeared to endorse him", "the senator, who said …, appears to …"): that
   * verb's relation names its source, which says more than a hedge without one, and would be
   * dropped as nested inside the hedge.
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    if (verb.lemma() == null || !VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    IndexedWord subject = null;
    IndexedWord infinitive = null;
    IndexedWord clause = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.equals("nsubj") && dependent.index() < verb.index()) {
        subject = dependent;
      } else if (relation.equals("xcomp") && dependent.index() > verb.index()
          && IntentionCues.isInfinitive(tree, dependent)) {
        infinitive = dependent;
      } else if (relation.equals("ccomp") && dependent.index() > verb.index()
          && "that".equalsIgnoreCase(Subtrees.firstWord(tree, dependent).word())) {
        clause = dependent;
      }
    }
    if (infinitive != null && subject != null) {
      return holdsCue(tree, subject) || holdsCue(tree, infinitive) ? null
          : new int[] {Subtrees.span(tree, subject)[0], Subtrees.span(tree, infinitive)[1]};
    }
    return clause == null || holdsCue(tree, clause) ? null : ContentExtent.clause(tree, clause);
  }

  private static boolean holdsCue(SemanticGraph tree, IndexedWord head) {
    if (isCue(head)) {
      return true;
    }
    for (IndexedWord w : tree.descendants(head)) {
      if (isCue(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(IndexedWord verb) {
    return AttributionCues.isCue(verb.lemma(), verb.tag())
        || IntentionCues.isCue(verb.lemma(), verb.tag())
        || TopicCues.isCue(verb.lemma(), verb.tag())
        || NamingCues.isCue(verb.lemma(), verb.tag());
  }
}
