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
 * A stance stated of someone with a copula, which the PolNeAR guidelines count as an attribution:
 * an adjective ("the senator was critical of the plan", "voters remain skeptical that …", "the
 * union is eager to settle") or a noun for one who takes sides ("the mayor is a fierce critic of
 * the levy", "she has been a supporter of the deal"). The predicate is the cue, its subject the
 * source, and what it is about the content: the phrase after its preposition, its "that"-clause
 * or, for adjectives of will, its infinitive.
 *
 * <p>Only as a predicate: "a critical vote", "make sure they vote" and "supporters of the deal"
 * name nobody who holds the stance. "aware of" and "clear that" state knowledge or a fact, not a
 * stance, and are not listed.
 */
final class StancePredicates {

  /** Adjectives of stance and belief, each with the prepositions that introduce its topic. */
  private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
      Map.entry("critical", Set.of("of")), Map.entry("supportive", Set.of("of")),
      Map.entry("dismissive", Set.of("of")), Map.entry("suspicious", Set.of("of")),
      Map.entry("wary", Set.of("of")), Map.entry("skeptical", Set.of("of", "about")),
      Map.entry("sceptical", Set.of("of", "about")), Map.entry("confident", Set.of("of", "about", "in")),
      Map.entry("optimistic", Set.of("about")), Map.entry("pessimistic", Set.of("about")),
      Map.entry("upbeat", Set.of("about")), Map.entry("hopeful", Set.of("about", "of")),
      Map.entry("doubtful", Set.of("about", "of")), Map.entry("convinced", Set.of("of")),
      Map.entry("adamant", Set.of("about")), Map.entry("insistent", Set.of("on")),
      Map.entry("sure", Set.of("about", "of")), Map.entry("certain", Set.of("about", "of")),
      Map.entry("concerned", Set.of("about", "over", "with")),
      Map.entry("worried", Set.of("about", "over")), Map.entry("fearful", Set.of("of")),
      Map.entry("angry", Set.of("at", "about", "over", "with")),
      Map.entry("furious", Set.of("at", "about", "over", "with")),
      Map.entry("unhappy", Set.of("with", "about")), Map.entry("happy", Set.of("with")),
      Map.entry("pleased", Set.of("with", "by")), Map.entry("satisfied", Set.of("with")),
      Map.entry("disappointed", Set.of("with", "in", "by")),
      Map.entry("frustrated", Set.of("with", "by")), Map.entry("comfortable", Set.of("with")),
      Map.entry("uncomfortable", Set.of("with")), Map.entry("sympathetic", Set.of("to")),
      Map.entry("hostile", Set.of("to")), Map.entry("receptive", Set.of("to")),
      Map.entry("open", Set.of("to")), Map.entry("opposed", Set.of("to")),
      Map.entry("enthusiastic", Set.of("about")), Map.entry("passionate", Set.of("about")),
      Map.entry("vocal", Set.of("about", "in")), Map.entry("eager", Set.of()),
      Map.entry("keen", Set.of("on")), Map.entry("determined", Set.of()),
      Map.entry("reluctant", Set.of()), Map.entry("unwilling", Set.of()),
      Map.entry("hesitant", Set.of()), Map.entry("loath", Set.of()));
  /** Adjectives that hold a belief, so a "that"-clause is their content. */
  private static final Set<String> WITH_CLAUSE = Set.of("confident", "optimistic", "pessimistic",
      "hopeful", "doubtful", "convinced", "adamant", "insistent", "sure", "certain", "skeptical",
      "sceptical", "concerned", "worried", "fearful", "upbeat");
  /** Adjectives of will, whose infinitive is what the source wants or resists ("eager to …"). */
  private static final Set<String> WITH_INFINITIVE = Set.of("eager", "keen", "determined",
      "reluctant", "unwilling", "hesitant", "loath");
  /** Nouns for one who takes sides, each with the prepositions that introduce the side taken. */
  private static final Map<String, Set<String>> HOLDER_NOUNS = Map.ofEntries(
      Map.entry("critic", Set.of("of")), Map.entry("opponent", Set.of("of")),
      Map.entry("foe", Set.of("of")), Map.entry("skeptic", Set.of("of")),
      Map.entry("supporter", Set.of("of")), Map.entry("backer", Set.of("of")),
      Map.entry("proponent", Set.of("of")), Map.entry("advocate", Set.of("of", "for")),
      Map.entry("champion", Set.of("of")), Map.entry("defender", Set.of("of")),
      Map.entry("fan", Set.of("of")));
  /** Verbs that link a subject to its predicate as a copula does ("remained skeptical"). */
  private static final Set<String> LINKING_VERBS = Set.of("be", "remain", "become", "stay",
      "grow", "seem", "appear", "sound", "look", "get");
  /** Words before a predicate that show it is one: a copula or a linking verb's forms. */
  private static final Set<String> LINKING_WORDS = Set.of("is", "are", "was", "were", "be",
      "been", "being", "'s", "’s", "'re", "’re", "remain", "remains", "remained", "become",
      "becomes", "became", "stay", "stays", "stayed", "grow", "grows", "grew", "growing",
      "seem", "seems", "seemed", "appear", "appears", "appeared", "sounded", "looked", "got");

  private StancePredicates() {}

  /** A predicate a parse could read: a listed word followed by what it is about. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (token.tag() == null || token.lemma() == null || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    String word = token.word().toLowerCase(Locale.ROOT);
    if (token.tag().startsWith("JJ") && ADJECTIVES.containsKey(word)) {
      return ADJECTIVES.get(word).contains(next) || next.equals("that") && WITH_CLAUSE.contains(word)
          || next.equals("to") && WITH_INFINITIVE.contains(word);
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return token.tag().startsWith("NN") && HOLDER_NOUNS.getOrDefault(lemma, Set.of()).contains(next)
        && linkedWithin(tokens, i, 5);
  }

  /** A copula or linking verb a few words before: "is a fierce critic of", "remains wary of". */
  private static boolean linkedWithin(List<CoreLabel> tokens, int i, int words) {
    for (int j = Math.max(0, i - words); j < i; j++) {
      if (LINKING_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The span of what the predicate is about; null when it is no predicate or has no topic. */
  static int[] content(SemanticGraph tree, IndexedWord word) {
    if (word.tag() == null || word.lemma() == null) {
      return null;
    }
    boolean adjective = word.tag().startsWith("JJ");
    String key = adjective ? word.word().toLowerCase(Locale.ROOT)
        : word.lemma().toLowerCase(Locale.ROOT);
    Set<String> cases = adjective ? ADJECTIVES.get(key)
        : word.tag().startsWith("NN") ? HOLDER_NOUNS.get(key) : null;
    if (cases == null || !predicate(tree, word)) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() < word.index()) {
        continue;
      }
      if (adjective && relation.equals("ccomp") && WITH_CLAUSE.contains(key)) {
        return Subtrees.span(tree, dependent);
      }
      if (adjective && relation.equals("xcomp") && WITH_INFINITIVE.contains(key)
          && IntentionCues.isInfinitive(tree, dependent)) {
        return Subtrees.span(tree, dependent);
      }
      IndexedWord preposition = Subtrees.caseOf(tree, dependent);
      if ((relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advcl"))
          && preposition != null && preposition.index() == word.index() + 1
          && cases.contains(preposition.word().toLowerCase(Locale.ROOT))) {
        return new int[] {preposition.endPosition(), Subtrees.span(tree, dependent)[1]};
      }
    }
    return null;
  }

  /**
   * The word is a predicate of a named subject: it has a copula ("was critical"), or is the
   * complement of a linking verb ("remained skeptical", "has become a critic"); "it is certain
   * that …" states no one's stance.
   */
  private static boolean predicate(SemanticGraph tree, IndexedWord word) {
    boolean linked = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("expl") || relation.equals("nsubj")
          && edge.getDependent().word().equalsIgnoreCase("it")) {
        return false;
      }
      linked |= relation.equals("cop");
    }
    IndexedWord parent = tree.getParent(word);
    return linked || parent != null && parent.lemma() != null
        && tree.getEdge(parent, word).getRelation().toString().equals("xcomp")
        && LINKING_VERBS.contains(parent.lemma().toLowerCase(Locale.ROOT));
  }
}
