package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The tense of the clause a phrase sits in, read off the verb that governs it. */
final class TenseFinder {

  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "wo", "shall");
  /** Words that put an infinitive after them in the future: "is due to visit", "plans to sell". */
  private static final Set<String> FUTURE_FRAMES = Set.of("due", "set", "expected", "scheduled",
      "slated", "poised", "going", "plan", "intend", "aim", "about", "likely", "unlikely",
      // lemmas of the participles: "is supposed to end", "is expected to close", "is
      // scheduled to vote"
      "suppose", "expect", "schedule", "slate");
  private static final int MAX_HOPS = 6;

  private TenseFinder() {}

  static Tense of(SemanticGraph tree, List<CoreLabel> phrase) {
    if (tree == null || phrase.isEmpty()) {
      return Tense.PRESENT;
    }
    Predicate<IndexedWord> stops = w -> isVerb(w) || isDue(w) || isPastCopula(tree, w);
    Governor governor = governor(tree, phrase, stops);
    if (governor != null && isVerb(governor.word()) && isBareGerund(tree, governor.word())
        && isOrderedBy(tree, governor.word(), "since") && !modifiesNoun(tree, phrase)) {
      // "since boycotting a fixture in February": what "since" starts from is behind the
      // clause, however the clause is told. Not a date that names a noun ("since announcing
      // the November vote"), which may be ahead
      return Tense.PAST;
    }
    if (governor != null && governor.direct() && isVerb(governor.word())
        && isTenselessGerund(tree, governor.word())) {
      IndexedWord clause = tree.getParent(governor.word());
      if (clause != null && isVerb(clause)) {
        // "joined the debate, announcing on Wednesday ...": a gerund has no tense of its
        // own; the event it names, with the date on it, is told in the tense of the clause
        // it hangs on. Only for a date on the verb itself: a date inside its object
        // ("teeing up the November showdown") is the noun's own time
        governor = governor(tree, phrase, clause, governor.hop() + 1, false, stops);
      }
    }
    if (governor == null) {
      return Tense.PRESENT;
    }
    IndexedWord word = governor.word();
    if (isVerb(word)) {
      return tenseOfGoverningVerb(tree, word, governor.hop());
    }
    if (isDue(word)) {
      // "payment is due Dec. 7", "payable Jan. 2"; "was due" and "had been due" stay past
      Tense tense = tenseOfVerb(tree, word);
      return tense == Tense.PAST ? Tense.PAST : Tense.FUTURE;
    }
    // "Thursday's referendum was a reminder": a noun or adjective with a copula heads a
    // clause as a verb does, and a past "was" or "has been" said of the event the date
    // hangs on tells that it took place. Not "will be": "his address Sunday will be a
    // major topic" says what the event will become, not when it is; nor a present
    // copula ("Friday's vote is crucial"): for those the walk goes on, as before
    return Tense.PAST;
  }

  /** The tense a verb gives a date it governs, {@code hop} steps above the date's first word. */
  private static Tense tenseOfGoverningVerb(SemanticGraph tree, IndexedWord word, int hop) {
    if (isPlannedInfinitive(tree, word)) {
      // "is due to visit Monday" is ahead; "had been due to expire Friday" is behind
      return tenseOfVerb(tree, tree.getParent(word)) == Tense.PAST ? Tense.PAST
          : Tense.FUTURE;
    }
    IndexedWord head = tree.getParent(word);
    if (isToInfinitive(tree, word) && head != null && isVerb(head)
        && tenseOfVerb(tree, head) == Tense.FUTURE) {
      // "will meet in London on Wednesday to discuss ...": an infinitive of purpose has no
      // tense of its own and is not before the verb it serves, so a future there is its own
      return Tense.FUTURE;
    }
    if (isObligation(tree, word)) {
      // "still has to go through a June hearing": what must happen is ahead; "had to" is not
      return tenseOfVerb(tree, word) == Tense.PAST && !hasPresentAux(tree, word)
          ? Tense.PAST : Tense.FUTURE;
    }
    if (hop == 1 && isProgressiveEvent(tree, word)) {
      // "is leaving the show on Jan. 24": news writes arrangements in the present
      // progressive
      return Tense.FUTURE;
    }
    Tense tense = tenseOfVerb(tree, word);
    // "is scheduled for Thursday": a plan, not the present; "the committee meets Tuesday":
    // news uses the simple present of an event verb for what is on the calendar (only for
    // a date the verb governs itself, not "follows Tuesday's declaration")
    return tense == Tense.PRESENT
            && (isPlan(word) || (hop == 1 && isScheduledPresent(tree, word)))
        ? Tense.FUTURE : tense;
  }

  /**
   * A word above a phrase, how many steps up the tree from the phrase's first word, and whether
   * it is the first word outside the phrase on the way (so it governs the phrase itself).
   */
  private record Governor(IndexedWord word, int hop, boolean direct) {}

  private static Governor governor(SemanticGraph tree, List<CoreLabel> phrase,
      Predicate<IndexedWord> stops) {
    return governor(tree, phrase, tree.getNodeByIndexSafe(phrase.get(0).index()), 0, true,
        stops);
  }

  /**
   * Walks up the tree from {@code from} ({@code hop} steps above the phrase's first word) to the
   * first word outside the phrase that {@code stops} accepts, within {@link #MAX_HOPS} steps;
   * null when there is none. The three questions this class asks of a phrase (its tense, a
   * present or modal clause, no tense at all) differ only in where the walk stops.
   */
  private static Governor governor(SemanticGraph tree, List<CoreLabel> phrase, IndexedWord from,
      int hop, boolean direct, Predicate<IndexedWord> stops) {
    IndexedWord word = from;
    for (int h = hop; word != null && h < MAX_HOPS; h++) {
      if (!isInPhrase(word, phrase)) {
        if (stops.test(word)) {
          return new Governor(word, h, direct);
        }
        direct = false;
      }
      word = tree.getParent(word);
    }
    return null;
  }

  private static boolean isVerb(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("VB");
  }

  /** Modals that speak of what is still open; "would" and "could" are also past forms. */
  private static final Set<String> OPEN_MODALS = Set.of("will", "'ll", "wo", "shall", "can",
      "ca", "may", "might", "must", "should");

  /**
   * True when the first verb above the phrase (or a predicate with a copula: "is ready", "are
   * closed") is in the simple present or carries an open modal ("takes effect", "is open",
   * "should be ready", "can start"), with no past or perfect auxiliary; false when no verb is
   * in reach, so a verbless headline is no present clause.
   */
  static boolean presentOrModal(SemanticGraph tree, List<CoreLabel> phrase) {
    if (tree == null || phrase.isEmpty()) {
      return false;
    }
    Governor governor = governor(tree, phrase, w -> w.tag() != null && (isVerb(w)
        || tree.outgoingEdgeList(w).stream()
            .anyMatch(e -> e.getRelation().toString().equals("cop"))));
    if (governor == null) {
      return false;
    }
    IndexedWord word = governor.word();
    boolean present = "VBZ".equals(word.tag()) || "VBP".equals(word.tag());
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      String relation = edge.getRelation().toString();
      if (!relation.startsWith("aux") && !relation.equals("cop")) {
        continue;
      }
      IndexedWord aux = edge.getDependent();
      String w = aux.word().toLowerCase(Locale.ROOT);
      if ("VBD".equals(aux.tag()) || w.equals("has") || w.equals("have")
          || w.equals("would") || w.equals("could")) {
        return false;
      }
      present |= "VBZ".equals(aux.tag()) || "VBP".equals(aux.tag())
          || OPEN_MODALS.contains(w);
    }
    return present;
  }

  /**
   * True for a noun or adjective that heads a past copular clause: "was an unnerving reminder",
   * "have been much larger"; false with a future auxiliary ("will have been") or none.
   */
  private static boolean isPastCopula(SemanticGraph tree, IndexedWord head) {
    if (head.tag() == null || head.tag().startsWith("VB")
        || tree.outgoingEdgeList(head).stream()
            .noneMatch(e -> e.getRelation().toString().equals("cop"))) {
      return false;
    }
    boolean past = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if (!relation.equals("cop") && !relation.startsWith("aux")) {
        continue;
      }
      String w = edge.getDependent().word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUXILIARIES.contains(w) || "MD".equals(edge.getDependent().tag())) {
        // "will be", "could have been": not a telling of what took place
        return false;
      }
      // "was", "were"; "has been", "had been"
      past |= "VBD".equals(edge.getDependent().tag()) || w.equals("has") || w.equals("have");
    }
    return past;
  }

  /** Subordinators that order a gerund against its clause: "before announcing her run". */
  private static final Set<String> TIME_ORDER = Set.of("before", "after", "while", "when",
      "since", "upon", "until");
  /** Gerunds that mark where their clause's time begins or ends: "were hammered out beginning
   * on Sunday", "will be closed starting Monday". */
  private static final Set<String> TIME_SIGNAL = Set.of("begin", "start", "end", "follow");

  /**
   * A gerund with no auxiliary or subject whose date is its clause's time: one that reports
   * speech ("announcing on Wednesday that ..."), marks a start or end ("beginning on Sunday"),
   * or is ordered by "before", "after", "while" ("before announcing her run in April"). Other
   * gerunds are left alone: ", setting up elections in November" names an event ahead of the
   * clause, and the parse may hang the date on the gerund. Infinitives are left alone too:
   * "agreed to sell in March" may well be ahead of the agreeing.
   */
  private static boolean isTenselessGerund(SemanticGraph tree, IndexedWord verb) {
    if (!isBareGerund(tree, verb)) {
      return false;
    }
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    return SpeechVerbs.isSpeechVerb(lemma, verb.tag()) || TIME_SIGNAL.contains(lemma)
        || TIME_ORDER.stream().anyMatch(w -> isOrderedBy(tree, verb, w));
  }

  /**
   * A gerund with no tense, auxiliary or subject of its own: "announcing", and the passive
   * "being fined" ("after being fined on Tuesday", a gerund whose only auxiliary is "being").
   */
  private static boolean isBareGerund(SemanticGraph tree, IndexedWord verb) {
    boolean passive = "VBN".equals(verb.tag())
        && tree.outgoingEdgeList(verb).stream()
            .filter(e -> e.getRelation().toString().startsWith("aux"))
            .map(e -> e.getDependent().word().toLowerCase(Locale.ROOT))
            .reduce((a, b) -> a + " " + b).filter("being"::equals).isPresent();
    if (!"VBG".equals(verb.tag()) && !passive) {
      return false;
    }
    return tree.outgoingEdgeList(verb).stream()
        .noneMatch(e -> {
          String r = e.getRelation().toString();
          return (r.startsWith("aux") && !passive) || r.equals("cop") || r.startsWith("nsubj");
        });
  }

  /**
   * True when {@code word} introduces the verb's clause: as its marker ("after announcing"), or,
   * where the parse makes the verb hang on the subordinator, as its head ("since boycotting").
   */
  private static boolean isOrderedBy(SemanticGraph tree, IndexedWord verb, String word) {
    IndexedWord head = tree.getParent(verb);
    return (head != null && word.equalsIgnoreCase(head.word()))
        || tree.outgoingEdgeList(verb).stream()
            .anyMatch(e -> e.getRelation().toString().equals("mark")
                && e.getDependent().word().equalsIgnoreCase(word));
  }

  /** How a word hangs on a noun: "Monday's debate", "her Sunday morning health crisis". */
  private static final Set<String> NOUN_MODIFIER = Set.of("nmod:poss", "compound", "amod");

  /**
   * True when the phrase modifies a noun rather than a verb ("Monday's debate", "Thursday's
   * close"): no verb dates it, so the clause's tense found by {@link #of} says nothing about it.
   */
  static boolean modifiesNoun(SemanticGraph tree, List<CoreLabel> phrase) {
    if (tree == null) {
      return false;
    }
    for (CoreLabel token : phrase) {
      IndexedWord word = tree.getNodeByIndexSafe(token.index());
      IndexedWord head = word == null ? null : tree.getParent(word);
      if (head != null && !isInPhrase(head, phrase) && tree.reln(head, word) != null
          && NOUN_MODIFIER.contains(tree.reln(head, word).toString())) {
        // a common noun: "Monday's debate"; not a title, "Saturday Night Live"
        return "NN".equals(head.tag()) || "NNS".equals(head.tag());
      }
    }
    return false;
  }

  /**
   * Verbs and adjectives whose "to" infinitive tells an event of the same time as themselves,
   * never a later one: attempts ("trying to reverse", "failed to stop", "managed to land") and
   * surprise at what was seen ("were surprised to see"). Unlike "agreed to sell" or "plans to
   * visit", they give the infinitive no time ahead.
   */
  private static final Set<String> SAME_TIME_FRAMES = Set.of("try", "attempt", "manage", "fail",
      "struggle", "surprised", "shocked", "stunned", "astonished", "amazed", "startled");

  /**
   * True when the first verb above the phrase is a "to" infinitive, with no tense of its own,
   * that hangs on an attempt or a surprise ({@link #SAME_TIME_FRAMES}): "were surprised to see
   * the sign on Friday night". Its date is then told in the tense of the sentence.
   */
  static boolean underSameTimeInfinitive(SemanticGraph tree, List<CoreLabel> phrase) {
    if (tree == null || phrase.isEmpty()) {
      return false;
    }
    Governor governor = governor(tree, phrase, TenseFinder::isVerb);
    if (governor == null || !isToInfinitive(tree, governor.word())) {
      return false;
    }
    IndexedWord frame = tree.getParent(governor.word());
    return frame != null && ((frame.lemma() != null
            && SAME_TIME_FRAMES.contains(frame.lemma().toLowerCase(Locale.ROOT)))
        || SAME_TIME_FRAMES.contains(frame.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * True when no tensed verb governs the phrase: none within reach, or the first one is a bare
   * gerund ("Following Monday's debate, ..."). A verb with a modal ("can win Tuesday's primary")
   * or in the present tense has a tense of its own, and {@link #of} has read it.
   */
  static boolean untensed(SemanticGraph tree, List<CoreLabel> phrase) {
    return untensed(tree, phrase, true);
  }

  /**
   * True when no verb (nor "due") governs the phrase within reach: "Volume was 840.8 million
   * shares, up from 443.6 million Thursday", where the parse hangs the weekday on the number.
   */
  static boolean noVerbInReach(SemanticGraph tree, List<CoreLabel> phrase) {
    return untensed(tree, phrase, true) && !untensed(tree, phrase, false);
  }

  private static boolean untensed(SemanticGraph tree, List<CoreLabel> phrase,
      boolean noVerbCounts) {
    if (tree == null || phrase.isEmpty()) {
      return false;
    }
    Governor governor = governor(tree, phrase, w -> isVerb(w) || isDue(w));
    if (governor == null) {
      return noVerbCounts;
    }
    IndexedWord word = governor.word();
    return isVerb(word) && "VBG".equals(word.tag()) && tree.outgoingEdgeList(word).stream()
        .noneMatch(e -> e.getRelation().toString().startsWith("aux"));
  }

  /**
   * The tense a run of tokens speaks in, read off its tags alone: PAST when it has a past-tense
   * verb and no future auxiliary, FUTURE for the reverse, PRESENT when it has both ("will be
   * without him for Saturday's game after FIFA suspended him": no telling), null for neither.
   */
  static Tense ofTags(List<CoreLabel> tokens) {
    boolean past = false;
    boolean future = false;
    for (CoreLabel token : tokens) {
      past |= "VBD".equals(token.tag());
      future |= "MD".equals(token.tag()) && token.word() != null
          && FUTURE_AUXILIARIES.contains(token.word().toLowerCase(Locale.ROOT));
    }
    if (past == future) {
      return past ? Tense.PRESENT : null;
    }
    return past ? Tense.PAST : Tense.FUTURE;
  }

  /**
   * The tense an article mostly reports in: PAST when its past-tense verbs outnumber its
   * present-tense ones, as in most news reports; otherwise PRESENT.
   */
  static Tense dominant(List<CoreLabel> tokens) {
    int past = 0;
    int present = 0;
    for (CoreLabel token : tokens) {
      if ("VBD".equals(token.tag())) {
        past++;
      } else if ("VBZ".equals(token.tag()) || "VBP".equals(token.tag())) {
        present++;
      }
    }
    return past > present ? Tense.PAST : Tense.PRESENT;
  }

  /** Words that put the date of a present-tense clause in the future: "is scheduled for". */
  private static final Set<String> PLANS = Set.of("schedule", "set", "slate", "plan", "expect",
      "due", "reschedule", "postpone");

  /** Present-tense verbs that state, rather than schedule: "is", "has", "says". */
  private static final Set<String> STATIVE = Set.of("be", "have", "say", "tell", "know", "think",
      "believe", "want", "need", "seem", "appear", "remain", "show", "report", "own", "hold",
      "include", "mean", "expect", "estimate", "predict", "hope", "fear", "see", "like");

  private static boolean isScheduledPresent(SemanticGraph tree, IndexedWord verb) {
    boolean simplePresent = ("VBZ".equals(verb.tag()) || "VBP".equals(verb.tag()))
        && tree.outgoingEdgeList(verb).stream()
            .noneMatch(e -> e.getRelation().toString().startsWith("aux"));
    return simplePresent && verb.lemma() != null
        && !STATIVE.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isPlan(IndexedWord verb) {
    return "VBN".equals(verb.tag()) && verb.lemma() != null
        && PLANS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Adjectives that date what is still to come: "due Dec. 7", "payable Jan. 2". */
  private static final Set<String> AHEAD = Set.of("due", "payable", "effective");

  private static boolean isDue(IndexedWord word) {
    return word.word() != null && AHEAD.contains(word.word().toLowerCase(Locale.ROOT))
        && word.tag() != null && word.tag().startsWith("JJ");
  }

  private static Tense tenseOfVerb(SemanticGraph tree, IndexedWord verb) {
    IndexedWord head = tree.getParent(verb);
    if (("VBN".equals(verb.tag()) || "VB".equals(verb.tag())) && head != null
        && head.tag() != null
        && head.tag().startsWith("VB") && tree.outgoingEdgeList(verb).stream()
            .noneMatch(e -> e.getRelation().toString().startsWith("aux"))
        && tree.reln(head, verb) != null && tree.reln(head, verb).toString().equals("conj")) {
      // "left on Friday and docked Sunday", "will close Friday and reopen Tuesday": a bare
      // second verb shares the first one's tense
      return tenseOfVerb(tree, head);
    }
    // a VBN with a subject and no auxiliary is a past tense the tagger misread ("The deal
    // closed"); a participle that modifies a noun ("the year ended March 31", "the high set
    // Aug. 6") tells of the past too
    boolean bareParticiple = "VBN".equals(verb.tag())
        && tree.outgoingEdgeList(verb).stream().map(e -> e.getRelation().toString())
            .noneMatch(r -> r.startsWith("aux") || r.equals("cop"));
    boolean past = "VBD".equals(verb.tag()) || (bareParticiple
        && (tree.outgoingEdgeList(verb).stream()
            .anyMatch(e -> e.getRelation().toString().equals("nsubj"))
            || (head != null && tree.reln(head, verb) != null
                && tree.reln(head, verb).toString().startsWith("acl"))));
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (!relation.startsWith("aux")) {
        continue;
      }
      IndexedWord aux = edge.getDependent();
      String auxWord = aux.word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUXILIARIES.contains(auxWord)) {
        return Tense.FUTURE;
      }
      // "has risen", "had said", "was held", "did not": all speak of the past
      past |= "VBD".equals(aux.tag()) || auxWord.equals("has") || auxWord.equals("have");
    }
    if ("JJ".equals(verb.tag()) || "VBN".equals(verb.tag())) {
      // a copula carries the tense of "was due", "were scheduled"
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
        String relation = edge.getRelation().toString();
        if (relation.equals("cop") || relation.startsWith("aux")) {
          String w = edge.getDependent().word().toLowerCase(Locale.ROOT);
          if (FUTURE_AUXILIARIES.contains(w)) {
            return Tense.FUTURE;
          }
          past |= "VBD".equals(edge.getDependent().tag());
        }
      }
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }

  /** "has to go", "have to pay": an infinitive with "to" whose auxiliary is "have". */
  private static boolean isObligation(SemanticGraph tree, IndexedWord verb) {
    boolean to = tree.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("to"));
    return to && "VB".equals(verb.tag()) && tree.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().startsWith("aux")
            && e.getDependent().lemma() != null && e.getDependent().lemma().equals("have"));
  }

  private static boolean hasPresentAux(SemanticGraph tree, IndexedWord verb) {
    return tree.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().startsWith("aux")
            && ("VBZ".equals(e.getDependent().tag()) || "VBP".equals(e.getDependent().tag())));
  }

  /** "is leaving", "are meeting": a present "be" and the -ing form of an event verb. */
  private static boolean isProgressiveEvent(SemanticGraph tree, IndexedWord verb) {
    return "VBG".equals(verb.tag()) && verb.lemma() != null
        && !STATIVE.contains(verb.lemma().toLowerCase(Locale.ROOT))
        && tree.outgoingEdgeList(verb).stream()
            .anyMatch(e -> e.getRelation().toString().startsWith("aux")
                && ("VBZ".equals(e.getDependent().tag()) || "VBP".equals(e.getDependent().tag()))
                && e.getDependent().lemma() != null && e.getDependent().lemma().equals("be"));
  }

  private static boolean isPlannedInfinitive(SemanticGraph tree, IndexedWord verb) {
    IndexedWord frame = tree.getParent(verb);
    return isToInfinitive(tree, verb) && frame != null && frame.lemma() != null
        && FUTURE_FRAMES.contains(frame.lemma().toLowerCase(Locale.ROOT));
  }

  /** "to discuss", "to visit": a base form with "to". */
  private static boolean isToInfinitive(SemanticGraph tree, IndexedWord verb) {
    return "VB".equals(verb.tag()) && tree.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("to"));
  }

  private static boolean isInPhrase(IndexedWord word, List<CoreLabel> phrase) {
    return word.index() >= phrase.get(0).index()
        && word.index() <= phrase.get(phrase.size() - 1).index();
  }
}
