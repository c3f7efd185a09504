package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;

/**
 * A cue verb in the passive with its agent: "the move was first reported by MSNBC", "Kasich was
 * endorsed by the Boston Globe", "it was announced by the ministry that …". The PolNeAR guidelines
 * make the agent the source; the content is the reported clause, or else the passive subject (what
 * was reported, endorsed or criticised). Without an agent ("it is expected that …") nobody is named
 * and nothing is listed: a relation without a source tells a user little.
 */
final class PassiveCues {

  private PassiveCues() {}

  /** The head of the "by" phrase of a passive verb, or null. */
  static IndexedWord agent(SemanticGraph tree, IndexedWord verb) {
    boolean passive = false;
    IndexedWord agent = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      passive |= relation.endsWith(":pass");
      if (relation.startsWith("obl") && isBy(tree, edge.getDependent())
          && !isVerb(edge.getDependent())) { // "defended by arguing …" is a means, no agent
        agent = edge.getDependent(); // the basic tree says obl, the enhanced obl:agent
      }
    }
    return passive ? agent : null;
  }

  /**
   * The agent of a passive verb ({@link #agent}), or of a past participle that stands for one
   * without its auxiliary: "often labeled a “witch hunt” by Democrats", "as described by the
   * director", "Asked by a reporter whether …". A participle after "have" is active ("had
   * travelled by train") and one with a subject of its own is no passive: neither has an agent.
   */
  static IndexedWord agentOfParticiple(SemanticGraph tree, IndexedWord verb) {
    IndexedWord agent = agent(tree, verb);
    if (agent != null || !"VBN".equals(verb.tag())) {
      return agent;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.startsWith("nsubj") || (relation.equals("aux") && dependent.lemma() != null
          && dependent.lemma().equalsIgnoreCase("have"))) {
        return null;
      }
      if (relation.startsWith("obl") && dependent.index() > verb.index()
          && isBy(tree, dependent) && !isVerb(dependent)) {
        agent = dependent;
      }
    }
    return agent;
  }

  /**
   * "has been called “strategic ambiguity” by Joshua Hendrick": the parser often hangs the agent
   * on the quoted name (nmod of "ambiguity") rather than on the passive verb. A "by" phrase that
   * begins at or after {@code quoteEnd} and hangs on the verb's object is then the agent, when
   * the verb is passive or a bare participle with no active subject. Null otherwise.
   */
  static IndexedWord agentOnQuotedObject(SemanticGraph tree, IndexedWord verb, int quoteEnd) {
    boolean passive = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("nsubj")) {
        return null;
      }
      passive |= relation.endsWith(":pass");
    }
    if (!passive && !"VBN".equals(verb.tag())) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (!relation.equals("obj") && !relation.equals("xcomp")) {
        continue;
      }
      for (SemanticGraphEdge inner : tree.outgoingEdgeIterable(edge.getDependent())) {
        IndexedWord noun = inner.getDependent();
        if (inner.getRelation().toString().equals("nmod") && noun.beginPosition() >= quoteEnd
            && isBy(tree, noun) && !isVerb(noun)) {
          return noun;
        }
      }
    }
    return null;
  }

  private static boolean isVerb(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("VB");
  }

  private static boolean isBy(SemanticGraph tree, IndexedWord noun) {
    return Subtrees.hasCase(tree, noun, "by");
  }

  /** The reported clause, else the passive subject's phrase; null for an empty "it". */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    int[] subject = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.equals("ccomp") || relation.equals("csubj:pass")) {
        return Subtrees.span(tree, dependent);
      }
      if (relation.equals("nsubj:pass")
          && !dependent.word().toLowerCase(Locale.ROOT).equals("it")
          && !(dependent.tag() != null && dependent.tag().startsWith("W"))) {
        subject = Subtrees.span(tree, dependent);
      }
    }
    return subject;
  }

}
