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
 * Attributions cued by a noun, as the PolNeAR guidelines count them: a noun of saying, thinking or
 * intending whose holder is named ("Trump's proposal to ban …", "his claim that …", "the warning
 * from the agency that …", "Ryan made a promise to …", "the consensus view from Washington is that
 * …") and "in X's view, …". The noun is the cue, the holder the source, the "that"-clause or
 * "to"-infinitive the content. A noun whose holder is not named ("the claim that …") is left out,
 * as verbs without a subject are.
 */
final class NominalCues {

  /** What a cue noun attributes, in char offsets; the content is not yet trimmed. */
  record Reading(IndexedWord source, int cueBegin, int cueEnd, int[] content) {}

  /**
   * Nouns of saying and thinking. Nouns of intention ("plan", "decision", "desire") are left out:
   * "the pope's plans to meet Sanders" is a schedule, and PolNeAR mostly leaves them unmarked.
   */
  private static final Set<String> NOUNS = Set.of("claim", "statement", "proposal", "view",
      "belief", "argument", "promise", "pledge", "warning", "allegation", "assertion",
      "suggestion", "accusation", "insistence", "contention", "assurance", "announcement",
      "prediction", "demand", "vow", "estimate", "finding", "conclusion", "position", "opinion",
      "idea", "notion", "threat", "call", "request", "recommendation", "admission", "denial",
      "complaint", "theory", "forecast", "guarantee", "commitment", "assumption", "expectation",
      "charge", "assessment", "concern", "suspicion", "fear", "hope", "thesis", "premise",
      "explanation", "acknowledgment", "acknowledgement", "confirmation", "report", "boast");
  /**
   * Nouns of stance and comment whose content is a noun phrase after a preposition: "her
   * criticism of the budget", "the union's support for the strike", "Trump's attacks on Rubio",
   * "took a swipe at the mayor". Each with the prepositions that introduce what it is about;
   * "the support of 40 percent of voters" names holders, so "support" takes "for" only. Nouns of
   * saying take the phrase that names what was said ("his announcement of new rules"), as their
   * verbs take it as object; the holder must be named here too.
   */
  private static final Map<String, Set<String>> PHRASE_NOUNS = Map.ofEntries(
      Map.entry("criticism", Set.of("of")), Map.entry("critique", Set.of("of")),
      Map.entry("support", Set.of("for")), Map.entry("backing", Set.of("for")),
      Map.entry("attack", Set.of("on", "against")), Map.entry("endorsement", Set.of("of")),
      Map.entry("comment", Set.of("on", "about")), Map.entry("remark", Set.of("on", "about")),
      Map.entry("praise", Set.of("for", "of")), Map.entry("opposition", Set.of("to")),
      Map.entry("condemnation", Set.of("of")), Map.entry("denunciation", Set.of("of")),
      Map.entry("defense", Set.of("of")), Map.entry("defence", Set.of("of")),
      Map.entry("swipe", Set.of("at")), Map.entry("objection", Set.of("to")),
      Map.entry("concern", Set.of("about", "over")), Map.entry("complaint", Set.of("about")),
      // nouns of saying, whose phrase is what was said, asked or judged: "his announcement of new
      // rules", "the board's estimate of the cost", "a reporter's request for comment", "made no
      // mention of the deal"; not "demand for oil", "denial of bail", "admission of students"
      Map.entry("announcement", Set.of("of")), Map.entry("assessment", Set.of("of")),
      Map.entry("estimate", Set.of("of")), Map.entry("declaration", Set.of("of")),
      Map.entry("prediction", Set.of("of")), Map.entry("mention", Set.of("of")),
      Map.entry("request", Set.of("for")), Map.entry("reply", Set.of("to")));
  /** "in his view, …": the nouns that make a stance phrase of "in X's …". */
  private static final Set<String> IN_NOUNS = Set.of("view", "opinion", "words", "estimation",
      "judgment", "judgement");
  /**
   * Verbs that only carry the noun, so their subject is its holder: "made the claim that …",
   * "issued a warning that …", "has a theory that …"; "rejected the claim that …" is another's.
   */
  private static final Set<String> SUPPORT_VERBS = Set.of("make", "issue", "release", "repeat",
      "reiterate", "renew", "offer", "express", "voice", "give", "deliver", "float", "outline",
      "publish", "post", "send", "share", "keep", "have", "put", "lay", "unveil", "announce",
      "take", "launch", "level", "step");
  /** The prepositions that name a holder after the noun: "the warning from the agency". */
  private static final Set<String> HOLDER_CASES = Set.of("from", "by");

  private NominalCues() {}

  /**
   * A cue noun a parse could read: followed by "to", by "that" within a few words ("the
   * suggestion by Mr. Obama that …"), or the noun of "in his view". Keeps the parse on demand off
   * the many sentences with "plan" or "view" in another sense.
   */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (token.tag() == null || !token.tag().startsWith("NN") || token.lemma() == null) {
      return false;
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    String word = token.word().toLowerCase(Locale.ROOT);
    if ((IN_NOUNS.contains(lemma) || IN_NOUNS.contains(word)) && i >= 2
        && "in".equalsIgnoreCase(tokens.get(i - 2).word())) {
      return true;
    }
    Set<String> cases = PHRASE_NOUNS.get(lemma);
    if (cases != null && i + 1 < tokens.size()
        && cases.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
      return true; // "her criticism of …"
    }
    if (!NOUNS.contains(lemma)) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
      String w = tokens.get(j).word();
      if ("that".equalsIgnoreCase(w) || (j == i + 1 && "to".equalsIgnoreCase(w))) {
        return true;
      }
    }
    return false;
  }

  /** The relation a cue noun holds in this tree, or null. */
  static Reading read(SemanticGraph tree, IndexedWord noun) {
    if (noun.tag() == null || !noun.tag().startsWith("NN") || noun.lemma() == null
        || reportedByVerb(tree, noun)) {
      return null;
    }
    Reading stance = inView(tree, noun);
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (stance != null || !(NOUNS.contains(lemma) || PHRASE_NOUNS.containsKey(lemma))) {
      return stance;
    }
    int[] content = NOUNS.contains(lemma) ? content(tree, noun) : null;
    if (content == null) {
      content = phraseContent(tree, noun, PHRASE_NOUNS.getOrDefault(lemma, Set.of()));
    }
    IndexedWord source = content == null ? null : holder(tree, noun);
    if (source == null || (source.beginPosition() >= content[0]
        && source.beginPosition() < content[1])) {
      return null;
    }
    return new Reading(source, noun.beginPosition(), noun.endPosition(), content);
  }

  /**
   * A noun inside what a cue verb reports or stands for ("repeated his promise to …", "said that
   * Clinton's call to … was a rebuttal"): the guidelines mark the verb's relation, with the noun
   * in its content, so the noun's own would only stand beside it.
   */
  private static boolean reportedByVerb(SemanticGraph tree, IndexedWord noun) {
    IndexedWord child = noun;
    IndexedWord parent = tree.getParent(noun);
    for (int hops = 0; hops < 8 && parent != null; hops++) {
      if (AttributionCues.isCue(parent.lemma(), parent.tag())
          && !tree.getEdge(parent, child).getRelation().toString().startsWith("nsubj")) {
        return true;
      }
      child = parent;
      parent = tree.getParent(parent);
    }
    return false;
  }

  /**
   * "In his view, the economy is improving": the clause the phrase opens is the content. Only
   * before the clause and set off by a comma; "who leads the party in his view" is a question.
   */
  private static Reading inView(SemanticGraph tree, IndexedWord noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (!IN_NOUNS.contains(lemma) && !IN_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    IndexedWord in = Subtrees.child(tree, noun, "case");
    IndexedWord holder = Subtrees.child(tree, noun, "nmod:poss");
    IndexedWord clause = tree.getParent(noun);
    IndexedWord comma = tree.getNodeByIndexSafe(noun.index() + 1);
    if (in == null || !in.word().equalsIgnoreCase("in") || holder == null || clause == null
        || !tree.getEdge(clause, noun).getRelation().toString().startsWith("obl")
        || comma == null || !comma.word().equals(",") || clause.index() < noun.index()) {
      return null;
    }
    int[] whole = Subtrees.span(tree, clause);
    int[] own = Subtrees.span(tree, noun);
    int[] content = {own[1], whole[1]};
    return new Reading(holder, in.beginPosition(), noun.endPosition(), content);
  }

  /**
   * The noun's "that"-clause or "to"-infinitive; also where the parser hung the infinitive on the
   * verb around the noun ("made a promise to spend …" as xcomp of made, "Trump's proposal to ban
   * Muslims drew criticism" with the noun as subject of ban), and "the view … is that …".
   */
  private static int[] content(SemanticGraph tree, IndexedWord noun) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(noun)) {
      String relation = edge.getRelation().toString();
      IndexedWord clause = edge.getDependent();
      if ((relation.equals("ccomp") || relation.equals("acl"))
          && clause.beginPosition() > noun.beginPosition() && hasMark(tree, clause)) {
        return Subtrees.span(tree, clause);
      }
    }
    IndexedWord to = tree.getNodeByIndexSafe(noun.index() + 1);
    if (to != null && to.word().equalsIgnoreCase("to") && "TO".equals(to.tag())) {
      IndexedWord verb = tree.getParent(to);
      if (verb != null && verb.index() > to.index() && verb.tag() != null
          && verb.tag().startsWith("VB")) {
        return infinitive(tree, to, verb);
      }
    }
    IndexedWord head = tree.getParent(noun);
    if (head != null && tree.getEdge(head, noun).getRelation().toString().equals("nsubj")
        && (isBe(head) || Subtrees.child(tree, head, "cop") != null)) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
        if (edge.getRelation().toString().equals("ccomp")
            && edge.getDependent().beginPosition() > head.beginPosition()) {
          return Subtrees.span(tree, edge.getDependent());
        }
      }
    }
    return null;
  }

  /**
   * "criticism of the budget": the phrase after the noun's preposition, without it; also where the
   * parser hung the phrase on the verb carrying the noun ("took a swipe at the mayor", "expressed
   * concern about crime" with the phrase as the verb's {@code obl}).
   */
  private static int[] phraseContent(SemanticGraph tree, IndexedWord noun, Set<String> cases) {
    int[] own = phraseAfter(tree, noun, noun, "nmod", cases);
    IndexedWord verb = tree.getParent(noun);
    if (own == null && verb != null
        && tree.getEdge(verb, noun).getRelation().toString().equals("obj")) {
      return phraseAfter(tree, verb, noun, "obl", cases);
    }
    return own;
  }

  private static int[] phraseAfter(SemanticGraph tree, IndexedWord head, IndexedWord noun,
      String relation, Set<String> cases) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      IndexedWord object = edge.getDependent();
      IndexedWord preposition = Subtrees.child(tree, object, "case");
      if (edge.getRelation().toString().startsWith(relation) && object.index() > noun.index()
          && preposition != null && preposition.index() == noun.index() + 1
          && cases.contains(preposition.word().toLowerCase(Locale.ROOT))) {
        int[] whole = Subtrees.span(tree, object);
        return new int[] {preposition.endPosition(), whole[1]};
      }
    }
    return null;
  }

  /** "to ban Muslims from entering": the verb and what follows it, not the clause it heads. */
  private static int[] infinitive(SemanticGraph tree, IndexedWord to, IndexedWord verb) {
    int end = verb.endPosition();
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() > verb.index() && !relation.equals("ccomp")
          && !relation.equals("parataxis") && !relation.equals("conj")
          && !relation.equals("cc") && !relation.equals("punct")) {
        end = Math.max(end, Subtrees.span(tree, dependent)[1]);
      }
    }
    return new int[] {to.beginPosition(), end};
  }

  /**
   * The holder of {@code noun}'s message when it is a noun of saying or stance whose phrase holds
   * the position {@code quoted} after it ("Trump's pledge to be “neutral”", "the suggestion by the
   * mayor that …", "her criticism of “dirty tricks”"), else null. Unlike {@link #read} it asks for
   * no content clause: a quotation can stand in the noun's own phrase ("his call for “a total
   * ban”"). A noun inside what a cue verb reports is left to the verb, as in {@link #read}.
   */
  static IndexedWord holderOfCueNoun(SemanticGraph tree, IndexedWord noun, int quoted) {
    if (noun.tag() == null || !noun.tag().startsWith("NN") || noun.lemma() == null
        || quoted < noun.endPosition() || reportedByVerb(tree, noun)) {
      return null;
    }
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (NOUNS.contains(lemma)) {
      return holder(tree, noun);
    }
    Set<String> cases = PHRASE_NOUNS.get(lemma);
    int[] phrase = cases == null ? null : phraseContent(tree, noun, cases);
    return phrase != null && phrase[0] <= quoted && quoted < phrase[1] ? holder(tree, noun) : null;
  }

  /** Who holds the noun's message: its possessor, "from/by X", or a carrying verb's subject. */
  private static IndexedWord holder(SemanticGraph tree, IndexedWord noun) {
    IndexedWord possessor = Subtrees.child(tree, noun, "nmod:poss");
    if (possessor != null) {
      return possessor;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(noun)) {
      IndexedWord nmod = edge.getDependent();
      IndexedWord preposition = Subtrees.child(tree, nmod, "case");
      if (edge.getRelation().toString().equals("nmod") && nmod.index() > noun.index()
          && preposition != null
          && HOLDER_CASES.contains(preposition.word().toLowerCase(Locale.ROOT))) {
        return nmod;
      }
    }
    IndexedWord verb = tree.getParent(noun);
    if (verb != null && tree.getEdge(verb, noun).getRelation().toString().equals("obj")
        && verb.lemma() != null
        && SUPPORT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return ReportedSpeech.subjectOf(tree, verb);
    }
    return null;
  }

  private static boolean hasMark(SemanticGraph tree, IndexedWord clause) {
    IndexedWord mark = Subtrees.child(tree, clause, "mark");
    return mark != null && (mark.word().equalsIgnoreCase("that")
        || mark.word().equalsIgnoreCase("to"));
  }

  private static boolean isBe(IndexedWord word) {
    return word.lemma() != null && word.lemma().equalsIgnoreCase("be");
  }
}
