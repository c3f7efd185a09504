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
 * ("it seems that" gives the "that"-clause). With an infinitive, a "that"-clause, an adjective
 * ("the team appeared paralyzed", "voters seem unconvinced": PolNeAR marks these as it marks "seems
 * to", round 12) or a "like" / "as if" clause ("it seems like the deal will hold", whose clause is
 * the content); "she appeared on television" states no impression.
 *
 * <p>An expectation or a view in the passive is the same impression with its holders unnamed:
 * "the vote is expected to be close", "he is widely believed to want the post", "the ruling was
 * seen as a setback", "the port has long been considered a target" (the guidelines leave the
 * source implicit there too); a "by" agent, where there is one, is the source ("was viewed as a
 * victory by some delegates"). Not "is likely / poised / scheduled to": PolNeAR marks none of
 * those, as they state a plan or a chance rather than anyone's view.
 */
final class SeemingCues {

  private static final Set<String> VERBS = Set.of("seem", "appear");
  /** Expected, believed or reported to: in the passive an impression with an infinitive. */
  private static final Set<String> PASSIVE_TO = Set.of("expect", "believe", "think", "say",
      "report", "rumor", "rumour", "see");
  /** Regarded as: in the passive a view with its predicate ("seen as", "considered a threat"). */
  private static final Set<String> PASSIVE_AS = Set.of("see", "view", "regard", "consider",
      "deem");
  /** Forms of "be" (and its clitic) that mark the passive the gate looks for. */
  private static final Set<String> BE = Set.of("be", "'s", "’s", "'re", "’re");
  /** How far before the participle the gate looks for "be" ("has long been widely seen"). */
  private static final int BE_WINDOW = 3;

  private SeemingCues() {}

  /** After "seem" / "appear": words that open a clause it hedges ("seems like …", "as if …"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("like", "as");

  /**
   * "seem" or "appear" followed by "to", "that", "like", "as" or an adjective (after at most one
   * adverb: "seemed equally unperturbed"), or a participle of {@link #PASSIVE_AS} after
   * "be" with "as" or a noun phrase after it: worth a parse (the verbs of {@link #PASSIVE_TO}
   * but "see" are cue verbs, whose sentences are parsed anyway).
   */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (token.lemma() == null || token.tag() == null || !token.tag().startsWith("VB")
        || i + 1 >= tokens.size()) {
      return false;
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    if (VERBS.contains(lemma)) {
      return next.equals("to") || next.equals("that") || CLAUSE_OPENERS.contains(next)
          || adjectiveAt(tokens, i + 1)
          || "RB".equals(tokens.get(i + 1).tag()) && adjectiveAt(tokens, i + 2);
    }
    return PASSIVE_AS.contains(lemma) && "VBN".equals(token.tag()) && afterBe(tokens, i)
        && !next.equals("by") && !next.equals("in") && !next.equals("at");
  }

  private static boolean adjectiveAt(List<CoreLabel> tokens, int j) {
    return j < tokens.size() && tokens.get(j).tag() != null && tokens.get(j).tag().startsWith("JJ");
  }

  private static boolean afterBe(List<CoreLabel> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - BE_WINDOW); j--) {
      CoreLabel before = tokens.get(j);
      if (before.lemma() != null && BE.contains(before.lemma().toLowerCase(Locale.ROOT))
          || BE.contains(before.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The char span of the impression, or null. Not when a cue verb stands in it ("seemed to
   * suggest that …", "appeared to endorse him", "the senator, who said …, appears to …"): that
   * verb's relation names its source, which says more than a hedge without one, and would be
   * dropped as nested inside the hedge.
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    boolean passive = isPassive(tree, verb);
    boolean raising = VERBS.contains(lemma) && !passive;
    boolean passiveTo = passive && PASSIVE_TO.contains(lemma);
    boolean passiveAs = passive && PASSIVE_AS.contains(lemma);
    if (!raising && !passiveTo && !passiveAs) {
      return null;
    }
    IndexedWord subject = null;
    IndexedWord complement = null;
    IndexedWord clause = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      boolean after = dependent.index() > verb.index();
      if (relation.equals(passive ? "nsubj:pass" : "nsubj") && !after) {
        subject = dependent;
      } else if (relation.equals("xcomp") && after && (IntentionCues.isInfinitive(tree, dependent)
          || passiveAs && isPredicate(tree, dependent) || raising && isAdjective(dependent))) {
        complement = dependent; // "to have a lead", "(as) a setback", "a target", "paralyzed"
      } else if (passiveAs && after && (relation.startsWith("obl")
          && Subtrees.hasCase(tree, dependent, "as") || relation.equals("obj"))) {
        complement = dependent; // "seen as a setback"; "considered a danger" parsed as an object
      } else if (relation.equals("ccomp") && after && !passiveAs
          && "that".equalsIgnoreCase(Subtrees.firstWord(tree, dependent).word())
          || raising && after && isVerbClause(relation, dependent)
              && openerEnd(tree, dependent) != null) {
        clause = dependent; // "that the count was wrong", "like the deal will hold"
      }
    }
    boolean adjective = complement != null && raising && isAdjective(complement)
        && !IntentionCues.isInfinitive(tree, complement);
    if (complement != null && subject != null
        && !((passive || adjective) && unnamedSubject(subject))) { // not "it seems unlikely"
      return holdsCue(tree, subject) || holdsCue(tree, complement) ? null
          : new int[] {Subtrees.span(tree, subject)[0], Subtrees.span(tree, complement)[1]};
    }
    if (clause == null || holdsCue(tree, clause)) {
      return null;
    }
    int[] content = ContentExtent.clause(tree, clause);
    IndexedWord opener = openerEnd(tree, clause);
    return opener == null ? content : new int[] {opener.endPosition(), content[1]};
  }

  /** "paralyzed", "unconvinced", "stable": an adjective or a participle used as one. */
  private static boolean isAdjective(IndexedWord head) {
    return head.tag() != null && (head.tag().startsWith("JJ") || head.tag().equals("VBN"));
  }

  private static boolean isVerbClause(String relation, IndexedWord head) {
    return (relation.equals("ccomp") || relation.startsWith("advcl")) && head.tag() != null
        && head.tag().startsWith("VB");
  }

  /**
   * The last word of a clause's "like" or "as if" / "as though" opener, or null ("seems like no
   * one will be spared"): the hedged clause is what follows it, as PolNeAR marks it.
   */
  private static IndexedWord openerEnd(SemanticGraph tree, IndexedWord clause) {
    IndexedWord first = Subtrees.firstWord(tree, clause);
    IndexedWord second = tree.getNodeByIndexSafe(first.index() + 1);
    String w = first.word().toLowerCase(Locale.ROOT);
    boolean asIf = w.equals("as") && second != null
        && (second.word().equalsIgnoreCase("if") || second.word().equalsIgnoreCase("though"));
    return w.equals("like") ? first : asIf ? second : null;
  }

  /** The "by" agent of a passive impression, who holds it: null for the writer's own hedge. */
  static IndexedWord holder(SemanticGraph tree, IndexedWord verb) {
    return PassiveCues.agent(tree, verb);
  }

  private static boolean isPassive(SemanticGraph tree, IndexedWord verb) {
    if (!"VBN".equals(verb.tag())) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("aux:pass") || relation.equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A predicate of a view, "(as) a setback", "too risky": not a verb's "-ing" or bare form ("was
   * seen leaving the hall" reports a sighting, not a view), unless "as" opens it.
   */
  private static boolean isPredicate(SemanticGraph tree, IndexedWord head) {
    IndexedWord mark = Subtrees.child(tree, head, "mark");
    return head.tag() != null && !head.tag().startsWith("VB")
        || Subtrees.hasCase(tree, head, "as") || mark != null && mark.word().equalsIgnoreCase("as");
  }

  /**
   * "it is expected that …": the clause, not "it", is what is expected; and "prisoners who are
   * considered too dangerous to release": a relative clause tells which prisoners, and PolNeAR
   * mostly leaves the view inside it unmarked.
   */
  private static boolean unnamedSubject(IndexedWord subject) {
    return subject.word().equalsIgnoreCase("it") || subject.word().equalsIgnoreCase("there")
        || subject.tag() != null && subject.tag().startsWith("W"); // "who", "that" (WDT)
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
