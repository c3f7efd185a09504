package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs of speaking about a topic, which the PolNeAR guidelines count as cues with the topic as
 * content: "Obama talked about the shooting", "she commented on the verdict", "Blackwell pointed to
 * Cruz's organisation", "the senator referred to the 2011 floods", "the panel discussed the
 * budget". Only the preposition that names the topic counts, so "talked to reporters", "spoke at
 * a rally" and "pointed at the door" are none; "discuss" takes its topic as object.
 */
final class TopicCues {

  /** Each verb and the prepositions that introduce what it is about. */
  private static final Map<String, Set<String>> TOPIC_CASES = Map.of(
      "talk", Set.of("about"),
      "speak", Set.of("about"), // "spoke on Tuesday" far outnumbers "spoke on the budget"
      "comment", Set.of("on", "about"),
      "complain", Set.of("about", "of"),
      "ask", Set.of("about"),
      "refer", Set.of("to"),
      "point", Set.of("to"),
      "weigh", Set.of("on"),
      "testify", Set.of("about", "on"),
      "boast", Set.of("about", "of"));
  /** Verbs whose direct object is the topic. */
  private static final Set<String> OBJECT_TOPIC = Set.of("discuss");

  private TopicCues() {}

  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return TOPIC_CASES.containsKey(l) || OBJECT_TOPIC.contains(l);
  }

  /**
   * Worth a parse: "discuss", or a topic verb with one of its prepositions within three words
   * ("talked at length about", "weighed in on"); "talked to reporters" alone is not.
   */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (!isCue(token.lemma(), token.tag())) {
      return false;
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (OBJECT_TOPIC.contains(lemma)) {
      return true;
    }
    Set<String> cases = TOPIC_CASES.get(lemma);
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      if (cases.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The topic's char span (the phrase after the preposition, or the object of "discuss"), null
   * when the verb has none or is passive ("the issue was discussed" names nobody).
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    Set<String> cases = TOPIC_CASES.getOrDefault(lemma, Set.of());
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().endsWith(":pass")) {
        return null;
      }
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() < verb.index()) {
        continue;
      }
      if (relation.equals("obj") && OBJECT_TOPIC.contains(lemma)) {
        return Subtrees.span(tree, dependent);
      }
      if ((relation.startsWith("obl") || relation.equals("advcl"))) {
        IndexedWord preposition = Subtrees.caseOf(tree, dependent);
        if (preposition != null && cases.contains(preposition.word().toLowerCase(Locale.ROOT))
            && !isTime(dependent)) {
          IndexedWord next = tree.getNodeByIndexSafe(preposition.index() + 1);
          int[] whole = Subtrees.span(tree, dependent);
          return next == null ? whole : new int[] {next.beginPosition(), whole[1]};
        }
      }
    }
    return null;
  }

  /** "commented on Tuesday", "outlined it on Monday": a date or time is when, not what about. */
  static boolean isTime(IndexedWord head) {
    return "DATE".equals(head.ner()) || "TIME".equals(head.ner()) || "DURATION".equals(head.ner());
  }
}
