package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attribution relations read from the basic dependency tree, quoted or not: a cue verb's subject is
 * the source and its clausal complement ({@code ccomp}) the content ("X said (that) …", "X told Y
 * …", "X believes …", "the report found …"); a cue verb hanging off the clause it reports
 * ({@code parataxis}: "…, X said") reports that clause; "according to X" reports the clause it
 * modifies. Cues and sources inside quotation marks belong to the quoted speaker and are skipped.
 *
 * Nouns of saying with their holder ("his claim that …") are read by {@link NominalCues}, a
 * stance stated with a copula ("was critical of …") by {@link StancePredicates}, a
 * line's "Name: …" label by {@link LineLabelSource}, a finding "in" one poll by {@link
 * PollCues}, and where a content ends by {@link ContentExtent}.
 *
 * <p>Only sentences with a cue word are parsed, so the parse on demand stays off most sentences.
 * The basic tree suffices: the enhanced graph would add nothing the patterns read.
 */
final class ReportedSpeech {

  /** A relation in char offsets; the source is absent when {@code sourceBegin < 0}. */
  record Found(int sourceBegin, int sourceEnd, EntityCluster entity, int cueBegin, int cueEnd,
      int contentBegin, int contentEnd) {

    boolean hasSource() {
      return sourceBegin >= 0;
    }
  }

  /** Subjects that name no source: expletives, relative and question words. */
  private static final Set<String> NOT_SOURCES = Set.of("there", "which", "what", "who", "whom",
      "that", "whoever", "whatever");
  /** Pronoun sources resolved to the person named before them; "his"/"her" hold a cue noun. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her");
  /** Trimmed from a content's edges: a content is the clause, not the commas around it. */
  /** Verbs whose direct object is what the source said or stands for (see messageObject). */
  private static final Set<String> MESSAGE_VERBS = Set.of("announce", "propose", "deny", "tweet",
      "post", "report", "claim", "reveal", "predict", "promise", "pledge", "vow", "demand",
      "confirm", "acknowledge", "admit", "repeat", "reiterate", "say", "write", "suggest",
      "recommend", "disclose", "mention", "dismiss", "reject", "criticize", "criticise", "praise",
      "endorse", "blame", "question", "defend", "condemn", "urge", "ask", "cite",
      // stressing or voicing a point or a concern: "noted the delay", "expressed concern"
      "note", "stress", "emphasize", "emphasise", "recount", "echo", "express");
  /**
   * Message verbs whose gerund clause is a position taken ("proposed closing the bridge", "denied
   * wasting money"); not those that retell an event ("recounted telling them").
   */
  private static final Set<String> GERUND_MESSAGE_VERBS = Set.of("propose", "suggest",
      "recommend", "deny", "admit", "acknowledge", "reject", "defend", "dismiss", "criticize",
      "criticise", "praise", "endorse", "question", "condemn", "urge", "promise", "pledge", "vow",
      "demand", "claim");
  /**
   * Verbs whose object is a finding when a document or study is their subject: "a 2014 study
   * found 31 incidents", "video shows him with his hands raised" (the guidelines' documents as
   * sources); "she found her keys" stays none.
   */
  private static final Set<String> EVIDENCE_VERBS = Set.of("find", "show", "reveal", "indicate",
      "document", "record");
  private static final Set<String> EVIDENCE_NOUNS = Set.of("report", "study", "survey", "poll",
      "analysis", "research", "data", "video", "footage", "transcript", "audit", "investigation",
      "review", "record", "document", "figure", "statistic", "probe", "inquiry", "census", "memo",
      "filing", "test", "experiment", "tally", "count", "estimate", "assessment", "evaluation");
  /** Words that stand for a whole answer after a verb of saying ("said so", "said no"). */
  private static final Set<String> ANSWER_WORDS = Set.of("so", "yes", "no");
  /** Verbs whose content is a question or request put to someone ("asked Y if …"). */
  private static final Set<String> QUESTION_VERBS = Set.of("ask");
  /** How a parse hangs a cue verb off the clause it reports. */
  private static final Set<String> HUNG_OFF = Set.of("parataxis", "csubj", "csubj:pass", "dep");
  private static final String EDGE_PUNCTUATION = ",;:—–-(";

  private final String text;
  private final List<CoreSentence> sentences;
  private final List<EntityCluster> entities;
  private final List<QuoteFinder.Found> quotes;
  private final PronounResolver pronouns;
  private final SourceEntity sourceEntity;
  private final ReportingSubjects subjects;

  ReportedSpeech(CoreDocument document, List<EntityCluster> entities,
      List<QuoteFinder.Found> quotes, PronounResolver pronouns) {
    this.text = document.text();
    this.sentences = document.sentences();
    this.entities = entities;
    this.quotes = quotes;
    this.pronouns = pronouns;
    this.sourceEntity = new SourceEntity(text, entities, quotes);
    this.subjects = new ReportingSubjects(text, quotes, entities);
  }

  /** Every relation the trees show, in reading order of their cues. */
  List<Found> find() {
    List<Found> found = new ArrayList<>();
    for (CoreSentence sentence : sentences) {
      Found labelled = LineLabelSource.read(text, sentence, entities);
      if (labelled != null) {
        found.add(labelled);
      }
      if (!hasCueWord(sentence)) {
        continue;
      }
      SemanticGraph tree = Sentences.basicTree(sentence);
      if (tree == null) {
        continue;
      }
      for (IndexedWord word : tree.vertexListSorted()) {
        if (insideQuote(word.beginPosition())) {
          continue;
        }
        // a learned cue is read as a reporting verb with its clause (or the clause the parse left
        // loose after it), else as one of stance: not in the shapes that take a clause the verb
        // does not govern ("…, as they bristled at X")
        boolean learnedCue = LearnedCues.isCue(word.lemma(), word.tag());
        boolean verbCue = AttributionCues.isCue(tree, word)
            || learnedCue && (Subtrees.child(tree, word, "ccomp") != null
                || looseComplement(tree, word) != null);
        boolean intentionCue = IntentionCues.isCue(word.lemma(), word.tag()) || learnedCue;
        IndexedWord pollClause = PollCues.clause(tree, word);
        Found f = word.word().equalsIgnoreCase("according") ? fromAccordingTo(tree, word)
            : pollClause != null ? fromPhraseCue(tree, word, tree.getParent(word), pollClause,
                word.endPosition()) // "In the new poll, 40 percent …", see PollCues
            : isCallFor(word, tree.getNodeByIndexSafe(word.index() + 1)) ? fromCallFor(tree, word)
            : verbCue ? fromVerb(tree, word) : null;
        if (intentionCue && (f == null || IntentionCues.hasInfinitive(tree, word))) {
          Found intention = fromIntention(tree, word); // "urged Y to …"
          f = intention == null ? f : intention;
        }
        if (f == null && (verbCue || intentionCue)) {
          f = fromPassive(tree, word);
        }
        if (f == null && verbCue) {
          f = fromAsked(tree, word); // "when asked about X", see AskedCues
        }
        if (f == null && TopicCues.isCue(word.lemma(), word.tag())) {
          f = fromTopic(tree, word); // "talked about X", see TopicCues
        }
        if (f == null && NamingCues.isCue(word.lemma(), word.tag())) {
          f = fromNaming(tree, word); // "called him a liar", see NamingCues
        }
        if (f == null && PutForwardCues.isCue(word.lemma(), word.tag())) {
          f = fromPutForward(tree, word); // "laid out his plan", see PutForwardCues
        }
        if (f == null && LearnedPairCues.isCue(word.lemma(), word.tag())) {
          f = fromPair(tree, word); // "took issue with X", see LearnedPairCues
        }
        if (f == null) {
          f = fromSeeming(tree, word); // "Sanders appears to lead", see SeemingCues
        }
        if (f == null && verbCue) {
          f = fromClosingClause(tree, word); // "…, the airline said", see ClosingReportingClause
        }
        if (f == null && verbCue) {
          f = fromStranded(tree, word); // "Residents interviewed … said …", see StrandedCue
        }
        if (f == null) {
          f = fromMakeClear(tree, word); // "made it clear that …", see MakeClearCue
        }
        if (f == null) {
          f = fromSubjectCue(tree, word, StancePredicates.content(tree, word)); // "was wary of X"
        }
        if (f == null) {
          f = fromNoun(tree, word); // "his claim that …", see NominalCues
        }
        f = f == null ? null : withoutTrailingAside(tree, f);
        if (f != null && !CueSenses.rejects(text, tree, word, f)) {
          found.add(f);
        }
      }
    }
    return found;
  }

  /** A cue lemma, "according" or "called for" outside quotations: worth a parse. */
  private boolean hasCueWord(CoreSentence sentence) {
    List<CoreLabel> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!insideQuote(tokens.get(i).beginPosition()) && mayCue(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** Before the parse: token {@code i} may be a cue of some shape read here (the cue gate). */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    return "according".equalsIgnoreCase(token.word())
        || AttributionCues.isCue(token.lemma(), token.tag())
        || SpeechVerbs.mayBeParticleSpeechVerb(tokens, i)
        || IntentionCues.isCue(token.lemma(), token.tag())
        || LearnedCues.isCue(token.lemma(), token.tag())
        || isCallFor(token.lemma(), token.tag(),
            i + 1 < tokens.size() ? tokens.get(i + 1).word() : null)
        || NominalCues.mayCue(tokens, i) || TopicCues.mayCue(tokens, i)
        || PollCues.mayCue(tokens, i)
        || NamingCues.mayCue(tokens, i) || MakeClearCue.mayCue(tokens, i)
        || PutForwardCues.mayCue(tokens, i) || LearnedPairCues.mayCue(tokens, i)
        || SeemingCues.mayCue(tokens, i)
        || StancePredicates.mayCue(tokens, i);
  }

  private static boolean isCallFor(IndexedWord verb, IndexedWord next) {
    return next != null && isCallFor(verb.lemma(), verb.tag(), next.word());
  }

  /**
   * "called for a moratorium", "is calling for reducing the rate", "called on the council to
   * resign": a demand whose content is the object of "for" or "on" (PolNeAR counts it). "call"
   * alone ("called a meeting") cues nothing; "called him a liar" is naming, see NamingCues.
   */
  private static boolean isCallFor(String lemma, String tag, String nextWord) {
    return "call".equalsIgnoreCase(lemma) && tag != null && tag.startsWith("VB")
        && ("for".equalsIgnoreCase(nextWord) || "on".equalsIgnoreCase(nextWord));
  }

  /**
   * The content of "X called for Y" is Y, the object of "for", without the "for"; of "X called on
   * Y to Z" it is "Y to Z", and "on" needs that infinitive ("called on Tuesday" demands nothing).
   */
  private Found fromCallFor(SemanticGraph tree, IndexedWord verb) {
    IndexedWord forWord = tree.getNodeByIndexSafe(verb.index() + 1);
    IndexedWord subject = subjectOf(tree, verb);
    IndexedWord object = tree.getParent(forWord);
    if (subject == null || object == null || object.equals(verb)
        || object.beginPosition() < forWord.endPosition()) {
      return null;
    }
    int[] span = Subtrees.span(tree, object);
    if (forWord.word().equalsIgnoreCase("on") && !IntentionCues.isInfinitive(tree, object)) {
      // "on" is often read as the mark of "to delay", whose subject is the council
      int[] infinitive = infinitiveAfter(tree, verb, object);
      if (infinitive == null) {
        return null;
      }
      span = new int[] {span[0], Math.max(span[1], infinitive[1])};
    }
    int[] content = trim(new int[] {forWord.endPosition(), span[1]});
    if (content == null) {
      return null;
    }
    return withSource(tree, subject, verb.beginPosition(), forWord.endPosition(), content);
  }

  /** The infinitive of "called on Y to Z", on the verb or on Y; null when there is none. */
  private static int[] infinitiveAfter(SemanticGraph tree, IndexedWord verb, IndexedWord object) {
    for (IndexedWord head : List.of(verb, object)) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
        IndexedWord clause = edge.getDependent();
        if ((edge.getRelation().toString().equals("xcomp")
            || edge.getRelation().toString().equals("acl"))
            && clause.index() > object.index() && IntentionCues.isInfinitive(tree, clause)) {
          return Subtrees.span(tree, clause);
        }
      }
    }
    return null;
  }

  /** A noun-phrase content without the writer's apposition after it: see ContentExtent. */
  private Found withoutTrailingAside(SemanticGraph tree, Found f) {
    int[] content = new int[] {f.contentBegin(), f.contentEnd()};
    int[] cut = ContentExtent.withoutTrailingAside(tree, content);
    cut = cut == content ? null : trim(cut);
    return cut == null ? f : new Found(f.sourceBegin(), f.sourceEnd(), f.entity(), f.cueBegin(),
        f.cueEnd(), cut[0], cut[1]);
  }

  /** "his claim that …", "in her view, …": see {@link NominalCues}. */
  private Found fromNoun(SemanticGraph tree, IndexedWord noun) {
    NominalCues.Reading r = NominalCues.read(tree, noun);
    int[] content = r == null ? null : trim(r.content());
    return content == null ? null
        : withSource(tree, r.source(), r.cueBegin(), r.cueEnd(), content);
  }

  private Found fromVerb(SemanticGraph tree, IndexedWord verb) {
    if (StrandedCue.misreadRelativeWord(tree, verb) != null) {
      return fromStranded(tree, verb); // the tree's subject is a verb: see StrandedCue
    }
    int[] content = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().equals("ccomp")
          && (SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())
              || !opensWithWhWord(tree, edge.getDependent()))) {
        content = ContentExtent.clause(tree, edge.getDependent());
        if (edge.getDependent().index() > verb.index()) {
          break; // of two, the clause after the cue: "Like other owners who …, Smith said he …"
        }
      }
    }
    if (content == null) {
      content = question(tree, verb);
    }
    if (content == null) {
      content = looseComplement(tree, verb);
    }
    IndexedWord subject = subjectOf(tree, verb);
    IndexedWord parent = tree.getParent(verb);
    if (content == null && parent != null && HUNG_OFF.contains(
        tree.getEdge(parent, verb).getRelation().toString())
        && subject != null && !hungOffNoun(tree, parent, verb)
        && !participleClause(tree, verb, parent)) {
      content = besideCue(tree, parent, verb);
      if (subjects.withinDateline(content[0], content[1])) {
        content = null; // "WASHINGTON, March 4 -- A panel criticized …": no clause reported
      }
    }
    if (content == null && subject != null && asClause(tree, verb, parent)) {
      content = hostClause(tree, parent, verb); // "As the ministry noted, exports rose …"
    }
    if (content == null) { // after the clause shapes: "denied that money …" misparsed has an obj
      content = messageObject(tree, verb);
    }
    if (content == null) {
      content = answerWord(tree, verb); // "half said so", "72 percent said yes"
      if (content != null && subject != null && subject.tag() != null
          && subject.tag().startsWith("VB")) {
        return null; // "Asked whether …, 75 percent said yes" parsed with "Asked" as subject
      }
    }
    content = withSubjectReadAsObject(tree, verb, content);
    if (content == null || subject == null) {
      return null; // "knowing that …", "asked whether …": nobody is named as the source
    }
    if (borrowedSubjectInside(tree, verb, subject, content)) {
      return null; // "Clinton wins the primary, adding …": the clause is not what it adds
    }
    content = trim(content);
    if (content == null) {
      return null;
    }
    Found f = withSource(tree, subject, verb.beginPosition(), verb.endPosition(), content);
    int[] whole = ContentExtent.fromRelativeWord(tree, verb, subject,
        ContentExtent.aroundMidCue(text, tree, subject, verb, content));
    if (whole == content && parent != null && content[1] <= verb.beginPosition()
        && HUNG_OFF.contains(tree.getEdge(parent, verb).getRelation().toString())) {
      int end = ContentExtent.pastMidCue(tree, parent, verb);
      int[] on = end <= verb.endPosition() ? null : trim(new int[] {content[0], end});
      whole = on == null || on[1] <= content[1] ? content : on;
    }
    return whole == content ? f : new Found(f.sourceBegin(), f.sourceEnd(), f.entity(),
        f.cueBegin(), f.cueEnd(), whole[0], whole[1]); // the cue inside: "A, he said, B"
  }

  /**
   * "told reporters the administration was confident …": the parser gives the cue both its
   * objects, the audience and the clause's subject, and hangs the rest of the clause on it. A
   * verb of telling has no third complement, so with an indirect object an object right before
   * the clause opens it.
   */
  private int[] withSubjectReadAsObject(SemanticGraph tree, IndexedWord verb, int[] content) {
    IndexedWord object = Subtrees.child(tree, verb, "obj");
    IndexedWord audience = Subtrees.child(tree, verb, "iobj");
    if (content == null || object == null || audience == null) {
      return content;
    }
    int[] told = Subtrees.span(tree, audience);
    int[] span = Subtrees.span(tree, object);
    if (told[0] <= verb.beginPosition() || told[1] > span[0]) {
      return content;
    }
    boolean rightBefore = span[1] <= content[0] && text.substring(span[1], content[0]).isBlank();
    boolean holdsBoth = content[0] <= told[0] && content[1] > span[1]; // "parliament the economy…"
    return rightBefore || holdsBoth ? new int[] {span[0], content[1]} : content;
  }

  /**
   * "Half said so in the earlier poll", "72 percent of Democrats said yes", "asked whether he was
   * ever bullied, he said no": a verb of saying whose answer is the word "so", "yes" or "no"
   * standing for the clause it answers. The PolNeAR guidelines mark that word as the content, as
   * it is all the source is reported to have said. Only the word hung on the verb itself, right
   * after it: "said no one came" and "says no matter what" have "no" on a noun.
   */
  private static int[] answerWord(SemanticGraph tree, IndexedWord verb) {
    IndexedWord next = tree.getNodeByIndexSafe(verb.index() + 1);
    if (next == null || !SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())
        || !ANSWER_WORDS.contains(next.word().toLowerCase(Locale.ROOT))
        || !verb.equals(tree.getParent(next))) {
      return null;
    }
    return Subtrees.span(tree, next);
  }

  /**
   * What "ask" asks, after the one asked: "asked the mayor if the bridge would reopen" (the parse
   * makes the "if" clause an adverbial) and "asked residents to conserve water" (a request). The
   * content is the question or request without the one addressed, as the PolNeAR guidelines mark
   * it; "whether" and wh-clauses come as ccomp and are read above.
   */
  private static int[] question(SemanticGraph tree, IndexedWord verb) {
    return verb.lemma() == null || !QUESTION_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
        ? null : AskedCues.question(tree, verb);
  }

  /**
   * "… sailed 3,100 miles with Atlantic Lines, the company said": a closing reporting clause the
   * parse hangs on the content's last noun (dep); the noun's phrase is not what was said, and
   * {@link ClosingReportingClause} reads the sentence instead.
   */
  private static boolean hungOffNoun(SemanticGraph tree, IndexedWord parent, IndexedWord verb) {
    return parent.index() < verb.index() && parent.tag() != null
        && (parent.tag().startsWith("NN") || parent.tag().equals("PRP"))
        && tree.getEdge(parent, verb).getRelation().toString().equals("dep");
  }

  /**
   * "As the ministry noted, exports rose", "…, as Clyburn pointed out": a cue in an "as" clause
   * without a complement of its own reports the clause it modifies (the PolNeAR guidelines mark
   * that clause as the content). "As he wrote the letter, …" has an object and is no report.
   */
  private static boolean asClause(SemanticGraph tree, IndexedWord verb, IndexedWord parent) {
    if (parent == null || !tree.getEdge(parent, verb).getRelation().toString().startsWith("advcl")) {
      return false;
    }
    boolean as = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("mark")) {
        as = edge.getDependent().word().equalsIgnoreCase("as");
      } else if (relation.equals("obj") || relation.equals("ccomp") || relation.equals("xcomp")
          || relation.startsWith("nsubj:pass") || relation.equals("iobj")) {
        return false;
      }
    }
    return as;
  }

  /**
   * The clause an "as" cue modifies, without the cue's own phrase: the words after it when it
   * opens the clause, before it when it closes it, and the whole clause when it stands inside
   * ("Clinton, as the Times noted, raised …"; also "And, as the paper reported, …", whose source
   * then falls inside the content and is not given: measured and dropped in round 7, see
   * docs/attributions.md).
   */
  private static int[] hostClause(SemanticGraph tree, IndexedWord clause, IndexedWord cue) {
    int[] whole = Subtrees.span(tree, clause);
    int[] own = Subtrees.span(tree, cue);
    boolean before = false;
    boolean after = false;
    for (IndexedWord w : tree.descendants(clause)) {
      if (w.tag() != null && !w.tag().isEmpty() && Character.isLetterOrDigit(w.tag().charAt(0))) {
        before |= w.endPosition() <= own[0];
        after |= w.beginPosition() >= own[1];
      }
    }
    return !before ? new int[] {own[1], whole[1]}
        : !after ? new int[] {whole[0], own[0]} : whole;
  }

  /** "…, the airline said Thursday", "…, said a union official": see ClosingReportingClause. */
  private Found fromClosingClause(SemanticGraph tree, IndexedWord verb) {
    ClosingReportingClause.Reading r = ClosingReportingClause.read(tree, verb);
    Found f = r == null ? null : fromWordOrder(tree, verb, r.sourceHead(), r.content());
    if (f == null || r.runOnEnd() < 0) {
      return f;
    }
    // the cue inside, as "A, he said, B": the content runs on past it
    return new Found(f.sourceBegin(), f.sourceEnd(), f.entity(), f.cueBegin(), f.cueEnd(),
        f.contentBegin(), r.runOnEnd());
  }

  /**
   * A relation read from word order (closing clause, stranded cue) or a question put to someone:
   * none when its content overlaps a quotation, whose relation is the quotation machinery's.
   */
  private Found fromWordOrder(SemanticGraph tree, IndexedWord verb, IndexedWord sourceHead,
      int[] span) {
    if (quotes.stream().anyMatch(q -> q.open() < span[1] && span[0] < q.end())) {
      return null;
    }
    int[] content = trim(span);
    return content == null ? null
        : withSource(tree, sourceHead, verb.beginPosition(), verb.endPosition(), content);
  }

  /** "X made it clear that …": see {@link MakeClearCue}; a source is required. */
  private Found fromMakeClear(SemanticGraph tree, IndexedWord verb) {
    MakeClearCue.Reading r = MakeClearCue.read(tree, verb);
    IndexedWord subject = r == null ? null : subjectOf(tree, verb);
    int[] clause = r == null ? null : ContentExtent.clause(tree, r.clause());
    int[] content = subject == null ? null // "made clear the company must pay": not "clear"
        : trim(new int[] {Math.max(clause[0], r.cueEnd()), clause[1]});
    return content == null ? null
        : withSource(tree, subject, verb.beginPosition(), r.cueEnd(), content);
  }

  /** A cue verb the parse left stranded after a long subject: see {@link StrandedCue}. */
  private Found fromStranded(SemanticGraph tree, IndexedWord verb) {
    StrandedCue.Reading r = StrandedCue.read(tree, verb);
    return r == null ? null : fromWordOrder(tree, verb, r.sourceHead(), r.content());
  }

  /** "X wants to …", "X endorsed Y": see {@link IntentionCues}; a source is required. */
  private Found fromIntention(SemanticGraph tree, IndexedWord verb) {
    return fromSubjectCue(tree, verb, IntentionCues.content(tree, verb));
  }

  /** "X talked about Y": Y is the content; see {@link TopicCues}. */
  private Found fromTopic(SemanticGraph tree, IndexedWord verb) {
    return fromSubjectCue(tree, verb, TopicCues.content(tree, verb));
  }

  /** "X called Y a liar": "Y a liar" is the content; see {@link NamingCues}. */
  private Found fromNaming(SemanticGraph tree, IndexedWord verb) {
    return fromSubjectCue(tree, verb, NamingCues.content(tree, verb));
  }

  /** "X laid out his plan": "his plan" is the content; see {@link PutForwardCues}. */
  private Found fromPutForward(SemanticGraph tree, IndexedWord verb) {
    PutForwardCues.Reading r = PutForwardCues.read(tree, verb);
    return r == null ? null : fromSubjectCue(tree, verb, r.cueEnd(), r.content());
  }

  /** "X took issue with Y": Y is the content; see {@link LearnedPairCues}. */
  private Found fromPair(SemanticGraph tree, IndexedWord verb) {
    LearnedPairCues.Reading r = LearnedPairCues.read(tree, verb);
    return r == null ? null : fromSubjectCue(tree, verb, r.cueEnd(), r.content());
  }

  /**
   * "X appears to Y", "X is expected to Y": an impression, a relation without a source unless a
   * "by" agent holds it; see SeemingCues.
   */
  private Found fromSeeming(SemanticGraph tree, IndexedWord verb) {
    int[] content = SeemingCues.content(tree, verb);
    content = content == null ? null : trim(content);
    return content == null ? null : withSource(tree, SeemingCues.holder(tree, verb),
        verb.beginPosition(), verb.endPosition(), content);
  }

  /** The verb is the cue and its subject the source; nothing without both a subject and a content. */
  private Found fromSubjectCue(SemanticGraph tree, IndexedWord verb, int[] content) {
    return fromSubjectCue(tree, verb, verb.endPosition(), content);
  }

  /** The same with a cue that runs past the verb ("laid out", "took issue"). */
  private Found fromSubjectCue(SemanticGraph tree, IndexedWord verb, int cueEnd, int[] content) {
    IndexedWord subject = subjectOf(tree, verb);
    int[] trimmed = content == null || subject == null ? null : trim(content);
    return trimmed == null ? null
        : withSource(tree, subject, verb.beginPosition(), cueEnd, trimmed);
  }

  /** "was reported by MSNBC": the agent is the source, see {@link PassiveCues}. */
  private Found fromPassive(SemanticGraph tree, IndexedWord verb) {
    IndexedWord agent = PassiveCues.agent(tree, verb);
    int[] content = agent == null ? null : PassiveCues.content(tree, verb);
    content = content == null ? null : trim(content);
    return content == null ? null
        : withSource(tree, agent, verb.beginPosition(), verb.endPosition(), content);
  }

  /**
   * "was asked whether …", "when asked about X": the question, without a source unless a "by"
   * agent names the asker; see {@link AskedCues}. A quoted question is the quotation's.
   */
  private Found fromAsked(SemanticGraph tree, IndexedWord verb) {
    int[] content = AskedCues.content(tree, verb);
    return content == null ? null
        : fromWordOrder(tree, verb, PassiveCues.agentOfParticiple(tree, verb), content);
  }

  /**
   * A clause the parser left loosely attached after the cue: "He thinks Cruz will win" comes out
   * as obj(thinks, Cruz) and dep(thinks, win). The content runs from after the cue to the end of
   * that clause; after a cue of telling, whose object is the audience ("Smith told reporters he
   * would not resign"), from the clause's own first word when it has a subject. A present
   * participle set off by a comma that is a cue of its own is none ("a spokesman said Thursday,
   * speaking of the convention", "she said, adding that …"): it is the source's next statement,
   * read as its own relation.
   */
  private static int[] looseComplement(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord clause = edge.getDependent();
      if ((relation.equals("dep") || relation.equals("parataxis"))
          && clause.beginPosition() > verb.beginPosition() && clause.tag() != null
          && clause.tag().startsWith("VB") && !reportingParticipleAfterComma(tree, clause)) {
        int[] own = Subtrees.span(tree, clause);
        boolean toAudience = CueSenses.addressesBeforeClause(verb)
            && Subtrees.child(tree, clause, "nsubj") != null && own[0] > verb.endPosition();
        return new int[] {toAudience ? own[0] : verb.endPosition(), own[1]};
      }
    }
    return null;
  }

  private static boolean reportingParticipleAfterComma(SemanticGraph tree, IndexedWord clause) {
    IndexedWord before = tree.getNodeByIndexSafe(Subtrees.firstWord(tree, clause).index() - 1);
    return "VBG".equals(clause.tag()) && before != null && before.word().equals(",")
        && (AttributionCues.isCue(tree, clause) || TopicCues.isCue(clause.lemma(), clause.tag())
            || LearnedCues.isCue(clause.lemma(), clause.tag())
            || LearnedPairCues.isCue(clause.lemma(), clause.tag()));
  }

  /**
   * The PolNeAR guidelines count a noun phrase standing for what was said as content: "Obama
   * announced new gun rules", "Clinton denied the report", "Trump praised the decision". Only
   * verbs whose object is a message or a stance on one.
   */
  private static int[] messageObject(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    if (!MESSAGE_VERBS.contains(lemma)
        && !(EVIDENCE_VERBS.contains(lemma) && hasEvidenceSubject(tree, verb))) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().equals("obj")
          && edge.getDependent().beginPosition() > verb.beginPosition()) {
        return Subtrees.span(tree, edge.getDependent());
      }
      if (GERUND_MESSAGE_VERBS.contains(lemma) && IntentionCues.isGerundComplement(tree, edge)) {
        return ContentExtent.clause(tree, edge.getDependent()); // "denied wasting money"
      }
    }
    return null;
  }

  private static boolean hasEvidenceSubject(SemanticGraph tree, IndexedWord verb) {
    IndexedWord subject = subjectOf(tree, verb);
    return subject != null && subject.lemma() != null
        && EVIDENCE_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT));
  }

  /** "knows how tempting it is", "thinks what …": knowledge of a fact, not a claim of one. */
  private static boolean opensWithWhWord(SemanticGraph tree, IndexedWord clause) {
    IndexedWord first = Subtrees.firstWord(tree, clause);
    return first.tag() != null && first.tag().startsWith("W");
  }

  /**
   * The reported clause when the parser hangs the cue off it instead of the other way round:
   * "The bridge will reopen, the engineer said" (parataxis), "Viguerie argues Cruz is right"
   * (csubj, dep), "The mayor denied that money had been wasted" (that as a determiner,
   * csubj:pass). The content is the clause's words on the far side of the cue's own phrase.
   */
  private static int[] besideCue(SemanticGraph tree, IndexedWord clause, IndexedWord cue) {
    int[] whole = Subtrees.span(tree, clause);
    int[] own = Subtrees.span(tree, cue);
    if (cue.beginPosition() > clause.beginPosition()) {
      return new int[] {whole[0], Math.min(own[0], whole[1])};
    }
    return new int[] {cue.endPosition(), whole[1]};
  }

  /** "according to X": X is the source of the clause the phrase modifies. */
  private Found fromAccordingTo(SemanticGraph tree, IndexedWord according) {
    IndexedWord source = null;
    IndexedWord parent = tree.getParent(according);
    if (parent != null && parent.beginPosition() > according.beginPosition()) {
      source = parent; // case(ministry, according)
    } else {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(according)) {
        String r = edge.getRelation().toString();
        if ((r.startsWith("obl") || r.startsWith("nmod") || r.equals("pobj"))
            && edge.getDependent().beginPosition() > according.beginPosition()) {
          source = edge.getDependent();
          break;
        }
      }
    }
    if (source == null) {
      return null;
    }
    IndexedWord clause = tree.getParent(source == parent ? parent : according);
    if (clause == null || clause.equals(according)) {
      clause = tree.getFirstRoot();
    }
    int cueEnd = according.endPosition();
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.index() == according.index() + 1 && w.word().equalsIgnoreCase("to")) {
        cueEnd = w.endPosition();
      }
    }
    return fromPhraseCue(tree, according, source, clause, cueEnd);
  }

  /**
   * A cue phrase naming its source inside the clause it reports ("according to X", "in the X
   * poll"): the content is the longer part of the clause before the cue or after the source's
   * phrase.
   */
  /** Whether the span opens with a coordinating word: a clause joined to the one before. */
  private static boolean opensWithConjunction(SemanticGraph tree, int[] span) {
    return span != null && tree.vertexListSorted().stream()
        .filter(w -> w.beginPosition() == span[0]).anyMatch(w -> "CC".equals(w.tag()));
  }

  private Found fromPhraseCue(SemanticGraph tree, IndexedWord cue, IndexedWord source,
      IndexedWord clause, int cueEnd) {
    SpeakerPhrase.Span phrase = SpeakerPhrase.grow(tree, source);
    int phraseEnd = Math.max(phrase.end(), source.endPosition());
    int[] whole = Subtrees.span(tree, clause);
    int sourceEnd = Subtrees.span(tree, source)[1];
    if (sourceEnd < whole[1]) { // "exit polls conducted by Edison Research, …" is all source
      phraseEnd = Math.max(phraseEnd, sourceEnd);
    }
    int[] before = trim(new int[] {whole[0], Math.min(whole[1], cue.beginPosition())});
    int[] after = trim(new int[] {Math.max(whole[0], phraseEnd), whole[1]});
    int[] side = before != null && opensWithConjunction(tree, after) ? before
        : longer(before, after); // "Rents have tripled, according to records, and shops …"
    int[] content = ContentExtent.pastSourceParticiple(text, tree, side);
    if (content == null) {
      return null;
    }
    return withSource(tree, source, cue.beginPosition(), cueEnd, content);
  }

  private Found withSource(SemanticGraph tree, IndexedWord parsedSubject, int cueBegin,
      int cueEnd, int[] content) {
    // "WELLINGTON, June 3 (Reuters) - Finance Minister Nicola Willis on Monday defended …"
    IndexedWord subject = parsedSubject == null ? null : subjects.namedSubject(tree, parsedSubject);
    if (subject == null || insideQuote(subject.beginPosition())
        || NOT_SOURCES.contains(subject.word().toLowerCase(Locale.ROOT))
        || (subject.beginPosition() >= content[0] && subject.beginPosition() < content[1])) {
      return new Found(-1, -1, null, cueBegin, cueEnd, content[0], content[1]);
    }
    if (PERSON_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
      return new Found(subject.beginPosition(), subject.endPosition(),
          pronouns.person(subject.beginPosition(), subject.word(), null), cueBegin, cueEnd, content[0],
          content[1]);
    }
    SpeakerPhrase.Span phrase = SpeakerPhrase.grow(tree, subject);
    int begin = subjects.pastDateline(phrase.begin(), subject.beginPosition());
    int end = phrase.end();
    if (begin < content[1] && content[0] < end) { // the phrase grew into the content
      begin = subject.beginPosition();
      end = subject.endPosition();
    }
    EntityCluster entity = sourceEntity.of(tree, subject, phrase);
    IndexedWord relative = entity == null ? null : relativeSubject(tree, subject, cueBegin);
    if (relative != null && !insideQuote(relative.beginPosition())
        && (relative.beginPosition() >= content[1] || relative.endPosition() <= content[0])) {
      return new Found(relative.beginPosition(), relative.endPosition(), entity, cueBegin, cueEnd,
          content[0], content[1]); // "Ruiz, who said …": the relative word, linked to Ruiz
    }
    return new Found(begin, end, entity, cueBegin, cueEnd, content[0], content[1]);
  }

  /**
   * "Ana Ruiz, who said the bridge would reopen", "the agency, which expects …": the relative
   * word that is the subject of the antecedent's relative clause holding the cue. The PolNeAR
   * guidelines mark it as the source (the source is named inside the relation's own clause), and
   * it stands for the antecedent as "he" stands for a name, so it is given only when the
   * antecedent links to an entity, which names the holder; a bare "who" names nobody for a
   * reader, and "voters who said …" keeps "voters". Null when the cue is in no such clause.
   */
  private static IndexedWord relativeSubject(SemanticGraph tree, IndexedWord antecedent,
      int cueBegin) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(antecedent)) {
      if (!edge.getRelation().toString().equals("acl:relcl")) {
        continue;
      }
      int[] clause = Subtrees.span(tree, edge.getDependent());
      IndexedWord subject = Subtrees.child(tree, edge.getDependent(), "nsubj");
      if (cueBegin >= clause[0] && cueBegin < clause[1] && subject != null
          && subject.tag() != null && subject.tag().startsWith("W")) {
        return subject;
      }
    }
    return null;
  }

  /**
   * The subject of a cue verb, through coordination, xcomp ("wants to say"), a participle clause
   * ("Clinton attacked Trump, saying he …") and relative clauses ("Smith, who said …"); a passive
   * subject ("it was reported that") names no source.
   */
  static IndexedWord subjectOf(SemanticGraph tree, IndexedWord verb) {
    IndexedWord current = verb;
    for (int hops = 0; hops < 4 && current != null; hops++) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(current)) {
        if (edge.getRelation().toString().equals("nsubj")) {
          IndexedWord subject = edge.getDependent();
          if (subject.tag() != null && subject.tag().startsWith("W")) {
            IndexedWord parent = tree.getParent(current);
            return parent != null
                && tree.getEdge(parent, current).getRelation().toString().equals("acl:relcl")
                ? parent : null;
          }
          return subject;
        }
      }
      IndexedWord parent = tree.getParent(current);
      String relation = parent == null ? "" : tree.getEdge(parent, current).getRelation().toString();
      if (relation.equals("acl:relcl")) {
        return parent;
      }
      if (reducedRelative(relation, current, parent)) {
        IndexedWord clauseSubject = clauseSubjectPastComma(tree, current, parent);
        return clauseSubject != null ? clauseSubject : parent;
      }
      IndexedWord quoted = ReportingSubjects.quotedAsSaying(tree, current, parent, relation,
          position -> false); // "Xinhua quoted an official as saying …": the official
      if (quoted != null) {
        return quoted;
      }
      if (!relation.equals("conj") && !relation.equals("xcomp")
          && !participle(relation, current, parent)
          && !gerundOfTheSubject(tree, relation, current)
          && !participleBeforeItsVerb(tree, relation, current, parent)) {
        return null;
      }
      current = relation.equals("conj") ? reporterOf(tree, parent, current) : parent;
    }
    return null;
  }

  /**
   * "Clark said the talks had begun but said the outcome was open": the second "said", parsed as
   * a conjunct inside the first one's reported clause, shares the first cue's subject, not the
   * reported clause's (see {@link ContentExtent#isNextReport}). Else the conjunct's head.
   */
  private static IndexedWord reporterOf(SemanticGraph tree, IndexedWord head,
      IndexedWord conjunct) {
    IndexedWord cue = tree.getParent(head);
    return cue != null && tree.getEdge(cue, head).getRelation().toString().equals("ccomp")
        && AttributionCues.isCue(cue.lemma(), cue.tag())
        && ContentExtent.isNextReport(tree, tree.getEdge(head, conjunct)) ? cue : head;
  }

  /**
   * A participle without a subject of its own whose borrowed subject falls in the content: the
   * content is then the participle's host clause, which the participle does not report.
   */
  private static boolean borrowedSubjectInside(SemanticGraph tree, IndexedWord verb,
      IndexedWord subject, int[] content) {
    IndexedWord parent = tree.getParent(verb);
    return parent != null && participle(tree.getEdge(parent, verb).getRelation().toString(), verb,
        parent) && subject.beginPosition() >= content[0] && subject.beginPosition() < content[1];
  }

  /**
   * "an outside group backing Rubio", "a study showing that …": a present participle after the
   * noun it modifies is a relative clause without "who"/"that", and the noun its subject.
   */
  static boolean reducedRelative(String relation, IndexedWord clause, IndexedWord noun) {
    return relation.equals("acl") && "VBG".equals(clause.tag()) && clause.index() > noun.index()
        && noun.tag() != null && (noun.tag().startsWith("NN") || noun.tag().equals("PRP"));
  }

  /**
   * "Democrats cautioned against drawing lessons from the vote, saying …", "tried to make the
   * case …, explaining …": a participle set off by a comma after a noun that is no subject is
   * adverbial and shares the subject of the clause that holds the noun (a reduced relative
   * restricts its noun without a comma: "a study showing that …"); a subject noun ("The airline,
   * citing the storm, cancelled …") keeps it. Null when it is none of these, or no clause above
   * the noun has a subject.
   */
  private static IndexedWord clauseSubjectPastComma(SemanticGraph tree, IndexedWord participle,
      IndexedWord noun) {
    IndexedWord before = tree.getNodeByIndexSafe(participle.index() - 1);
    if (before == null || !before.word().equals(",")) {
      return null;
    }
    IndexedWord nounHead = tree.getParent(noun);
    if (nounHead != null
        && tree.getEdge(nounHead, noun).getRelation().toString().startsWith("nsubj")) {
      return null;
    }
    // the noun itself when it is a copula's predicate: "was the loudest voice …, saying"
    for (IndexedWord head = noun; head != null; head = tree.getParent(head)) {
      if (Subtrees.child(tree, head, "nsubj") != null) {
        return subjectOf(tree, head);
      }
    }
    return null;
  }

  /**
   * Prepositions before a gerund whose doer is the subject of the clause it modifies: "responded
   * by saying that …", "After warning that the bridge could fail, engineers closed it". Not "for"
   * or "of", whose doer is often the object ("criticized him for saying …", "accused her of
   * lying").
   */
  private static final Set<String> SUBJECT_GERUND_PREPOSITIONS = Set.of("by", "after", "before",
      "while", "when", "without", "upon", "on", "in", "since", "besides", "through", "despite");

  /**
   * "The chief angered residents by suggesting that …", "After arguing that …, his team …": a
   * gerund after one of these prepositions, on either side of the verb it modifies, shares that
   * verb's subject (a passive host, "is justified by arguing …", has none and names nobody).
   */
  private static boolean gerundOfTheSubject(SemanticGraph tree, String relation,
      IndexedWord gerund) {
    if (!(relation.equals("obl") || relation.equals("advcl")) || !"VBG".equals(gerund.tag())) {
      return false;
    }
    IndexedWord preposition = Subtrees.caseOf(tree, gerund);
    return preposition != null
        && SUBJECT_GERUND_PREPOSITIONS.contains(preposition.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "Noting that exports fell, the minister said …", "The airline, citing the storm, cancelled
   * …": a bare participle before the verb it modifies shares that verb's subject, as news writing
   * keeps it (a dangling opener is a slip editors correct). With a preposition or a mark ("after
   * warning", "while noting") see {@link #gerundOfTheSubject}.
   */
  private static boolean participleBeforeItsVerb(SemanticGraph tree, String relation,
      IndexedWord clause, IndexedWord parent) {
    return relation.equals("advcl") && "VBG".equals(clause.tag())
        && clause.index() < parent.index() && Subtrees.caseOf(tree, clause) == null;
  }

  /**
   * "…, citing the attack" (dep): a participle without a subject of its own adds the source's
   * next statement and does not report the clause it hangs on (its object is the message);
   * "…, he was echoing Ryan" has its own subject and may.
   */
  private static boolean participleClause(SemanticGraph tree, IndexedWord verb,
      IndexedWord parent) {
    return participle(tree.getEdge(parent, verb).getRelation().toString(), verb, parent)
        && Subtrees.child(tree, verb, "nsubj") == null;
  }

  /** "Clinton attacked Trump, saying …": a participle after its verb shares its subject. */
  private static boolean participle(String relation, IndexedWord clause, IndexedWord parent) {
    return (relation.equals("advcl") || relation.equals("dep")) && "VBG".equals(clause.tag())
        && clause.index() > parent.index();
  }


  /**
   * Strips spaces, clause punctuation and a sentence's final period from both edges (a period
   * inside closing quotation marks stays); null when nothing is left.
   */
  private int[] trim(int[] span) {
    int b = span[0];
    int e = span[1];
    while (b < e && (Character.isWhitespace(text.charAt(b))
        || EDGE_PUNCTUATION.indexOf(text.charAt(b)) >= 0)) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1))
        || EDGE_PUNCTUATION.indexOf(text.charAt(e - 1)) >= 0
        || text.charAt(e - 1) == '.')) {
      e--;
    }
    return text.substring(b, e).chars().anyMatch(Character::isLetterOrDigit)
        ? new int[] {b, e} : null;
  }

  private static int[] longer(int[] a, int[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a[1] - a[0] >= b[1] - b[0] ? a : b;
  }

  private boolean insideQuote(int position) {
    return QuoteFinder.inside(quotes, position);
  }
}
