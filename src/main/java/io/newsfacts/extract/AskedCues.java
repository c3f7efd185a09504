package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;

/**
 * A question put to someone whose asker the sentence does not name: "the senator was asked
 * whether she would run", "When asked about the deficit, the mayor said …", "Asked what the plan
 * would cost, he replied …", "the firm has been asked to release the records". The PolNeAR
 * guidelines count the question as attributed content even so; news leaves the asker (a reporter,
 * a moderator) implicit, so the relation has no source unless a "by" agent names one. The content
 * is the question: the "whether"/"if"/wh clause, the request's infinitive, a question noun ("was
 * asked a question about …"), or what an "about" phrase asks about, without the "about".
 *
 * <p>An active "asked" with its subject is read by {@link ReportedSpeech} as a verb of saying.
 */
final class AskedCues {

  private AskedCues() {}

  /**
   * The question's char span when the verb is a passive or bare participle of "ask" ("was asked",
   * "when asked", "Asked …,"), or null: not "had asked" (active) nor "asked" with a subject.
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    if (!"VBN".equals(verb.tag()) || verb.lemma() == null
        || !verb.lemma().toLowerCase(Locale.ROOT).equals("ask") || !unnamedAsker(tree, verb)) {
      return null;
    }
    int[] question = question(tree, verb);
    if (question != null) {
      return question;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() < verb.index()) {
        continue;
      }
      if (relation.equals("ccomp") || relation.equals("obj")) {
        return Subtrees.span(tree, dependent); // "whether …", "what …", "a question about …"
      }
      IndexedWord preposition = relation.startsWith("obl") ? Subtrees.caseOf(tree, dependent)
          : null;
      if (preposition != null && preposition.word().equalsIgnoreCase("about")
          && !TopicCues.isTime(dependent)) {
        return new int[] {Subtrees.span(tree, preposition)[1], Subtrees.span(tree, dependent)[1]};
      }
    }
    return null;
  }

  /**
   * The participle is passive ("was asked") or stands without its auxiliary ("when asked"): no
   * active subject and no perfect "have" unless a passive "be" comes with it ("has been asked").
   */
  private static boolean unnamedAsker(SemanticGraph tree, IndexedWord verb) {
    boolean passive = false;
    boolean perfect = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("nsubj")) {
        return false;
      }
      passive |= relation.equals("aux:pass") || relation.equals("nsubj:pass");
      perfect |= relation.equals("aux") && edge.getDependent().lemma() != null
          && edge.getDependent().lemma().equalsIgnoreCase("have");
    }
    return passive || !perfect;
  }

  /**
   * What "ask" asks after the one asked, active or passive: an "if" / "whether" clause the parse
   * makes an adverbial ("asked the mayor if the bridge would reopen") or a request's infinitive
   * ("asked residents to conserve water"); null when it has neither. "whether" and wh-clauses
   * that come as ccomp are read by the callers.
   */
  static int[] question(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord clause = edge.getDependent();
      if (clause.index() < verb.index()) {
        continue;
      }
      String first = Subtrees.firstWord(tree, clause).word().toLowerCase(Locale.ROOT);
      if (relation.startsWith("advcl") && (first.equals("if") || first.equals("whether"))
          || relation.equals("xcomp") && IntentionCues.isInfinitive(tree, clause)) {
        return Subtrees.span(tree, clause);
      }
    }
    return null;
  }
}
