package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A second misreading of CoreNLP's dependency parser, mended before anything reads the tree: a
 * long subject before a verb of saying. News names its sources with what qualifies them: "People
 * briefed on the move said …", "Analysts polled by Reuters said …", "Sources close to the talks
 * said …", "The campaign, which has been shadowed by …, said …". The parser reads the participle
 * or the relative clause as the sentence's verb, and "said" becomes its complement, its clausal
 * subject or even punctuation; no reading of the tree then finds who said what, or finds a
 * source cut short ("Sources close").
 *
 * <p>The mend parses the two halves apart, each of which the parser reads well: the words before
 * the verb alone, which must come out as a noun phrase, and the sentence with them replaced by
 * one pronoun ("They said the bank would hold rates"), whose verb must come out as the root with
 * the pronoun as its subject. The noun phrase's head then takes the pronoun's place. Only a
 * finite verb of saying or thinking from a fixed list, with no quotation mark before it, and only
 * where the tree the parser gave does not already make the words before it the verb's subject.
 */
final class ReportingSubjectRepair {

  /** Verbs of saying and thinking that take a clause, by lemma. */
  private static final Set<String> VERBS = Set.of("say", "tell", "add", "report", "claim", "warn",
      "argue", "insist", "believe", "think", "expect", "predict", "note", "acknowledge",
      "estimate", "agree", "deny", "confirm", "suggest", "write", "explain", "contend", "assert",
      "allege", "maintain", "fear", "announce", "conclude", "caution", "stress", "emphasize",
      "complain", "admit", "worry", "testify", "concede", "charge", "speculate");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /**
   * A noun subject; a clausal one before a verb of saying is the misreading itself ("People
   * briefed on the move said": csubj(said, briefed)).
   */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  /** A noun phrase's head as the parser tags it when the words before the verb stand alone. */
  private static final Set<String> NOMINAL = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD");
  /** Words a subject cannot open with: a fronted phrase or clause, not a noun phrase. */
  private static final Set<String> NOT_OPENING_A_SUBJECT = Set.of("IN", "TO", "VBG", "VBN",
      "VBD", "RB", "WDT", "WP", "WRB", ",", ":");
  private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$");
  /**
   * Before a past form a common noun, not a name: "Clinton weighed in with …" is a clause, while
   * "Diplomats briefed on the talks" is a participle the tagger took for a past tense.
   */
  private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS", "NNPS");
  private static final Set<String> DASHES = Set.of("--", "—", "–", "-");
  /** Conjunctions that put the verb after them in a clause of their own. */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "when",
      "while", "although", "though", "since", "until", "unless", "once", "if", "whereas");
  /** Words tagged IN that open a clause, not a phrase: "found that …" is no participle's. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "because",
      "although", "though", "while", "since", "as");
  /** The shortest subject worth the check: the parser does not get two words wrong. */
  private static final int MIN_SUBJECT_WORDS = 3;
  /**
   * Dependents only a clause has, auxiliaries included ("The issue has taken on …"): the words
   * before the verb with them are no noun phrase.
   */
  private static final Set<String> CLAUSE_ONLY = Set.of("obj", "iobj", "ccomp", "xcomp", "cc",
      "conj", "parataxis", "cop", "expl", "aux", "aux:pass");
  private static final GrammaticalRelation NSUBJ =
      UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT;
  private static final GrammaticalRelation ACL =
      UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER;
  /** The most words from the verb to its clause's first: "told reporters on Tuesday that". */
  private static final int CLAUSE_GAP = 5;
  /** Index of the stand-in pronoun: outside any sentence's own range. */
  private static final int STAND_IN_INDEX = 1_000_000;

  private ReportingSubjectRepair() {}

  /**
   * The mended tree of a sentence of {@code tokens}, or {@code tree} itself when there is nothing
   * to mend or the halves do not parse as they should; {@code parse} parses a list of the
   * sentence's tokens (or a stand-in) on its own.
   */
  static SemanticGraph apply(SemanticGraph tree, List<CoreLabel> tokens,
      Function<List<CoreLabel>, SemanticGraph> parse) {
    int start = !tokens.isEmpty() && "CC".equals(tokens.get(0).tag()) ? 1 : 0;
    for (int verb = 0; verb < tokens.size() - 1; verb++) {
      if (isQuotationMark(tokens.get(verb))) {
        return tree; // the quotation machinery reads its own reporting clauses
      }
      if (verb < start + MIN_SUBJECT_WORDS || !isCandidate(tokens, start, verb)) {
        continue;
      }
      if (subjectSpansWordsBefore(tree, tokens, start, verb)) {
        return tree;
      }
      SemanticGraph mended = mend(tokens, start, verb, parse);
      if (mended != null) {
        return mended;
      }
    }
    return tree;
  }

  private static boolean isQuotationMark(CoreLabel token) {
    String tag = token.tag();
    return "``".equals(tag) || "''".equals(tag);
  }

  /**
   * A finite verb of the list, followed by words that are not punctuation, after a phrase that
   * may be a noun phrase: it opens like one, and any relative clause in it has its verb.
   */
  private static boolean isCandidate(List<CoreLabel> tokens, int start, int verb) {
    CoreLabel v = tokens.get(verb);
    if (!FINITE.contains(v.tag()) || v.lemma() == null || !VERBS.contains(v.lemma())) {
      return false;
    }
    String next = tokens.get(verb + 1).tag();
    if (next.equals(",") || next.equals(".") || next.equals(":")) {
      return false; // "…, analysts said." closes a sentence; its subject is short
    }
    if (NOT_OPENING_A_SUBJECT.contains(tokens.get(start).tag())) {
      return false;
    }
    String second = verb + 2 < tokens.size() ? tokens.get(verb + 2).tag() : ".";
    if (second.equals(",")) {
      return false; // "The truth, the senator said then, was …": a reporting clause set inside
    }
    return readsAsNounPhrase(tokens, start, verb);
  }

  /**
   * Whether the words may be one noun phrase by their tags: nothing in them ends or subordinates
   * a clause, they do not open with a participle, and each verb among them is one a noun phrase
   * holds.
   */
  private static boolean readsAsNounPhrase(List<CoreLabel> tokens, int start, int verb) {
    return !hasClauseBoundary(tokens, start, verb) && !tokens.get(start).word().endsWith("ing")
        && verbsModifyNouns(tokens, start, verb);
  }

  /** A colon, semicolon, dash, bracket, "when", "after" …, or a pronoun after a comma. */
  private static boolean hasClauseBoundary(List<CoreLabel> tokens, int start, int verb) {
    for (int i = start; i < verb; i++) {
      CoreLabel token = tokens.get(i);
      String tag = token.tag();
      String word = token.word().toLowerCase(Locale.ROOT);
      if (tag.equals(":") || tag.equals("WRB") || word.equals(";")) {
        return true; // "The revelation that …: Republicans said": two sentences' worth
      }
      if (tag.equals("HYPH") || tag.equals("-LRB-") || DASHES.contains(word)) {
        return true; // "WASHINGTON (AP) — A news report …": a dateline before the subject
      }
      if (tag.equals("IN") && SUBORDINATORS.contains(word)) {
        return true; // "…, hours after Sanders said": the verb is the subordinate clause's
      }
      if (tag.equals("PRP") && i > start && tokens.get(i - 1).tag().equals(",")) {
        return true; // "Leaning into her message, she added": a fronted phrase, then the subject
      }
    }
    return false;
  }

  /**
   * Whether each verb among the words is one a noun phrase holds. A relative pronoun, or a
   * pronoun right after a noun ("people I've spoken with", "a loan she took"), opens a relative
   * clause whose words are free up to a comma that closes it ("Pfizer's deal, which would create
   * …, immediately sparked criticism from … who agree": "sparked" is no modifier); the last
   * relative clause must have its verb ("The changes, which officials said will …" is no
   * subject). Outside one, only a participle, or a past form right after a common noun and before
   * a preposition ("People briefed on the move", "veterans interviewed at rallies"), which the
   * tagger often takes for a past tense.
   */
  private static boolean verbsModifyNouns(List<CoreLabel> tokens, int start, int verb) {
    boolean inRelative = false;
    int lastRelative = -1;
    for (int i = start; i < verb; i++) {
      String tag = tokens.get(i).tag();
      if (RELATIVE.contains(tag)) {
        inRelative = true;
        lastRelative = i;
      } else if (inRelative) {
        inRelative = !tag.equals(",");
      } else if (tag.startsWith("VB") && !tag.equals("VBG") && !tag.equals("VBN")
          || tag.equals("MD")) {
        if (i > start + 1 && tokens.get(i - 1).tag().equals("PRP")
            && tokens.get(i - 2).tag().startsWith("NN")) {
          inRelative = true; // a relative clause without its pronoun
        } else if (!isReducedRelative(tokens, i, start, verb)) {
          return false;
        }
      }
    }
    return lastRelative < 0 || hasVerb(tokens, lastRelative + 1, verb);
  }

  /** "Diplomats briefed on …": a past form after a common noun, before a preposition. */
  private static boolean isReducedRelative(List<CoreLabel> tokens, int i, int start, int verb) {
    return tokens.get(i).tag().equals("VBD") && i > start
        && COMMON_NOUNS.contains(tokens.get(i - 1).tag()) && i + 1 < verb
        && tokens.get(i + 1).tag().equals("IN")
        && !CLAUSE_OPENERS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean hasVerb(List<CoreLabel> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).tag().startsWith("VB")) {
        return true; // "which has been shadowed …, said": the relative clause has its verb
      }
    }
    return false;
  }

  /**
   * Whether the verb's one noun subject already spans every word before it, but an opening "But"
   * or a phrase set off before it with a comma.
   */
  private static boolean subjectSpansWordsBefore(SemanticGraph tree, List<CoreLabel> tokens,
      int start, int verb) {
    IndexedWord v = tree.getNodeByIndexSafe(tokens.get(verb).index());
    if (v == null) {
      return false;
    }
    List<IndexedWord> subjects = new ArrayList<>();
    for (SemanticGraphEdge e : tree.outgoingEdgeIterable(v)) {
      if (SUBJECTS.contains(e.getRelation().toString())) {
        subjects.add(e.getDependent());
      }
    }
    if (subjects.size() != 1) {
      return false;
    }
    Set<Integer> spanned = new HashSet<>();
    for (IndexedWord w : tree.descendants(subjects.get(0))) {
      spanned.add(w.index());
    }
    Set<Integer> before = new HashSet<>();
    int from = start;
    for (int i = verb - 1; i > start; i--) {
      if (!spanned.contains(tokens.get(i).index())) {
        // "This weekend, Sanders complained that …": a fronted phrase, then the whole subject
        from = tokens.get(i).tag().equals(",") ? i + 1 : start;
        break;
      }
    }
    for (int i = from; i < verb; i++) {
      before.add(tokens.get(i).index());
    }
    return spanned.equals(before);
  }

  /**
   * The two halves parsed apart and joined, or null when the words before the verb are no noun
   * phrase or the rest does not parse with the verb as its root, the stand-in as its plain
   * subject and a clause right after it.
   */
  private static SemanticGraph mend(List<CoreLabel> tokens, int start, int verb,
      Function<List<CoreLabel>, SemanticGraph> parse) {
    SemanticGraph subject = parse.apply(tokens.subList(start, verb));
    if (subject.getRoots().size() != 1) {
      return null;
    }
    IndexedWord phraseRoot = subject.getFirstRoot();
    IndexedWord head = nounPhraseHead(subject, phraseRoot);
    if (head == null) {
      return null;
    }
    List<CoreLabel> rest = new ArrayList<>(tokens.subList(0, start));
    rest.add(standIn(tokens.get(verb)));
    rest.addAll(tokens.subList(verb, tokens.size()));
    SemanticGraph clause = parse.apply(rest);
    IndexedWord root = clause.getFirstRoot();
    if (clause.getRoots().size() != 1 || root.index() != tokens.get(verb).index()
        || !isPlainSubject(clause, root) || !takesClauseRightAfter(clause, root, tokens, verb)) {
      return null;
    }
    return joined(clause, subject, phraseRoot, head, root);
  }

  /** The stand-in is the verb's {@code nsubj}, with no words of its own. */
  private static boolean isPlainSubject(SemanticGraph clause, IndexedWord root) {
    for (SemanticGraphEdge e : clause.outgoingEdgeIterable(root)) {
      if (e.getDependent().index() == STAND_IN_INDEX) {
        return e.getRelation().toString().equals("nsubj")
            && clause.getChildList(e.getDependent()).isEmpty();
      }
    }
    return false;
  }

  /**
   * One tree of both halves: the clause without its stand-in, the noun phrase with its head
   * (its subject, when the parser made a clause of it) as the verb's {@code nsubj}.
   */
  private static SemanticGraph joined(SemanticGraph clause, SemanticGraph subject,
      IndexedWord phraseRoot, IndexedWord head, IndexedWord root) {
    SemanticGraph joined = new SemanticGraph();
    for (IndexedWord w : clause.vertexSet()) {
      if (w.index() != STAND_IN_INDEX) {
        joined.addVertex(w);
      }
    }
    for (IndexedWord w : subject.vertexSet()) {
      joined.addVertex(w);
    }
    for (SemanticGraphEdge e : clause.edgeIterable()) {
      if (e.getDependent().index() != STAND_IN_INDEX) {
        joined.addEdge(e.getGovernor(), e.getDependent(), e.getRelation(), e.getWeight(),
            e.isExtra());
      }
    }
    for (SemanticGraphEdge e : subject.edgeIterable()) {
      if (!e.getGovernor().equals(phraseRoot) || !e.getDependent().equals(head)) {
        joined.addEdge(e.getGovernor(), e.getDependent(), e.getRelation(), e.getWeight(),
            e.isExtra());
      }
    }
    if (!head.equals(phraseRoot)) {
      joined.addEdge(head, phraseRoot, ACL, Double.NEGATIVE_INFINITY, false);
    }
    joined.addEdge(root, head, NSUBJ, Double.NEGATIVE_INFINITY, false);
    joined.setRoot(root);
    return joined;
  }

  /**
   * Whether the verb takes a clause ({@code ccomp}) that begins within a few words of it, with
   * no comma between ("said that …", "told reporters on Tuesday that …"): what a verb whose
   * subject is everything before it does; a reporting clause set inside another sentence does not.
   */
  private static boolean takesClauseRightAfter(SemanticGraph clause, IndexedWord root,
      List<CoreLabel> tokens, int verb) {
    for (SemanticGraphEdge e : clause.outgoingEdgeIterable(root)) {
      if (!e.getRelation().toString().equals("ccomp")) {
        continue;
      }
      int first = e.getDependent().index();
      for (IndexedWord w : clause.descendants(e.getDependent())) {
        first = Math.min(first, w.index());
      }
      int gap = first - root.index();
      if (gap < 1 || gap > CLAUSE_GAP) {
        return false;
      }
      for (int i = verb + 1; i < verb + gap; i++) {
        if (tokens.get(i).tag().equals(",")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The head of the words before the verb read as a noun phrase: the root when the parser made
   * a noun of it ("Sources close to the negotiations"); when it made a clause of them, as it does
   * of "Analysts polled by Reuters" and "People I've spoken with", the subject of that clause,
   * whose verb is then a modifier of it, but only when that verb has nothing a clause of its own
   * would have (an object, a complement, a second clause): "The firm announced results and
   * investors" is no noun phrase. Null when neither holds.
   */
  private static IndexedWord nounPhraseHead(SemanticGraph phrase, IndexedWord root) {
    if (NOMINAL.contains(root.tag())) {
      return root;
    }
    if (!root.tag().equals("VBN") && !root.tag().equals("VBD")) {
      return null;
    }
    List<IndexedWord> subjects = new ArrayList<>();
    boolean clauseOnly = false;
    for (SemanticGraphEdge e : phrase.outgoingEdgeIterable(root)) {
      String relation = e.getRelation().toString();
      clauseOnly |= CLAUSE_ONLY.contains(relation);
      if (relation.equals("nsubj") && e.getDependent().index() < root.index()) {
        subjects.add(e.getDependent());
      }
    }
    subjects.sort(Comparator.comparingInt(IndexedWord::index));
    // two subjects before one verb: "The campaign, which …, a loan she took": the verb is the
    // second one's, in a relative clause without its pronoun, whatever else the parser hung on it
    if (subjects.isEmpty() || clauseOnly && subjects.size() < 2) {
      return null;
    }
    IndexedWord subject = subjects.get(0);
    return NOMINAL.contains(subject.tag()) ? subject : null;
  }

  /** "They" for a past or plural verb, "He" for "says": a subject the parser cannot misread. */
  private static CoreLabel standIn(CoreLabel verb) {
    CoreLabel pronoun = new CoreLabel();
    String word = "VBZ".equals(verb.tag()) ? "He" : "They";
    pronoun.setWord(word);
    pronoun.setValue(word);
    pronoun.setOriginalText(word);
    pronoun.setLemma(word.toLowerCase());
    pronoun.setTag("PRP");
    pronoun.setIndex(STAND_IN_INDEX);
    return pronoun;
  }
}
