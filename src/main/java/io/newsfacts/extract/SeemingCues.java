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

  /**
   * "seem" or "appear" followed by "to" or "that", or a participle of {@link #PASSIVE_AS} after
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
      return next.equals("to") || next.equals("that");
    }
    return PASSIVE_AS.contains(lemma) && "VBN".equals(token.tag()) && afterBe(tokens, i)
        && !next.equals("by") && !next.equals("in") && !next.equals("at");
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
          || passiveAs && isPredicate(tree, dependent))) {
        complement = dependent; // "to have a lead", "(as) a setback", "a target"
      } else if (passiveAs && after && (relation.startsWith("obl")
          && Subtrees.hasCase(tree, dependent, "as") || relation.equals("obj"))) {
        complement = dependent; // "seen as a setback"; "considered a danger" parsed as an object
      } else if (relation.equals("ccomp") && after && !passiveAs
          && "that".equalsIgnoreCase(Subtrees.firstWord(tree, dependent).word())) {
        clause = dependent;
      }
    }
    if (complement != null && subject != null && !(passive && unnamedSubject(subject))) {
      return holdsCue(tree, subject) || holdsCue(tree, complement) ? null
          : new int[] {Subtrees.span(tree, subject)[0], Subtrees.span(tree, complement)[1]};
    }
    return clause == null || holdsCue(tree, clause) ? null : ContentExtent.clause(tree, clause);
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
