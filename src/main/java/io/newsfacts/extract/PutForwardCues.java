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
 * Putting a message forward, which the PolNeAR guidelines count as attribution with the message
 * as content: "the governor laid out his plan for the schools", "the senator put forward a
 * proposal", "the candidates offered competing visions", "she floated the idea of a new tax",
 * "the mayor outlined his case against the levy". The subject is the source and the object the
 * content, but only when the object is a message noun: "offered a job", "laid out the chairs"
 * and "floated the shares" put nothing forward.
 */
final class PutForwardCues {

  /** Verbs that put forward what their object says. */
  private static final Set<String> VERBS = Set.of("offer", "outline", "float");
  /** Verbs that do so only with their particle: "laid out", "put forward", "set out". */
  private static final Map<String, Set<String>> PHRASAL = Map.of(
      "lay", Set.of("out"),
      "put", Set.of("forward", "forth"),
      "set", Set.of("out", "forth"),
      "spell", Set.of("out"));
  /** Nouns for a message one can put forward: a plan, a view, a reasoning. */
  private static final Set<String> MESSAGES = Set.of("plan", "proposal", "idea", "vision",
      "case", "argument", "agenda", "platform", "theory", "explanation", "rationale",
      "justification", "defense", "defence", "critique", "strategy", "blueprint", "framework",
      "proposition", "suggestion", "recommendation", "view", "assessment", "prescription",
      "alternative", "solution", "answer", "response", "notion", "possibility", "scenario",
      "thesis", "priority", "principle", "reason", "detail", "specific", "specifics", "policy");
  /** Prepositions that complete a message noun: "a plan for", "ideas on", "the case against". */
  private static final Set<String> COMPLETING = Set.of("for", "of", "on", "about", "against",
      "to");
  /** How far after the verb the gate looks for its particle or its message noun. */
  private static final int PARTICLE_WINDOW = 3;
  private static final int NOUN_WINDOW = 8;

  private PutForwardCues() {}

  /** A verb of putting forward, in either shape (its object decides whether it puts anything). */
  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return VERBS.contains(l) || PHRASAL.containsKey(l);
  }

  /**
   * Worth a parse: the verb, its particle within three words if it needs one, and a message noun
   * within eight; the many sentences with "put" or "set" in other senses stay unparsed.
   */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (!isCue(token.lemma(), token.tag())) {
      return false;
    }
    Set<String> particles = PHRASAL.get(token.lemma().toLowerCase(Locale.ROOT));
    boolean particle = particles == null;
    boolean message = false;
    for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + NOUN_WINDOW); j++) {
      CoreLabel next = tokens.get(j);
      particle = particle || j <= i + PARTICLE_WINDOW
          && particles.contains(next.word().toLowerCase(Locale.ROOT));
      message = message || isMessage(next.lemma(), next.tag());
    }
    return particle && message;
  }

  /** What the verb puts forward, in char offsets; the content is not yet trimmed. */
  record Reading(int cueEnd, int[] content) {}

  /**
   * The cue runs to the particle before the object ("laid out", "put forward"), the content is
   * the object. Null unless the object is a message noun, and for a passive ("a plan was laid
   * out" names nobody).
   */
  static Reading read(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    Set<String> particles = PHRASAL.get(lemma);
    IndexedWord particle = null;
    IndexedWord object = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.endsWith(":pass")) {
        return null;
      }
      if (particles != null && (relation.equals("compound:prt") || relation.equals("advmod"))
          && particles.contains(dependent.word().toLowerCase(Locale.ROOT))) {
        particle = dependent; // the parser reads "forward" as either
      } else if (relation.equals("obj") && object == null && dependent.index() > verb.index()) {
        object = dependent;
      }
    }
    if ((particles != null && particle == null) || object == null
        || !isMessage(object.lemma(), object.tag())) {
      return null;
    }
    int[] content = withCompletion(tree, verb, Subtrees.span(tree, object));
    int cueEnd = particle != null && particle.endPosition() <= content[0]
        ? particle.endPosition() : verb.endPosition();
    return new Reading(cueEnd, content);
  }

  /**
   * The object with what completes it where the parser hung that on the verb: "put forward a
   * proposal [to widen the road]", "offered ideas [for shorter shifts]". Only a phrase right after
   * the object, an infinitive or one opened by a preposition of {@link #COMPLETING}; "outlined
   * the plan on Tuesday" and "in a speech" are when and where.
   */
  private static int[] withCompletion(SemanticGraph tree, IndexedWord verb, int[] object) {
    int end = object[1];
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      IndexedWord opening = Subtrees.caseOf(tree, dependent);
      int[] span = Subtrees.span(tree, dependent);
      boolean completes = (relation.equals("xcomp") || relation.equals("advcl"))
          && IntentionCues.isInfinitive(tree, dependent)
          || relation.startsWith("obl") && opening != null && !TopicCues.isTime(dependent)
              && COMPLETING.contains(opening.word().toLowerCase(Locale.ROOT));
      if (completes && span[0] >= end && adjacent(tree, end, span[0])) {
        end = span[1];
      }
    }
    return new int[] {object[0], end};
  }

  /** Nothing but spaces between the two offsets' words: no comma, no other phrase. */
  private static boolean adjacent(SemanticGraph tree, int end, int begin) {
    return !ContentExtent.anyBetween(tree, end, begin, w -> true);
  }

  private static boolean isMessage(String lemma, String posTag) {
    return lemma != null && posTag != null && posTag.startsWith("NN")
        && MESSAGES.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
