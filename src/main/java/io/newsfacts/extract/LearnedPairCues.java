package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two-word cues learned from annotated news: a common verb that states a view only with one
 * particle, preposition or object noun ("pushed for a recount", "took issue with the ruling",
 * "doubled down on his claim", "threw her support behind the mayor"). The verb alone is a cue less than half the time ("took", "pushed", "made"), so no
 * lemma list can take it ({@link LearnedCues}); with its partner it is a cue most of the time.
 *
 * <p>How the list was derived (docs/attributions.md, round 19): {@code CuePairStats} (test
 * scope) over PolNeAR train articles 1-560, gold only, counted for every verb outside quotation
 * marks the first particle or preposition and the first noun within two tokens after it, and how
 * often the two lie inside the cue span of one gold indirect relation. Kept: pairs with at least
 * 3 occurrences and a cue ratio of at least 0.5 whose verb is a cue under half the time and which
 * the cue gate did not pass (no reading reached them), read by meaning against the PolNeAR
 * guidelines (saying, stance, topic). Left out on that reading: pairs whose subject is the target
 * and the source another phrase ("drew criticism from", "came under scrutiny", "received
 * support"), acts rather than stated views ("voted against", "campaigned against", "vied for",
 * "made a decision"), attention that states nothing ("paid attention to"), and the passive
 * "divided on", which needs its own reading. Measured and then left out: "made mention of" and
 * "took a swipe at", which on train 1-100 read only negated or unmarked uses ("made no mention
 * of", "took multiple swipes at").
 *
 * <p>The content is the phrase the pair governs, after the verb: the object of one of the pair's
 * prepositions, on the verb or on its object noun ("took a shot at X": "at" may hang on either).
 * The source is the verb's subject; a passive is none.
 */
final class LearnedPairCues {

  /** A pair's counts in train 1-560 (occurrences, gold indirect cues) and its content phrases. */
  private record Pair(String verb, String partner, boolean noun, int occurrences, int cues,
      Set<String> contentCases) {}

  private static Pair particle(String verb, String word, int occurrences, int cues,
      String... contentCases) {
    return new Pair(verb, word, false, occurrences, cues, Set.of(contentCases));
  }

  private static Pair noun(String verb, String noun, int occurrences, int cues,
      String... contentCases) {
    return new Pair(verb, noun, true, occurrences, cues, Set.of(contentCases));
  }

  private static final List<Pair> PAIRS = List.of(
      particle("push", "for", 14, 9, "for", "against"),
      particle("double", "down", 7, 5, "on"),
      particle("touch", "on", 5, 4, "on"),
      particle("speak", "of", 11, 8, "of"),
      particle("speak", "out", 14, 7, "against", "about", "on", "for"),
      noun("take", "shot", 7, 5, "at"),
      noun("take", "issue", 5, 4, "with"),
      noun("draw", "attention", 4, 3, "to"),
      noun("turn", "attention", 4, 3, "to"),
      noun("throw", "support", 6, 3, "behind", "to"));

  /**
   * The pairs by their verb's lemma, in the list's order: the cue gate asks for every token of
   * every sentence, so one lookup rather than a pass over the list.
   */
  private static final Map<String, List<Pair>> BY_VERB = PAIRS.stream()
      .collect(Collectors.groupingBy(Pair::verb, Collectors.toUnmodifiableList()));

  /** How far after the verb its partner may stand ("took a shot", "threw his support"). */
  private static final int WINDOW = 2;

  private LearnedPairCues() {}

  /** A verb of some pair; its partner decides whether it cues anything. */
  static boolean isCue(String lemma, String posTag) {
    return posTag != null && posTag.startsWith("VB") && !pairsOf(lemma).isEmpty();
  }

  private static List<Pair> pairsOf(String lemma) {
    return lemma == null ? List.of() : BY_VERB.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Worth a parse: the verb and its partner within two tokens after it. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel verb = tokens.get(i);
    if (!isCue(verb.lemma(), verb.tag())) {
      return false;
    }
    for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + WINDOW); j++) {
      CoreLabel next = tokens.get(j);
      for (Pair p : pairsOf(verb.lemma())) {
        if (partnerWord(next.word(), next.lemma(), p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The cue's end (its partner's, when before the content) and the content, in chars. */
  record Reading(int cueEnd, int[] content) {}

  /**
   * The pair the tree shows on this verb and the phrase it governs; null when none, passive, or an
   * infinitive ("urged them to speak out", "its failure to push for"): an act of saying wanted,
   * asked or missed, which the PolNeAR guidelines leave inside the content of the verb above it
   * (in train 1-560 the kept pairs as an infinitive are a cue 3 times in 8, under the ratio).
   */
  static Reading read(SemanticGraph tree, IndexedWord verb) {
    if (IntentionCues.isInfinitive(tree, verb)) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().endsWith(":pass")) {
        return null;
      }
    }
    for (Pair p : pairsOf(verb.lemma())) {
      IndexedWord partner = partnerIn(tree, verb, p);
      IndexedWord phrase = partner == null ? null : contentPhrase(tree, verb, partner, p);
      if (phrase != null) {
        int[] content = Subtrees.withoutCase(tree, phrase);
        int cueEnd = partner.endPosition() <= content[0] ? partner.endPosition()
            : verb.endPosition();
        return new Reading(cueEnd, content);
      }
    }
    return null;
  }

  /** The partner as the tree attaches it: the object noun, a particle, or a phrase's case. */
  private static IndexedWord partnerIn(SemanticGraph tree, IndexedWord verb, Pair p) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() <= verb.index() || dependent.index() > verb.index() + WINDOW + 1
          && !relation.startsWith("obl")) {
        continue;
      }
      if (p.noun() && relation.equals("obj") && partnerWord(dependent.word(), dependent.lemma(), p)
          || !p.noun() && (relation.equals("compound:prt") || relation.equals("advmod"))
              && partnerWord(dependent.word(), dependent.lemma(), p)) {
        return dependent;
      }
      IndexedWord opening = relation.startsWith("obl") || relation.equals("advcl")
          ? Subtrees.caseOf(tree, dependent) : null;
      if (!p.noun() && opening != null && opening.index() <= verb.index() + WINDOW
          && partnerWord(opening.word(), opening.lemma(), p)) {
        return opening; // "pushed for a recount", "touched on the budget"
      }
    }
    return null;
  }

  /** The first phrase after the partner opened by one of the pair's prepositions. */
  private static IndexedWord contentPhrase(SemanticGraph tree, IndexedWord verb,
      IndexedWord partner, Pair p) {
    IndexedWord found = null;
    for (IndexedWord head : List.of(verb, partner)) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
        String relation = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        IndexedWord opening = Subtrees.caseOf(tree, dependent);
        boolean phrase = relation.startsWith("obl") || relation.startsWith("nmod")
            || relation.equals("advcl");
        if (phrase && opening != null && opening.index() >= partner.index()
            && p.contentCases().contains(opening.word().toLowerCase(Locale.ROOT))
            && !TopicCues.isTime(dependent)
            && (found == null || dependent.index() < found.index())) {
          found = dependent;
        }
      }
    }
    return found;
  }

  private static boolean partnerWord(String word, String lemma, Pair p) {
    String w = p.noun() ? lemma : word;
    return w != null && w.toLowerCase(Locale.ROOT).equals(p.partner());
  }
}
