package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs of intention and stance, which the PolNeAR guidelines count as cues though they take no
 * reported clause: what the source wants, plans or refuses ("Rubio wants to emerge as …", "the
 * campaign refused to answer", "voters want all immigrants to be deported"), and whom or what it
 * stands for or against ("Pataki is endorsing John Kasich", "6 in 10 supported Sanders", "she
 * accused him of lying"). Voting is an act, not a stated stance, and is left out. The content is the verb's complements on its
 * right: the infinitive, the object, and an "of"/"for"/"against" phrase that completes it.
 *
 * <p>Read only when the ordinary reporting shapes ({@link ReportedSpeech}) found nothing, so a verb
 * with a clause ("promised that …") keeps its clause.
 */
final class IntentionCues {

  /** Intention: the content is an infinitive, with the one it is wanted of ("urged Y to …"). */
  private static final Set<String> INTENTION = Set.of("want", "hope", "plan", "intend",
      "refuse", "decline", "vow", "promise", "pledge", "threaten", "seek", "aim", "offer", "agree",
      "decide", "urge", "expect", "wish", "prefer", "demand", "propose", "encourage");
  /** Stance: the content is the object, the person or thing taken sides on. */
  private static final Set<String> STANCE = Set.of("support", "back", "endorse", "oppose",
      "favor", "favour", "prefer", "want", "thank", "congratulate", "accuse", "attack", "blast",
      "slam", "applaud", "commend", "fault", "disavow", "reject", "denounce", "condemn",
      // praising, promoting, defending or belittling a person or idea takes sides on it
      "defend", "champion", "advocate", "tout", "trumpet", "extol", "highlight", "mock",
      "ridicule", "deride", "lambaste", "dismiss", "downplay",
      // laying the fault on someone or something: "blamed the council for the closure"
      "blame");
  /**
   * Agreeing and disagreeing, a stance on what their phrase names: "agreed with the board's
   * view", "agree on the need for …", "agreed to a settlement", "disagree on how …".
   */
  private static final Map<String, Set<String>> AGREEMENT = Map.of(
      "agree", Set.of("with", "on", "to"),
      "disagree", Set.of("with", "on", "about", "over"));
  /**
   * Prepositions whose phrase or clause completes a stance ("accused him of lying",
   * "thanked them for coming").
   */
  private static final Set<String> COMPLETING = Set.of("of", "for", "against");

  private IntentionCues() {}

  /** A verb of intention or stance: worth a parse of its sentence. */
  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return INTENTION.contains(l) || STANCE.contains(l) || AGREEMENT.containsKey(l);
  }

  /**
   * The char span of what the verb intends or takes sides on, from its first complement on the
   * right to the end of its last; null when it has none, is passive, or is a phrasal verb ("backed
   * away from", "backed down"), whose particle changes the sense.
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    // a learned cue takes whichever complement it has, as both kinds do ("reminded them to vote",
    // "assailed the plan", "bragged about the deal"), see LearnedCues
    boolean learned = LearnedCues.isLemma(lemma);
    boolean intention = INTENTION.contains(lemma) || learned;
    boolean stance = STANCE.contains(lemma) || learned;
    Set<String> learnedCases = learned ? LearnedCues.prepositions(lemma) : Set.of();
    if (AGREEMENT.containsKey(lemma)) { // the phrase of agreement: a stance, see AGREEMENT
      int[] agreedOn = agreedOn(tree, verb, AGREEMENT.get(lemma));
      if (agreedOn != null || !intention) {
        return agreedOn;
      }
    }
    int begin = Integer.MAX_VALUE;
    int end = -1;
    boolean infinitive = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.equals("compound:prt") || relation.endsWith(":pass")) {
        return null;
      }
      if (dependent.index() < verb.index()) {
        continue;
      }
      // a gerund clause is the verb's object in clause form: "supports raising the fares", "has
      // proposed closing the bridge" (what is intended or stood for, as an infinitive or object)
      boolean gerund = (stance || intention) && isGerundComplement(tree, edge);
      boolean takes = relation.equals("obj") && (stance || intention)
          || relation.equals("xcomp") && intention && isInfinitive(tree, dependent)
          || gerund
          || (relation.startsWith("obl") || relation.equals("advcl")) && (stance || intention)
              && completes(caseOf(tree, dependent), learned, learnedCases);
      if (takes) {
        infinitive |= relation.equals("xcomp") || gerund;
        int[] span = gerund ? ContentExtent.clause(tree, dependent) // without a next report
            : relation.equals("obj") || relation.equals("xcomp") ? Subtrees.span(tree, dependent)
            : Subtrees.withoutCase(tree, dependent);
        begin = Math.min(begin, span[0]);
        end = Math.max(end, span[1]);
      }
    }
    if (end < 0 || (intention && !stance && !infinitive)) {
      return null; // "hoped for the best", "offered a job": no intention stated
    }
    return new int[] {begin, end};
  }

  /**
   * The first phrase after the verb opened by one of {@code cases}, without its preposition ("agreed
   * with the plan"); null for a bare pronoun ("agreed with them") or an infinitive.
   */
  private static int[] agreedOn(SemanticGraph tree, IndexedWord verb, Set<String> cases) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      IndexedWord dependent = edge.getDependent();
      if (edge.getRelation().toString().startsWith("obl") && dependent.index() > verb.index()
          && cases.contains(caseOf(tree, dependent))
          && !"PRP".equals(dependent.tag()) && !isInfinitive(tree, dependent)) {
        return Subtrees.withoutCase(tree, dependent);
      }
    }
    return null;
  }

  /** "of", "for", "against"; for a learned cue also "about" and its own ("balked at"). */
  private static boolean completes(String preposition, boolean learned, Set<String> learnedCases) {
    return COMPLETING.contains(preposition)
        || learned && (preposition.equals("about") || learnedCases.contains(preposition));
  }

  /** The verb has an infinitive complement: its intention ("vowed to", "urged them to"). */
  static boolean hasInfinitive(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().equals("xcomp") && isInfinitive(tree, edge.getDependent())
          && edge.getDependent().index() > verb.index()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "supports raising the fares", "denied wasting money": a clause complement ({@code xcomp} or
   * {@code ccomp}) after the verb whose head is a gerund with neither a subject nor a mark of its
   * own, so the verb's subject is its doer and the clause stands where an object would.
   */
  static boolean isGerundComplement(SemanticGraph tree, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    IndexedWord clause = edge.getDependent();
    if (!(relation.equals("xcomp") || relation.equals("ccomp")) || !"VBG".equals(clause.tag())
        || clause.index() < edge.getGovernor().index()) {
      return false;
    }
    for (SemanticGraphEdge own : tree.outgoingEdgeIterable(clause)) {
      String r = own.getRelation().toString();
      if (r.equals("mark") || r.startsWith("nsubj") || r.equals("aux")) {
        return false;
      }
    }
    return true;
  }

  /** "to answer", "to be deported": an infinitive, not "want it done" or "keep going". */
  static boolean isInfinitive(SemanticGraph tree, IndexedWord clause) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(clause)) {
      if (edge.getRelation().toString().equals("mark")
          && edge.getDependent().word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private static String caseOf(SemanticGraph tree, IndexedWord noun) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(noun)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("case") || relation.equals("mark")) { // "of lying": mark on a verb
        return edge.getDependent().word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
