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
import java.util.Optional;
import java.util.Set;

/**
 * Credits each quotation to its speaker the way news is written, trying in turn: a reporting verb in
 * the quotation's own sentences ("X said", "said X", "X told a news conference", "X declared his
 * country an 'irreversible' power"), "according to X", an introducing sentence ending in a colon, a
 * short "X said." sentence right after, and finally the speaker of the quotation it continues.
 *
 * <p>CoreNLP's own quote attribution (QuoteAttributionAnnotator) is not used: it is trained on
 * novels, needs coreference (the slowest annotator), and credits newswire quotes poorly.
 */
final class SpeakerAttributor {

  /** Tags of a plain noun phrase naming a speaker: "the two", "the Saudis", "its authors". */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "JJ", "NN", "NNS",
      "NNP", "NNPS", "CD", "POS");
  /**
   * Prepositions inside a speaker's phrase: "a voice-over in the ad", "an aide to the mayor". The
   * tagger gives "to" as a preposition the tag IN, as the others (TO only before an infinitive).
   */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "of", "for", "at", "with",
      "to", "from");
  /** Demonstratives as whole subjects: "That adds …", "This means …". */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  private static final int HEADING_MAX_WORDS = 8;
  /** Words of a heading line around a quotation: a headline's length, not a paragraph's. */
  private static final int HEADING_LINE_MAX_WORDS = 16;
  /** Words of a name labelling a quotation that NER did not find: "Lena Marie Okafor:". */
  private static final int LABEL_WORDS = 4;
  /** NER tags a label's words may carry: none, or a person's or organisation's left unclustered. */
  private static final Set<String> LABEL_NER = Set.of("O", "PERSON", "ORGANIZATION");
  /** How far into the sentence after a quotation its attribution may start: "said the former …". */
  private static final int ATTRIBUTION_OPENING = 6;
  /**
   * Verbs of a turn in a dialogue rather than of reporting: news uses them as attributions only
   * right beside a quotation ("“…,” Bennett shot back", "Trump went on: “…”"); elsewhere "laughed"
   * or "went on" say nothing of speech. Phrasal ones by lemma and particle.
   */
  private static final Set<String> TURN_VERBS = Set.of("counter", "retort", "snap", "interject",
      "interrupt", "rejoin", "muse", "sigh", "laugh", "chuckle", "bark", "scoff", "offer", "press",
      "marvel", "gush", "sneer", "tease", "grumble", "groan", "beam", "grin", "smile", "shrug",
      "fume", "plead", "bellow", "roar", "growl", "hiss", "murmur", "stammer", "enthuse", "exult",
      "moan", "whine", "wail", "sob", "gasp", "sniff", "drawl", "deadpan", "confide", "venture",
      "opine", "huff", "crow", "chant", "sing", "beg", "implore", "thunder", "rage", "holler",
      "intone", "recite");
  private static final Set<String> TURN_PHRASES = Set.of("go on", "shoot back", "fire back",
      "hit back", "snap back", "push back", "chime in", "cut in", "break in", "pipe up",
      "follow up");
  /** Nouns that, with a possessor, name whose word a clause is; each with its preposition. */
  private static final java.util.Map<String, String> STANCE_PHRASES = java.util.Map.of(
      "admission", "by", "account", "by", "reckoning", "by", "words", "in", "word", "in",
      "view", "in");
  /** Between a quotation and a turn verb after it: a short phrase on the same line. */
  private static final java.util.regex.Pattern TURN_AFTER =
      java.util.regex.Pattern.compile("[^!?;\\n]{0,60}");
  private static final int SUBJECT_WORDS = 5;
  /** Between a quotation closed by a comma and the verb of its attribution: its subject alone. */
  private static final java.util.regex.Pattern SUBJECT_BETWEEN = java.util.regex.Pattern.compile(
      "[ \t]+(?:[\\p{L}\\p{N}.’'-]+[ \t]+){1," + SUBJECT_WORDS + "}");
  /**
   * A sentence that opens with its verb of saying, then the source (and what sets it off: ", a
   * neighbor,", ", who grew up with him,"), then the quotation.
   */
  private static final java.util.regex.Pattern FRONTED_VERB = java.util.regex.Pattern.compile(
      "(?<verb>Said|Says|Added|Asked)\\s+(?<name>\\p{Lu}[^,:\\n]{0,60}?)"
          + "(?:\\s*,[^:;\\n\"\u201C\u201D\u2018]{1,160}?)?\\s*[,:]\\s*");

  /** Between a turn verb and the quotation after it: its particle, then a colon or comma. */
  private static final java.util.regex.Pattern TURN_BEFORE =
      java.util.regex.Pattern.compile("\\s*(?:\\p{L}+\\s*){0,2}[:,]\\s*");
  /**
   * Between a verb and the quotation its clause introduces: a colon after at most two words, its
   * particle or adverbs ("fired back forcefully:").
   */
  private static final java.util.regex.Pattern COLON_BEFORE =
      java.util.regex.Pattern.compile("[ \\t]*(?:\\p{L}+[ \\t]*){0,2}:[ \\t]*");
  /** Between an "as" clause of saying and the quotation it opens: a comma on the same line. */
  private static final java.util.regex.Pattern COMMA_BEFORE =
      java.util.regex.Pattern.compile("[ \\t]*,[ \\t]*");
  /** A dash signing a quotation: on the same line, right after the closing mark. */
  private static final java.util.regex.Pattern SIGNATURE_DASH =
      java.util.regex.Pattern.compile("[ \\t]*(?:[―—–]|--)[ \\t]*");
  private static final int SIGNATURE_TITLE_WORDS = 3;
  /** One word of an office before a signer's name: capitalised, followed by one space. */
  private static final java.util.regex.Pattern SIGNATURE_TITLE =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]* ");
  /** What may follow the signing name: the line's end, a comma, a stop, a bracket. */
  private static final java.util.regex.Pattern AFTER_SIGNATURE =
      java.util.regex.Pattern.compile("[ \\t]*(?:\\r?\\n|$|[,.(])");

  /** "and" joining two names of one label, with its spaces: "Frank Lind and Ada Moss:". */
  private static final java.util.regex.Pattern AND_BEFORE =
      java.util.regex.Pattern.compile("[ \\t]+(?:and|&)[ \\t]+$");
  /** A dash between spaces that ends a heading and leads to a label's name. */
  private static final java.util.regex.Pattern SET_OFF_DASH =
      java.util.regex.Pattern.compile("[ \\t](?:[-–—―]|--)[ \\t]+$");

  /** A phrase set off by commas after a name and before its verb: ", in Pakistan for a visit, ". */
  private static final java.util.regex.Pattern SET_OFF_AFTER_NAME =
      java.util.regex.Pattern.compile(",[^,;:\n\"\u201C\u201D]{1,120},\\s*");

  /** A word right after a quotation that modifies it: not "and", "or", "but". */
  private static final java.util.regex.Pattern MODIFIED_WORD =
      java.util.regex.Pattern.compile("[ \\t]+(?!(?:and|or|but|nor)\\b)\\p{L}");

  /** A stop and a closing mark, then space: a quotation has just ended. */
  private static final java.util.regex.Pattern QUOTATION_CLOSED =
      java.util.regex.Pattern.compile("[.!?][”\"’'][ \\t]+$");

  private final String text;
  private final List<QuoteFinder.Found> quotes;
  private final List<EntityCluster> entities;
  private final List<CoreSentence> sentences;
  private final SourceEntity sourceEntity;
  private final PronounResolver pronouns;
  private final ReportingSubjects subjects;

  SpeakerAttributor(CoreDocument document, List<QuoteFinder.Found> quotes,
      List<EntityCluster> entities, PronounResolver pronouns) {
    this.text = document.text();
    this.quotes = quotes;
    this.entities = entities;
    this.sentences = document.sentences();
    this.sourceEntity = new SourceEntity(text, entities, quotes);
    this.pronouns = pronouns;
    this.subjects = new ReportingSubjects(text, quotes, entities);
  }

  /**
   * One attribution per quotation, in the same order; null where nobody is credited. A quotation
   * inside its own speaker's phrase, a title or a nickname ("“Parasite” director Bong Joon Ho
   * said", "Marcia “Cia” Price shouted"), is nobody's words, but the speaker found for it still
   * goes on to the quotation after it.
   */
  List<Attribution> attributeAll() {
    List<Attribution> found = new ArrayList<>();
    List<Attribution> result = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      Attribution attribution = attribute(q, found);
      found.add(attribution);
      result.add(attribution != null && holds(attribution, quotes.get(q)) ? null : attribution);
    }
    return result;
  }

  /**
   * The quotation stands inside the speaker's phrase as a modifier of the word right after it
   * ("“Parasite” director", "Marcia “Cia” Price"), not as the end of a clause the phrase ran over.
   */
  private boolean holds(Attribution speaker, QuoteFinder.Found quote) {
    return speaker.begin() <= quote.open() && quote.end() < speaker.end()
        && MODIFIED_WORD.matcher(text).region(quote.end(), speaker.end()).lookingAt();
  }

  /**
   * The speaker of quotation {@code q}, or null. Outside quotation marks "you" is the reader,
   * never a speaker ("you can't yell “fire” in a theater", "you get a platter that has “…”").
   */
  private Attribution attribute(int q, List<Attribution> earlier) {
    QuoteFinder.Found quote = quotes.get(q);
    if (isHeading(quote)) {
      return null;
    }
    int first = sentenceAt(quote.open());
    int last = sentenceAt(lastWordOf(quote));
    Attribution previous = q > 0 ? earlier.get(q - 1) : null;
    return Optional.ofNullable(fromSignature(quote))
        .or(() -> Optional.ofNullable(fromFrontedVerb(quote)))
        .or(() -> Optional.ofNullable(fromLabel(quote)))
        .or(() -> Optional.ofNullable(fromReportingVerb(quote, first, last, previous)))
        .or(() -> Optional.ofNullable(fromVerbTaggedAsNoun(quote, last)))
        .or(() -> Optional.ofNullable(fromAccordingTo(quote, first, last, previous)))
        .or(() -> Optional.ofNullable(fromIntroducingSentence(quote, first, previous)))
        .or(() -> Optional.ofNullable(fromFollowingSentence(quote, last, previous)))
        .or(() -> Optional.ofNullable(fromCueNoun(quote, first, previous)))
        .or(() -> Optional.ofNullable(fromGoverningClause(quote, first, previous)))
        .or(() -> Optional.ofNullable(continuing(q, first, previous)))
        .or(() -> Optional.ofNullable(fromParagraphBefore(quote, first, previous)))
        .filter(a -> !a.text().equalsIgnoreCase("you"))
        .orElse(null);
  }

  /**
   * Where the quotation's last sentence is: at its closing mark, or at its last word when it ends
   * in a stop. After a stop the splitter often hangs the closing mark on the next sentence (“…
   * for her." He said that …), and a stop inside the mark ends the writer's sentence too, so that
   * sentence is the story going on; after "?" or "!" the attribution may still follow in the same
   * sentence (“… Three?” Clinton asks as …).
   */
  private int lastWordOf(QuoteFinder.Found quote) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).stripTrailing();
    return content.endsWith(".") || content.endsWith("\u2026")
        ? quote.contentStart() + content.length() - 1 : quote.end() - 1;
  }

  /** A reporting verb outside any quotation, preferring one that governs the quotation. */
  private Attribution fromReportingVerb(QuoteFinder.Found quote, int first, int last,
      Attribution previous) {
    IndexedWord best = null;
    int bestSentence = -1;
    int bestScore = Integer.MAX_VALUE;
    for (int s = first; s <= last; s++) {
      SemanticGraph tree = basicTree(s);
      if (tree == null) {
        continue;
      }
      for (IndexedWord word : tree.vertexListSorted()) {
        if (insideQuote(word.beginPosition()) || !reports(tree, word, quote)
            || otherParagraph(word, quote) || reportsNextSentence(tree, word, quote)) {
          continue;
        }
        int distance = Math.min(Math.abs(word.beginPosition() - quote.end()),
            Math.abs(word.beginPosition() - quote.open()));
        // a verb the quotation follows after a colon or comma is its introducer, wherever the
        // parser hangs the quotation ("Asked which …, he demurred: “…”" under "Asked")
        // a verb in a relative clause describes someone ("Alberto Shiguematsu, a resident who
        // tweeted about the smoke, said"): the last choice, after any other verb beside it
        // next, a reporting clause that opens at the quotation's closing mark ("…?” asked
        // Dunn"), before any verb the quotation stands under ("… but Moscow strongly denies —
        // “…?” asked Dunn"); "When someone shouted, “Cruz,” Beck joked" keeps its introducer
        int score = introducesDirectly(word, quote) ? distance - 2 * text.length()
            : opensAtTheClosingMark(tree, word, quote) ? distance - text.length()
            : governsQuote(tree, word, quote) ? distance
            : inRelativeClause(tree, word) ? distance + 2 * text.length()
            : distance + text.length();
        if (score < bestScore) {
          best = word;
          bestSentence = s;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      return null;
    }
    SemanticGraph bestTree = basicTree(bestSentence);
    if (!introducesDirectly(best, quote) && !governsQuote(bestTree, best, quote)
        && !closesWithSpeaker(bestTree, best, quote) && reportsSomethingElse(bestTree, best)
        && ClosingReportingClause.read(bestTree, best) == null) {
      // "Trump summed up Clinton as “terrible,” denounced her record …": a verb of saying beside
      // the quotation but outside its clause, busy with its own object; the clause the quotation
      // stands in names its doer
      Attribution own = fromGoverningClause(quote, first, previous);
      if (own != null) {
        return own;
      }
    }
    IndexedWord outer = introducesDirectly(best, quote) ? best
        : outerReportingVerb(bestTree, best);
    return speakerOf(outer, bestSentence, previous, quote);
  }

  /**
   * "“…,” the two write.", "“…,” the Saudis state in the white paper": after a quotation that
   * opens its sentence and closes on a comma, English goes on with who spoke and the verb; a
   * plural subject leaves the verb without its "-s", and the tagger then often reads "write" or
   * "state" as a noun, so the parse holds no verb of saying. A verb of saying tagged as a noun
   * right after a short noun phrase on the same line, and followed by the sentence's end, a comma
   * or a preposition, is that verb; the phrase before it is the speaker. The phrase may carry one
   * prepositional phrase ("“…,” a voice-over in the ad states."), whose noun the tagger then
   * joins to the verb as a compound ("ad states"); the speaker's head is the noun before the
   * preposition, and the word before the verb must be a noun ("a spokesman for the states" has
   * no verb). "Read" is how news says what a document or sign says ("“…,” the editorial read."),
   * and the tagger, reading "the editorial read" as a noun phrase, may tag the noun an adjective.
   */
  private Attribution fromVerbTaggedAsNoun(QuoteFinder.Found quote, int last) {
    if (!quote.closesOnComma(text)
        || !opensSentence(quote.open(), sentenceAt(quote.open()))) {
      return null; // asked before the tree: a sentence may be parsed on demand
    }
    SemanticGraph tree = basicTree(last);
    if (tree == null) {
      return null;
    }
    List<IndexedWord> after = tree.vertexListSorted().stream()
        .filter(w -> w.beginPosition() >= quote.end()).toList();
    IndexedWord head = null;
    int preposition = -1;
    for (int k = 0; k < after.size() && k <= SUBJECT_WORDS + (preposition < 0 ? 0 : 3); k++) {
      IndexedWord w = after.get(k);
      String tag = w.tag() == null ? "" : w.tag();
      if (head == null && k > 0 && preposition < 0 && after.get(k - 1).tag().equals("JJ")
          && tag.startsWith("NN") && isDocumentsVerb(w)) {
        head = after.get(k - 1); // "“…,” the editorial read.": both words mis-tagged
      }
      if (head != null && tag.startsWith("NN")
          && (SpeechVerbs.isSpeechLemma(w.lemma()) || isDocumentsVerb(w))
          && (preposition < 0 || (k > preposition + 1 && after.get(k - 1).tag().startsWith("NN")))
          && closesReportingClause(k + 1 < after.size() ? after.get(k + 1) : null)) {
        int begin = after.get(0).beginPosition();
        int end = after.get(k - 1).endPosition();
        if (text.substring(quote.end(), w.beginPosition()).contains("\n")) {
          return null;
        }
        SpeakerPhrase.Span span = new SpeakerPhrase.Span(begin, end, false);
        return new Attribution(begin, end, text.substring(begin, end),
            sourceEntity.of(tree, head, span), w.word());
      }
      if (tag.equals("IN") && head != null && preposition < 0
          && PHRASE_PREPOSITIONS.contains(w.word().toLowerCase(Locale.ROOT))) {
        preposition = k;
        continue;
      }
      if (!NOUN_PHRASE_TAGS.contains(tag)) {
        return null;
      }
      if ((tag.startsWith("NN") || tag.equals("CD")) && preposition < 0) {
        head = w;
      }
    }
    return null;
  }

  /** "read", "reads": the verb of what a document or sign says, tagged as a noun. */
  private static boolean isDocumentsVerb(IndexedWord word) {
    String w = word.word().toLowerCase(Locale.ROOT);
    return w.equals("read") || w.equals("reads");
  }

  /** What may follow a verb ending its reporting clause: nothing, a stop, comma or preposition. */
  private static boolean closesReportingClause(IndexedWord next) {
    return next == null || next.word().equals(".") || next.word().equals(",")
        || "IN".equals(next.tag());
  }

  /**
   * A verb in another paragraph than the quotation, in a sentence the splitter ran across a line
   * break ("“…They expect you to get the schools open.” ¶ Rubio hit back again, saying …"). News
   * keeps a quotation's attribution in its paragraph; only a colon ends a paragraph that
   * introduces the next one ("In a statement, the ministry said: ¶ “…”").
   */
  private boolean otherParagraph(IndexedWord verb, QuoteFinder.Found quote) {
    if (verb.beginPosition() >= quote.end()) {
      return lineBreakAfter(quote, verb.beginPosition());
    }
    String between = text.substring(Math.min(verb.endPosition(), quote.open()), quote.open());
    return between.indexOf('\n') >= 0 && !between.strip().endsWith(":");
  }

  /** A line break between the quotation's end and {@code position}: a paragraph lies between. */
  private boolean lineBreakAfter(QuoteFinder.Found quote, int position) {
    return text.substring(quote.end(), Math.max(quote.end(), position)).indexOf('\n') >= 0;
  }

  /**
   * "“The strike is over.” Lopez said the talks would resume on Monday.": a full stop inside the
   * closing mark and a capital after it start a new sentence, and a reporting verb there that
   * takes a clause of its own reports that clause, not the quotation before it. A bare "Lopez
   * said." after the stop has nothing else to report and still closes the quotation, and so does
   * "He added, “…”", whose clause is the next quotation of the same run.
   */
  private boolean reportsNextSentence(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    if (quote == null || verb.beginPosition() < quote.end()
        || !text.substring(quote.contentStart(), quote.contentEnd()).strip().endsWith(".")) {
      return false;
    }
    String after = text.substring(quote.end(), verb.beginPosition()).stripLeading();
    if (after.isEmpty() || !Character.isUpperCase(after.codePointAt(0))) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord clause = edge.getDependent();
      if ((relation.equals("ccomp") || relation.equals("xcomp"))
          && clause.index() > verb.index() && hasWordsOutsideQuotes(tree, clause)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Some word of the clause at {@code head} stands outside every quotation: "He added, “…”"
   * reports a quotation of its own and goes on the run of quotations it belongs to; "He added
   * that the plan was “dead”" reports its own telling.
   */
  private boolean hasWordsOutsideQuotes(SemanticGraph tree, IndexedWord head) {
    for (IndexedWord w : tree.descendants(head)) {
      if (!insideQuote(w.beginPosition()) && w.word().codePoints()
          .anyMatch(Character::isLetterOrDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Trump said: “…”", "Trump said, “…”": a verb that introduces the quotation as direct speech,
   * with a colon or comma between them, is its speaker's, whatever clause the parser hangs it
   * from ("After Scalia said that …, Trump said: “…”"). "what it calls “…”" is naming, not such an
   * introduction.
   */
  private boolean introducesDirectly(IndexedWord verb, QuoteFinder.Found quote) {
    if (verb.endPosition() > quote.open()) {
      return false;
    }
    String between = text.substring(verb.endPosition(), quote.open());
    return (between.contains(":") || between.contains(","))
        && between.chars().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * "…: “I am not a crook,” President Richard Nixon told a group of editors": a quotation closed
   * by a comma inside its mark leaves its sentence open for who said it, and a verb of saying
   * right after, on the same line, with only its subject between (or after it: "…,” said
   * Nixon"), is that attribution; its object is whom the words were told, or the inverted
   * subject the parser took for an object, not something else it reports. Before a clause that
   * opens with its verb, a question or exclamation mark inside the marks does the comma's work
   * ("“…?” asked Dunn"); before a capitalised subject it ended the sentence.
   */
  private boolean closesWithSpeaker(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    if (!PennTags.isTensedVerb(verb.tag()) || verb.beginPosition() < quote.end()
        || !SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())) {
      return false;
    }
    String between = text.substring(quote.end(), verb.beginPosition());
    if (isRightAfter(between)) {
      // "…,” said President Richard Nixon.", "…?” asked Dunn"
      return quote.closesOpen(text) && subjectAfter(tree, verb) != null;
    }
    if (!quote.closesOnComma(text) || !SUBJECT_BETWEEN.matcher(between).matches()) {
      return false; // "…?” Mills then writes back": the question ended the sentence
    }
    IndexedWord subject = subjects.activeSubject(tree, verb);
    return subject != null && subject.beginPosition() >= quote.end()
        && subject.endPosition() <= verb.beginPosition();
  }

  /**
   * A reporting clause of {@link #closesWithSpeaker} that opens right at the closing mark, with
   * its verb ("…?” asked Dunn") or its subject ("…,” the source recalled"): the attribution,
   * before a verb the quotation stands under. Not one that opens with a word of its own ("…,”
   * but trust members questioned", "…,” while 73 percent said", "…,” including provisions he
   * said"): that is a new clause.
   */
  private boolean opensAtTheClosingMark(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    if (!closesWithSpeaker(tree, verb, quote)) {
      return false;
    }
    String between = text.substring(quote.end(), verb.beginPosition());
    if (isRightAfter(between)) {
      return true;
    }
    IndexedWord subject = subjects.activeSubject(tree, verb);
    int firstWord = quote.end() + between.length() - between.stripLeading().length();
    return subject != null && Subtrees.span(tree, subject)[0] == firstWord;
  }

  /**
   * The reporting verb that reports the clause of {@code verb}: "He says he respects Clinton and
   * calls her “…”", "she said her campaign would continue “to break barriers”", "He said he wants
   * a party platform that calls for “…”". The quoted words are given as the outer speaker's. A
   * thing's relative clause is climbed only on the way to a clause the outer verb reports: in
   * "Smith criticized a bill that calls for “…”" the words are the bill's.
   */
  private IndexedWord outerReportingVerb(SemanticGraph tree, IndexedWord verb) {
    IndexedWord result = verb;
    IndexedWord current = verb;
    boolean throughThing = false;
    for (int hops = 0; hops < 5; hops++) {
      IndexedWord parent = tree.getParent(current);
      if (parent == null) {
        break;
      }
      String relation = tree.getEdge(parent, current).getRelation().toString();
      // "He said he wants a platform that calls for “…”": a thing's relative clause inside what
      // the outer verb reports is the outer speaker's wording; the noun is climbed to its verb
      if (!throughThing && current.equals(verb) && relation.equals("acl:relcl")
          && isThingsRelativeClause(tree, verb, parent)) {
        throughThing = true;
        current = parent;
        continue;
      }
      if (throughThing && (current.tag() == null || !current.tag().startsWith("VB"))) {
        current = parent;
        continue;
      }
      // "X stood up and said": a conjunct shares its subject; one with its own is another clause
      boolean sharedConjunct = relation.equals("conj") && subjects.activeSubject(tree, current) == null
          && !hasSubject(tree, current);
      if (!relation.equals("ccomp") && !relation.equals("xcomp") && !sharedConjunct) {
        break;
      }
      // a conjunct sharing the subject is climbed through, never credited: its cue is not ours
      if (!sharedConjunct && !insideQuote(parent.beginPosition())
          && SpeechVerbs.isSpeechVerb(parent.lemma(), parent.tag())) {
        result = parent;
      }
      current = parent;
    }
    return result;
  }

  /** "a platform that calls for": a relative clause whose pronoun stands for no one who speaks. */
  private boolean isThingsRelativeClause(SemanticGraph tree, IndexedWord verb, IndexedWord noun) {
    IndexedWord subject = Subtrees.child(tree, verb, "nsubj");
    return subject != null && (subject.word().equalsIgnoreCase("that")
        || subject.word().equalsIgnoreCase("which"))
        && PennTags.isCommonNoun(noun.tag()) && entityCovering(noun.beginPosition()) == null
        && !SpeakingThings.isPersonNoun(noun.word()) && !SpeakingThings.isBody(noun.lemma());
  }

  /**
   * A quotation signed with a dash, as readers' voices, pull quotes and epigraphs are: "“…” ―
   * Pamela Padilla", "“…” — Rep. Ann Lee, D-Wis.". The name right after the dash, ending its line
   * or followed by a comma or a stop, is the speaker.
   */
  private Attribution fromSignature(QuoteFinder.Found quote) {
    java.util.regex.Matcher dash = SIGNATURE_DASH.matcher(text).region(quote.end(), text.length());
    if (!dash.lookingAt()) {
      return null;
    }
    int at = dash.end();
    int nameAt = afterSignatureTitle(at);
    EntityCluster named = entityCovering(nameAt);
    if (named == null || !named.isPersonOrOrganisation()
        || nameAt > at && named.type() != EntityType.PERSON) {
      return null;
    }
    int end = nameAt;
    for (NamedMention m : named.mentions()) {
      if (m.begin() <= nameAt && nameAt < m.end()) {
        end = m.end();
      }
    }
    if (!AFTER_SIGNATURE.matcher(text).region(end, text.length()).lookingAt()) {
      return null;
    }
    return new Attribution(at, end, text.substring(at, end), named, dash.group().strip());
  }

  /**
   * Where the name begins in a signature that puts the signer's office first ("— Speaker Mike
   * Johnson", "— Rep. Ann Lee"): past at most {@value #SIGNATURE_TITLE_WORDS} capitalised words
   * that no name covers, when a person's name follows them; {@code at} itself otherwise (an
   * organisation after such words is no signer: "— Acme Holdings").
   */
  private int afterSignatureTitle(int at) {
    int pos = at;
    for (int words = 0; words < SIGNATURE_TITLE_WORDS && entityCovering(pos) == null; words++) {
      java.util.regex.Matcher title = SIGNATURE_TITLE.matcher(text).region(pos, text.length());
      if (!title.lookingAt()) {
        return at;
      }
      pos = title.end();
      EntityCluster named = entityCovering(pos);
      if (named != null) {
        return named.type() == EntityType.PERSON ? pos : at;
      }
    }
    return at;
  }

  /**
   * "Clinton: “Our goal is …” Bush: “The mission is …”": a name and a colon opening a line or
   * following a finished sentence label the quotation after them, as transcripts, interviews
   * and side-by-side positions set out who said what. Only a person's or organisation's name
   * alone before the colon; "The answer: “…”" names nobody.
   */
  private Attribution fromLabel(QuoteFinder.Found quote) {
    int nameEnd = quote.open();
    while (nameEnd > 0 && Character.isSpaceChar(text.charAt(nameEnd - 1))) { // NBSP included
      nameEnd--;
    }
    if (nameEnd < 2 || text.charAt(nameEnd - 1) != ':') {
      return null;
    }
    nameEnd--;
    EntityCluster named = entityCovering(nameEnd - 1);
    if (named == null) {
      return untaggedNameLabel(nameEnd);
    }
    if (named.type() != EntityType.PERSON && named.type() != EntityType.ORGANIZATION) {
      return null;
    }
    for (NamedMention m : named.mentions()) {
      int labelStart = coordinatedNameBefore(m.begin());
      if (m.end() == nameEnd && opensLabel(labelStart)) {
        return new Attribution(labelStart, m.end(), text.substring(labelStart, m.end()), named,
            ":");
      }
    }
    return null;
  }

  /**
   * "Said Comey, “The thought that …”", "Says Ann Lee: “…”", "Said Dorothy Poynter, who grew up
   * with Ali, “…”": news fronts the verb of saying before its source and the quotation after; the
   * tagger reads the verb as a first name ("Said" is one), so no parse holds it. The verb opening
   * the sentence, a person or organisation right after it (what sets the name off may follow),
   * then a comma or colon and the quotation, is that attribution.
   */
  private Attribution fromFrontedVerb(QuoteFinder.Found quote) {
    java.util.regex.Matcher fronted = FRONTED_VERB.matcher(text);
    int sentenceStart = sentences.get(sentenceAt(quote.open())).charOffsets().first();
    if (!fronted.region(sentenceStart, quote.open()).matches()) {
      return null;
    }
    int nameBegin = fronted.start("name");
    int nameEnd = fronted.end("name");
    EntityCluster named = entityCovering(nameBegin);
    if (named == null || !named.isPersonOrOrganisation()
        || named.mentions().stream().noneMatch(m -> m.begin() == nameBegin && m.end() == nameEnd)) {
      return null;
    }
    return new Attribution(nameBegin, nameEnd, text.substring(nameBegin, nameEnd), named,
        fronted.group("verb"));
  }

  /** A label may begin a line or a sentence, follow a finished quotation or a set-off dash. */
  private boolean opensLabel(int position) {
    return opensParagraph(position) || afterClosedQuotation(position)
        || opensSentence(position, sentenceAt(position)) || afterSetOffDash(position);
  }

  /**
   * "Bush: “…”", "Sara Lind: “…”" where NER found no name: a label is a name whatever the
   * tagger's entities, so proper nouns alone before the colon ({@value #LABEL_WORDS} at most, in
   * mixed case, no word of a place, date or other kind) label the quotation, linked to the story's one person
   * of that surname if there is one. A
   * heading in capitals ("UPDATE:") or a common word ("The answer:") names nobody.
   */
  private Attribution untaggedNameLabel(int nameEnd) {
    List<CoreLabel> tokens = sentences.get(sentenceAt(nameEnd - 1)).tokens();
    int start = -1;
    int words = 0;
    for (int i = tokens.size() - 1; i >= 0; i--) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= nameEnd) {
        continue;
      }
      if (t.endPosition() < nameEnd && start < 0 || !PennTags.isProperNoun(t.tag())
          || !LABEL_NER.contains(String.valueOf(t.ner()))
          || t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
        break;
      }
      start = t.beginPosition();
      words++;
    }
    if (start < 0 || words > LABEL_WORDS || !opensLabel(start)) {
      return null;
    }
    // "Bush:" after "George W. Bush" earlier: the story's one person of that surname
    String last = text.substring(start, nameEnd).replaceAll(".*\\s", "");
    return new Attribution(start, nameEnd, text.substring(start, nameEnd),
        LineLabelSource.bySurname(entities, last), ":");
  }

  /**
   * Where a label of two names begins: "Frank Lind and Ada Moss: “…”" is one label for both, and
   * its boundary is before the first name. {@code position} itself when no name and "and" (or
   * "&") of a person or organisation stand right before it.
   */
  private int coordinatedNameBefore(int position) {
    java.util.regex.Matcher and = AND_BEFORE.matcher(text.substring(Math.max(0, position - 6),
        position));
    if (!and.find()) {
      return position;
    }
    int firstEnd = position - and.group().length();
    EntityCluster first = firstEnd > 0 ? entityCovering(firstEnd - 1) : null;
    if (first == null || !first.isPersonOrOrganisation()) {
      return position;
    }
    return first.mentions().stream().filter(m -> m.end() == firstEnd).mapToInt(NamedMention::begin)
        .findFirst().orElse(position);
  }

  /**
   * A dash set off by spaces right before {@code position}: "Polls shifted late - Ada Moss: “…”".
   * Digests and round-ups head each item so and give its source after the dash, as a line or a
   * sentence would begin.
   */
  private boolean afterSetOffDash(int position) {
    return SET_OFF_DASH.matcher(text.substring(Math.max(0, position - 4), position)).find();
  }

  /** A quotation ending in a stop closes right before {@code position}: "…ISIS.” Bush: “…”". */
  private boolean afterClosedQuotation(int position) {
    return QUOTATION_CLOSED.matcher(text.substring(Math.max(0, position - 8), position)).find();
  }

  /**
   * "..., according to the ministry."; and the stance phrases that name whose word a clause is,
   * "by her own admission", "by his account", "in their words", "in Ruiz's view": the possessor
   * vouches for the clause as "according to" does.
   */
  private Attribution fromAccordingTo(QuoteFinder.Found quote, int first, int last,
      Attribution previous) {
    for (int s = first; s <= last; s++) {
      SemanticGraph tree = basicTree(s);
      if (tree == null) {
        continue;
      }
      for (IndexedWord word : tree.vertexListSorted()) {
        if (insideQuote(word.beginPosition()) || otherParagraph(word, quote)) {
          continue;
        }
        IndexedWord holder = holderOfStancePhrase(tree, word);
        if (holder != null && isHolder(tree, holder)) {
          return holderAttribution(tree, holder, word, s, previous);
        }
        if (!word.word().equalsIgnoreCase("according")) {
          continue;
        }
        IndexedWord source = tree.getParent(word);
        if (source != null && source.beginPosition() > word.beginPosition()) {
          return phraseAttribution(tree, source, null, "according to");
        }
      }
    }
    return null;
  }

  /** The possessor of "by her own admission", "in his view": null for any other phrase. */
  private static IndexedWord holderOfStancePhrase(SemanticGraph tree, IndexedWord noun) {
    String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
    String preposition = STANCE_PHRASES.get(lemma);
    return preposition == null || !Subtrees.hasCase(tree, noun, preposition) ? null
        : Subtrees.child(tree, noun, "nmod:poss");
  }

  /** "The minister said:" followed by the quotation in the next sentence. */
  private Attribution fromIntroducingSentence(QuoteFinder.Found quote, int first,
      Attribution previous) {
    if (first == 0) {
      return null;
    }
    CoreSentence before = sentences.get(first - 1);
    List<CoreLabel> tokens = before.tokens();
    if (!tokens.get(tokens.size() - 1).word().equals(":")) {
      return null;
    }
    // "put it simply:", "had this to say:": before a colon any main verb introduces the speech.
    return lastSpeechVerb(first - 1, quote).or(() -> Optional.ofNullable(basicTree(first - 1))
            .map(SemanticGraph::getFirstRoot))
        .map(v -> speakerOf(v, first - 1, previous, null)).orElse(null);
  }

  /**
   * The quotation ends its sentence and the next, short sentence in its paragraph says who spoke:
   * "Smith said."
   */
  private Attribution fromFollowingSentence(QuoteFinder.Found quote, int last, Attribution previous) {
    if (last + 1 >= sentences.size() || !endsSentence(quote, last)) {
      return null;
    }
    CoreSentence next = sentences.get(last + 1);
    int start = next.tokens().stream().mapToInt(CoreLabel::beginPosition)
        .filter(at -> at >= quote.end()).findFirst().orElse(next.charOffsets().first());
    if (insideQuote(start) || lineBreakAfter(quote, start)) {
      // "Lopez said." opening the next paragraph speaks of that paragraph, not of this quotation
      return null;
    }
    if (next.tokens().size() > 12) {
      return attributionRightAfter(quote, last + 1, previous);
    }
    return lastSpeechVerb(last + 1, quote).map(v -> speakerOf(v, last + 1, previous, null))
        .orElse(null);
  }

  /**
   * "“…, who knows?” Trump told Britain's ITV television station in an interview aired on Monday
   * when …": a question or exclamation ends the splitter's sentence, so the attribution that
   * follows the closing mark on the same line is a sentence of its own, however long. It is still
   * the quotation's when it opens with its speaker and verb: the first reporting verb within
   * {@value #ATTRIBUTION_OPENING} words of the mark. Only after "?" or "!": a quotation ending in a
   * stop is followed by the story going on.
   */
  private Attribution attributionRightAfter(QuoteFinder.Found quote, int s, Attribution previous) {
    int start = sentences.get(s).charOffsets().first();
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    if (!(content.endsWith("?") || content.endsWith("!")) || start < quote.end()
        || !text.substring(quote.end(), start).matches("[ \t]*")) {
      return null;
    }
    SemanticGraph tree = basicTree(s);
    if (tree == null) {
      return null;
    }
    return tree.vertexListSorted().stream()
        .filter(w -> w.index() <= ATTRIBUTION_OPENING && !insideQuote(w.beginPosition())
            && reports(tree, w, quote))
        .findFirst()
        .map(v -> speakerOf(v, s, previous, null)).orElse(null);
  }

  /**
   * A quotation inside the phrase of a noun of saying whose holder is named: "Trump's pledge to be
   * “neutral”", "his call for “a total and complete ban”", "her claim that she “never sent” …",
   * "the suggestion by the mayor that someone “ought to look into” it". The noun reports the words
   * as a verb would, and its holder (possessor, "by X", or the subject of "made the claim") is
   * their source, as the subject of "pledged" would be. The climb from the quotation passes only
   * through infinitives and participles ("Trump's proposal to ban “all Muslims”"); a finite verb,
   * one with its own subject or a verb of saying is a clause of its own.
   */
  private Attribution fromCueNoun(QuoteFinder.Found quote, int first, Attribution previous) {
    SemanticGraph tree = basicTree(first);
    IndexedWord top = tree == null ? null : topOfQuote(tree, quote);
    IndexedWord below = top;
    IndexedWord current = top == null ? null : tree.getParent(top);
    for (int hops = 0; hops < 4 && current != null; hops++) {
      if (insideQuote(current.beginPosition())) {
        return null;
      }
      IndexedWord noun = nounBeforeInfinitive(tree, below);
      for (IndexedWord candidate : noun == null ? List.of(current) : List.of(current, noun)) {
        IndexedWord holder = NominalCues.holderOfCueNoun(tree, candidate, quote.open());
        if (holder != null && isObjectOfSomeone(tree, candidate)) {
          return null; // "Gowdy referenced the inspector's report that “…”": Gowdy's act
        }
        if (holder != null && !insideQuote(holder.beginPosition()) && isHolder(tree, holder)) {
          return holderAttribution(tree, holder, candidate, first, previous);
        }
      }
      String tag = current.tag() == null ? "" : current.tag();
      if (PennTags.isFinite(tag)
          || (tag.startsWith("VB") && (subjects.activeSubject(tree, current) != null
              || SpeechVerbs.isSpeechVerb(current.lemma(), tag)))) {
        return null; // a clause of its own, or a verb of saying: not the noun's words
      }
      below = current;
      current = tree.getParent(current);
    }
    return null;
  }

  /**
   * The noun right before an infinitive's "to", when the parser hung the infinitive on the verb
   * around the noun ("go beyond Trump's pledge to be “neutral”" with "to be neutral" under "go"):
   * an infinitive that follows a noun directly completes the noun in English. Null otherwise.
   */
  private IndexedWord nounBeforeInfinitive(SemanticGraph tree, IndexedWord clause) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(clause)) {
      IndexedWord to = edge.getDependent();
      if (edge.getRelation().toString().equals("mark") && "TO".equals(to.tag())) {
        IndexedWord noun = tree.getNodeByIndexSafe(to.index() - 1);
        return noun != null && noun.tag() != null && noun.tag().startsWith("NN")
            && !insideQuote(noun.beginPosition()) ? noun : null;
      }
    }
    return null;
  }

  /**
   * A possessor or "by" phrase that can hold words: not a time ("last week's attack"), a verb,
   * a bare demonstrative or a mute thing ("the bill's call for …").
   */
  private boolean isHolder(SemanticGraph tree, IndexedWord holder) {
    String ner = holder.ner() == null ? "" : holder.ner();
    return !ner.equals("DATE") && !ner.equals("TIME") && !ner.equals("DURATION")
        && !ner.equals("SET") && !ReportingSubjects.notANoun(holder) && !isDemonstrative(tree, holder)
        && !isMuteThing(tree, holder);
  }

  /**
   * A noun that is the object of a verb with a subject: "Gowdy referenced an inspector's report
   * that …", "voters prefer Sanders' call for …". The subject does something with the words
   * before the reader, and the article gives them as the subject's act.
   */
  private boolean isObjectOfSomeone(SemanticGraph tree, IndexedWord noun) {
    IndexedWord verb = tree.getParent(noun);
    return verb != null && tree.getEdge(verb, noun).getRelation().toString().equals("obj")
        && subjects.activeSubject(tree, verb) != null;
  }

  /** The first word of {@code quote} that hangs from a word outside it, or null. */
  private IndexedWord topOfQuote(SemanticGraph tree, QuoteFinder.Found quote) {
    for (IndexedWord word : tree.vertexListSorted()) {
      if (word.beginPosition() < quote.open() || word.beginPosition() >= quote.end()) {
        continue;
      }
      IndexedWord parent = tree.getParent(word);
      if (parent != null && (parent.beginPosition() < quote.open()
          || parent.beginPosition() >= quote.end())) {
        return word;
      }
    }
    return null;
  }

  /** A noun's holder as a speaker: "his" and "their" resolved as "he" and "they" would be. */
  private Attribution holderAttribution(SemanticGraph tree, IndexedWord holder, IndexedWord noun,
      int s, Attribution previous) {
    String word = holder.word().toLowerCase(Locale.ROOT);
    String cue = noun.word();
    String span = text.substring(holder.beginPosition(), holder.endPosition());
    if (word.equals("his") || PronounResolver.isPersonPronoun(word)) {
      return new Attribution(holder.beginPosition(), holder.endPosition(), span,
          pronouns.person(holder.beginPosition(), word, previous), cue);
    }
    if (word.equals("their") || word.equals("its") || PronounResolver.isGroupPronoun(word)) {
      return new Attribution(holder.beginPosition(), holder.endPosition(), span,
          pronouns.group(holder.beginPosition(), s, "they", previous), cue);
    }
    return phraseAttribution(tree, holder, null, cue);
  }

  /**
   * A quotation set in a sentence of its own telling, with no reporting verb: "Cruz blamed the law
   * on “knuckleheaded politicians”", "The audience followed him by echoing “too many”". Whoever
   * does the act the quotation belongs to is its source: the subject of the nearest verb above it.
   */
  private Attribution fromGoverningClause(QuoteFinder.Found quote, int first,
      Attribution previous) {
    SemanticGraph tree = basicTree(first);
    if (tree == null) {
      return null;
    }
    for (IndexedWord word : tree.vertexListSorted()) {
      if (!insideQuote(word.beginPosition()) || word.beginPosition() < quote.open()
          || word.beginPosition() >= quote.end()) {
        continue;
      }
      IndexedWord parent = tree.getParent(word);
      if (parent == null || (parent.beginPosition() >= quote.open()
          && parent.beginPosition() < quote.end())) {
        continue;
      }
      // the quotation hangs off a word outside it: climb to a verb with a subject
      IndexedWord current = parent;
      for (int hops = 0; hops < 4 && current != null; hops++) {
        if (current.tag() != null && current.tag().startsWith("VB")) {
          IndexedWord subject = subjects.activeSubject(tree, current);
          if (subject == null) {
            subject = raisedFromPassive(tree, current);
          }
          if (subject != null && isMuteThing(tree, subject)) {
            return null; // "the auguries foretell “…”": an act of a thing, no source
          }
          if (subject != null) {
            return speakerOf(current, first, previous, null);
          }
        }
        current = tree.getParent(current);
      }
      return null;
    }
    return null;
  }

  /**
   * "is reported to have called …": the doer of an infinitive of saying is its passive verb's
   * subject ({@link ReportingSubjects#raisedSubject}); null for any other verb ("is scheduled to
   * appear on “The View”" says nothing).
   */
  private IndexedWord raisedFromPassive(SemanticGraph tree, IndexedWord verb) {
    IndexedWord parent = tree.getParent(verb);
    return parent == null || !SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())
        || !tree.getEdge(parent, verb).getRelation().toString().equals("xcomp") ? null
        : subjects.raisedSubject(tree, verb);
  }

  /**
   * "That adds its own pressure.": a demonstrative standing alone points back at a thing or a
   * state of affairs, never at a person, so it names no speaker even beside a reporting verb.
   * One that heads a phrase ("those who know him say") still names people.
   */
  private static boolean isDemonstrative(SemanticGraph tree, IndexedWord word) {
    return DEMONSTRATIVES.contains(word.word().toLowerCase(Locale.ROOT))
        && tree.outgoingEdgeList(word).isEmpty();
  }

  /**
   * A common noun, of no name, for a thing that neither speaks nor carries words. A quantity is
   * read through its "of": "a lot of people", "a number of members" are people.
   */
  private boolean isMuteThing(SemanticGraph tree, IndexedWord subject) {
    IndexedWord head = subject;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(subject)) {
      IndexedWord noun = edge.getDependent();
      if (edge.getRelation().toString().equals("nmod") && Subtrees.hasCase(tree, noun, "of")) {
        head = noun;
        break;
      }
    }
    String tag = head.tag() == null ? "" : head.tag();
    return (tag.equals("NN") || tag.equals("NNS")) && entityCovering(head.beginPosition()) == null
        && SpeakingThings.isMute(head.lemma());
  }

  private static boolean hasSubject(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation with no cue of its own continues the one just before it, unless it stands in a
   * heading ({@link #inHeadingParagraph}): a heading opens a new part of the story.
   */
  private Attribution continuing(int q, int first, Attribution previous) {
    if (previous == null || inHeadingParagraph(quotes.get(q))) {
      return null;
    }
    if (subjectNamesSomeoneNew(quotes.get(q), first, previous)) {
      return null;
    }
    int previousLast = sentenceAt(quotes.get(q - 1).end() - 1);
    if (previous.begin() >= quotes.get(q - 1).end() && previous.end() <= quotes.get(q).open()) {
      // “…?” Sanders replied. “Look, …”: the speaker's own sentence sits between the two
      previousLast = Math.max(previousLast, sentenceAt(previous.end() - 1));
    }
    return first - previousLast <= 1 ? previous : null;
  }

  /**
   * "Texas Sen. Ted Cruz, who has experienced a surge in Iowa, named “Criminal Minds” … as his top
   * shows": a new paragraph whose sentence has a person or organisation other than the last
   * speaker as its subject has moved on to someone new, so a quotation in it does not continue
   * the speaker of the paragraph before. A subject that is the last speaker again ("Beck, who has
   * described Trump as “…”"), a pronoun or no name leaves the run going.
   */
  private boolean subjectNamesSomeoneNew(QuoteFinder.Found quote, int first, Attribution previous) {
    int paragraph = text.lastIndexOf('\n', quote.open() - 1) + 1;
    if (previous.end() > paragraph) {
      return false; // the speaker was credited in this paragraph
    }
    SemanticGraph tree = basicTree(first);
    IndexedWord root = tree == null ? null : tree.getFirstRoot();
    if (root == null || insideQuote(root.beginPosition())) {
      return false;
    }
    // a noun as the root: the parser found no verb for the name ("Cruz" in the sentence above)
    IndexedWord subject = PennTags.isProperNoun(root.tag()) || PennTags.isCommonNoun(root.tag())
        ? root : subjects.subjectOf(tree, root);
    EntityCluster named = subject == null || insideQuote(subject.beginPosition()) ? null
        : entityCovering(subject.beginPosition());
    return named != null && named != previous.entity() && named.isPersonOrOrganisation();
  }

  /**
   * A paragraph of quotation alone, after a paragraph that tells what someone did or thought:
   * "Valastro praised Christie's leadership. ¶ “We need someone who …”". News sets the quotation
   * apart and leaves its speaker to the paragraph before; the subject of that paragraph's last
   * sentence is credited when it names a person or organisation (a name or "he"/"she"). The same
   * holds for a quotation that is a sentence of its own right after such a sentence in its
   * paragraph: "Lynch announced the lawsuit on Monday. “We are seeking a court order …”".
   */
  private Attribution fromParagraphBefore(QuoteFinder.Found quote, int first,
      Attribution previous) {
    boolean paragraph = opensParagraph(quote.open());
    if (first == 0 || !(paragraph || opensSentence(quote.open(), first))
        || inHeadingParagraph(quote)) {
      return null;
    }
    int before = first - 1;
    CoreSentence sentence = sentences.get(before);
    int sentenceEnd = sentence.charOffsets().second();
    if (sentenceEnd > quote.open()
        || text.substring(sentenceEnd, quote.open()).contains("\n") != paragraph) {
      return null; // not the paragraph, or the sentence, just before
    }
    SemanticGraph tree = basicTree(before);
    IndexedWord root = tree == null ? null : tree.getFirstRoot();
    if (root == null || insideQuote(root.beginPosition())) {
      return null;
    }
    Attribution own = creditedSubject(tree, root, previous);
    if (own != null) {
      return own;
    }
    // "While a few assets are still being shopped, Mr. Price said restructuring would be a
    // question of strategy. “We don't need the cash.”", "But this skittishness, Mr. Antolini
    // says, is creating problems. “It's harder …”": the sentence's main clause is about
    // something else, and the one who says something in it, last, speaks the quotation
    List<IndexedWord> words = tree.vertexListSorted();
    for (int i = words.size() - 1; i >= 0; i--) {
      IndexedWord verb = words.get(i);
      if (verb != root && !insideQuote(verb.beginPosition())
          && SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())) {
        Attribution sayer = creditedSubject(tree, verb, previous);
        if (sayer != null) {
          return sayer;
        }
      }
    }
    return null;
  }

  /**
   * The subject of {@code verb} as the speaker of a quotation set apart after its sentence: "he"
   * or "she" resolved, or a phrase naming a person or an organisation; null for anything else.
   */
  private Attribution creditedSubject(SemanticGraph tree, IndexedWord verb,
      Attribution previous) {
    IndexedWord subject = subjects.subjectOf(tree, verb);
    if (subject == null || insideQuote(subject.beginPosition())) {
      return null;
    }
    String word = subject.word().toLowerCase(Locale.ROOT);
    if (PronounResolver.isPersonPronoun(word)) {
      return new Attribution(subject.beginPosition(), subject.endPosition(),
          text.substring(subject.beginPosition(), subject.endPosition()),
          pronouns.person(subject.beginPosition(), subject.word(), previous), verb.word());
    }
    EntityCluster named = entityCovering(subject.beginPosition());
    if (named == null) {
      // "the governor also indicated that he will …": a description the article tied to a name
      Attribution described = phraseAttribution(tree, subject, null, verb.word());
      return described.entity() != null && described.entity().isPersonOrOrganisation()
          ? described : null;
    }
    return named.isPersonOrOrganisation() ? phraseAttribution(tree, subject, null, verb.word())
        : null;
  }

  /** Nothing but space between the start of sentence {@code s} and {@code position}. */
  private boolean opensSentence(int position, int s) {
    int start = sentences.get(s).charOffsets().first();
    return start <= position && text.substring(start, position).isBlank();
  }

  private boolean opensParagraph(int position) {
    int lineStart = text.lastIndexOf('\n', position - 1) + 1;
    return text.substring(lineStart, position).isBlank();
  }

  private Optional<IndexedWord> lastSpeechVerb(int s, QuoteFinder.Found quote) {
    SemanticGraph tree = basicTree(s);
    if (tree == null) {
      return Optional.empty();
    }
    return tree.vertexListSorted().stream()
        .filter(w -> !insideQuote(w.beginPosition()) && reports(tree, w, quote)
            && !reportsNextSentence(tree, w, quote))
        .reduce((a, b) -> b);
  }

  /**
   * A reporting verb, or a verb of a dialogue's turn standing right beside {@code quote}: "“…,”
   * Bennett shot back", "“…,” the mayor countered", "He went on: “…”".
   */
  private boolean reports(SemanticGraph tree, IndexedWord verb, QuoteFinder.Found quote) {
    if (SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag()) || putsInWords(tree, verb)) {
      return true;
    }
    if (quote == null) {
      return false;
    }
    if (asClauseOpening(tree, verb, quote)) {
      return true;
    }
    if (!isTurnVerb(tree, verb)) {
      return answersOpeningQuote(tree, verb, quote) || introducesAfterColon(tree, verb, quote);
    }
    if (verb.beginPosition() >= quote.end()) {
      // "“We will rebuild the pier.” The mayor smiled": a stop ended the quotation's sentence
      return !quote.closesOnStop(text)
          && TURN_AFTER.matcher(text.substring(quote.end(), verb.beginPosition())).matches();
    }
    return verb.endPosition() <= quote.open()
        && TURN_BEFORE.matcher(text.substring(verb.endPosition(), quote.open())).matches();
  }

  /**
   * "As the Gazette pointed out, “…”": an "as" clause of saying set off by a comma right before a
   * quotation vouches for it, as "as she put it" does ({@link #putsInWords}); set off anywhere,
   * it vouches for the clause it modifies, a quotation in that clause included ("As the Gazette
   * has pointed out, that is the “textbook case” of waste"). "Pointed out"
   * reports only with its particle and is kept from quotations' speakers elsewhere (it would take
   * a quotation before "… resist pointing out that …", see {@link SpeechVerbs}); here the clause
   * and the comma leave it nothing else to report.
   */
  private boolean asClauseOpening(SemanticGraph tree, IndexedWord verb, QuoteFinder.Found quote) {
    IndexedWord mark = Subtrees.child(tree, verb, "mark");
    if (mark == null || !mark.word().equalsIgnoreCase("as")
        || !SpeechVerbs.isParticleSpeechVerb(tree, verb)) {
      return false;
    }
    int[] span = Subtrees.span(tree, verb);
    if (span[1] <= quote.open()
        && COMMA_BEFORE.matcher(text.substring(span[1], quote.open())).matches()) {
      return true;
    }
    // "As the Gazette has pointed out, that is the “textbook case” of waste": set off by a comma,
    // the clause vouches for the clause it modifies, the quotation in it included
    IndexedWord modified = tree.getParent(verb);
    return modified != null && (span[1] <= quote.open() || span[0] >= quote.end())
        && setOffByComma(span) && governsQuote(tree, modified, quote);
  }

  /** A comma right after the words of {@code span}, or right before them. */
  private boolean setOffByComma(int[] span) {
    String after = text.substring(span[1], Math.min(text.length(), span[1] + 3)).stripLeading();
    String before = text.substring(Math.max(0, span[0] - 3), span[0]).stripTrailing();
    return after.startsWith(",") || before.endsWith(",");
  }

  /**
   * "As Marcus puts it, …", "as he put it, “…”": to put it is to word it, a verb of saying in
   * this idiom, and the "as" clause vouches for the clause it stands in, quotation included. "put
   * it on the table" places a thing: no place phrase is allowed. ("Cornyn put it: “…”" needs no
   * rule: a colon already introduces the quotation.)
   */
  private static boolean putsInWords(SemanticGraph tree, IndexedWord verb) {
    if (verb.lemma() == null || !verb.lemma().equalsIgnoreCase("put")) {
      return false;
    }
    IndexedWord it = null;
    boolean as = false;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord d = edge.getDependent();
      if (relation.equals("obj") && d.word().equalsIgnoreCase("it")) {
        it = d;
      } else if (relation.startsWith("obl") && !Subtrees.hasCase(tree, d, "as")) {
        return false;
      }
      // the parser may read "As Cornyn put it" as an "as" phrase and leave "as" no mark
      as |= (relation.equals("mark") && d.word().equalsIgnoreCase("as"))
          || (relation.startsWith("obl") && d.index() < verb.index());
    }
    return it != null && as;
  }

  /**
   * "“France will always be France,” an angry Hollande retaliated.": a sentence that opens with a
   * quotation closed by a comma goes on with who spoke, whatever the verb. English punctuation
   * says so, not a list: the comma inside the marks leaves the sentence open for its attribution.
   * The verb must follow the quotation on the same line, in a finite form, with its own subject
   * between them ({@value #SUBJECT_WORDS} words at most, no punctuation), and take no object or
   * clause: verbs outside the reporting lists that do ("quoted Y as saying") say something else.
   * Quoted words do not count: the parser hangs the quotation itself, or the one the sentence goes
   * on with, on such a verb as its object or clause ("“…,” the statement read.", "“The way I see
   * it,” she elaborated, “…”"), and that is the speech the verb answers for.
   */
  private boolean answersOpeningQuote(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    if (!answersCommaClosedOpening(verb, quote)) {
      return false;
    }
    String between = text.substring(quote.end(), verb.beginPosition());
    if (isRightAfter(between)) {
      return subjectAfter(tree, verb) != null;
    }
    if (!SUBJECT_BETWEEN.matcher(between).matches()) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("obj") || relation.equals("ccomp") || relation.equals("xcomp")
          || relation.equals("advcl")) && !insideQuote(edge.getDependent().beginPosition())) {
        return false; // "Interfax quoted Chernomyrdin as saying": a verb of its own business
      }
    }
    IndexedWord subject = subjects.activeSubject(tree, verb);
    if (subject == null) {
      // "“…,” it read.": answering a quotation, "it" is the letter or body that spoke, never the
      // empty "it" of "it seems" that it is elsewhere
      IndexedWord it = Subtrees.child(tree, verb, "nsubj");
      subject = it != null && it.word().equalsIgnoreCase("it") ? it : null;
    }
    return subject != null && subject.beginPosition() >= quote.end()
        && subject.endPosition() <= verb.beginPosition();
  }

  /**
   * "Asked which county was his favourite, he demurred: “…”": a clause that ends in a colon right
   * before a quotation introduces it, whatever its verb; the colon says the words are what the
   * clause leads up to. The verb must be finite, on the same line as the quotation with at most
   * two adverbs or particles between ("she wrote back:", "he fired back forcefully:"), have a
   * subject before it that can speak, and take no object or clause outside the quotation: "He
   * had one message: “…”" and "Officials knew the answer: “…”" announce a thing, not a speaker.
   * A manner of speaking said with "be" counts as a verb: "The minister was blunt: “…”".
   */
  /** "was blunt", "is adamant": an adjective with a finite "be" as its predicate. */
  private static boolean isTensedPredicateAdjective(SemanticGraph tree, IndexedWord word) {
    IndexedWord cop = word.tag() != null && word.tag().startsWith("JJ")
        ? Subtrees.child(tree, word, "cop") : null;
    return cop != null && PennTags.isTensedVerb(cop.tag());
  }

  private boolean introducesAfterColon(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    if (!(PennTags.isTensedVerb(verb.tag()) || isTensedPredicateAdjective(tree, verb))
        || verb.endPosition() > quote.open()
        || !(COLON_BEFORE.matcher(text.substring(verb.endPosition(), quote.open())).matches()
            || colonAfterAdjuncts(tree, verb, quote))) {
      return false;
    }
    if (hasComplementOutsideQuotes(tree, verb)) {
      return false;
    }
    IndexedWord subject = subjects.activeSubject(tree, verb);
    if (subject != null && !PennTags.isTensedVerb(verb.tag()) && !isSomeone(subject)) {
      return false; // "The answer was simple: “…”" announces a thing
    }
    return subject != null && subject.index() < verb.index() && !isMuteThing(tree, subject);
  }

  /**
   * "The appeals court was blunt in its ruling: “…”", "The mayor was emphatic on Sunday night:
   * “…”": where and when the words were said may stand between the verb and the colon. Every word
   * there must belong to a phrase of time, place or manner of the verb itself, on the quotation's
   * line; an object or a clause there announces a thing ({@link #hasComplementOutsideQuotes}).
   */
  private boolean colonAfterAdjuncts(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    int colon = text.lastIndexOf(':', quote.open());
    if (colon < verb.endPosition()
        || !text.substring(colon + 1, quote.open()).isBlank()
        || text.substring(verb.endPosition(), colon).indexOf('\n') >= 0) {
      return false;
    }
    int covered = verb.endPosition();
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      IndexedWord d = edge.getDependent();
      if (d.index() < verb.index() || d.beginPosition() >= colon) {
        continue;
      }
      String relation = edge.getRelation().toString();
      if (!(relation.startsWith("obl") || relation.equals("advmod")
          || relation.equals("nmod:tmod") || relation.equals("compound:prt"))) {
        return false;
      }
      int[] span = Subtrees.span(tree, d);
      if (span[1] > colon || !text.substring(covered, span[0]).isBlank()) {
        return false;
      }
      covered = span[1];
    }
    return covered > verb.endPosition() && text.substring(covered, colon).isBlank();
  }

  /**
   * A person pronoun, a person or organisation named, a noun for a person ("minister") or for a
   * body that speaks as one ("court", "union").
   */
  private boolean isSomeone(IndexedWord word) {
    EntityCluster named = entityCovering(word.beginPosition());
    return PronounResolver.isPersonPronoun(word.word())
        || SpeakingThings.isPersonNoun(word.word()) || SpeakingThings.isBody(word.lemma())
        || (named != null && named.isPersonOrOrganisation());
  }

  /**
   * "“Our town is safe,” read the leaflet.", "“…,” opined the Gazette": English puts the verb
   * before its subject after a quotation closed by a comma (quotative inversion), whatever the
   * verb. The subject is the noun the verb governs after itself (the parser often calls it an
   * object, "read" being transitive), and the verb must end its clause: only that noun phrase
   * and verbless words ("in a statement") up to the sentence's end or the next comma. Null when
   * the words do not fit.
   */
  private IndexedWord invertedSubject(SemanticGraph tree, IndexedWord verb,
      QuoteFinder.Found quote) {
    return answersCommaClosedOpening(verb, quote)
        && isRightAfter(text.substring(quote.end(), verb.beginPosition()))
        ? subjectAfter(tree, verb) : null;
  }

  /**
   * A finite verb after a quotation that opens its sentence and closes on a comma: the place
   * where English goes on with who spoke (see {@link #answersOpeningQuote}).
   */
  private boolean answersCommaClosedOpening(IndexedWord verb, QuoteFinder.Found quote) {
    return PennTags.isTensedVerb(verb.tag())
        && verb.beginPosition() >= quote.end()
        && quote.closesOnComma(text)
        && opensSentence(quote.open(), sentenceAt(quote.open()));
  }

  /** Only spaces between the closing mark and the verb, on the same line. */
  private static boolean isRightAfter(String between) {
    return between.isBlank() && !between.contains("\n");
  }

  /** The inverted subject of {@link #invertedSubject}, read from the tree; null if none fits. */
  private IndexedWord subjectAfter(SemanticGraph tree, IndexedWord verb) {
    IndexedWord subject = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord d = edge.getDependent();
      if (insideQuote(d.beginPosition())) {
        continue; // the quotation itself, hung from the verb as its clause
      }
      if (relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("advcl")
          || relation.equals("iobj")) {
        return null;
      }
      if ((relation.equals("nsubj") || relation.equals("obj")) && d.index() > verb.index()) {
        if (subject != null) {
          return null; // "…,” told him the news": two nouns, no inversion
        }
        subject = d;
      }
    }
    if (subject == null || ReportingSubjects.NOT_SPEAKERS.contains(subject.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.index() <= verb.index()) {
        continue;
      }
      if (w.word().equals(",")) {
        break;
      }
      if (PennTags.isFinite(w.tag())) {
        return null; // a clause of its own follows: not a bare inverted subject
      }
    }
    return subject;
  }

  private static boolean isTurnVerb(SemanticGraph tree, IndexedWord verb) {
    // a finite verb only: "“…,” as Eric Garner, gasping facedown …, said" is no turn of "gasp"
    if (!PennTags.isTensedVerb(verb.tag()) || verb.lemma() == null) {
      return false;
    }
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (TURN_VERBS.contains(lemma)) {
      return true;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("compound:prt") || relation.equals("advmod"))
          && TURN_PHRASES.contains(lemma + " "
              + edge.getDependent().word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of a reporting verb, followed through coordination and relative clauses; when the
   * parse gives none, the words between the quotation and a verb right after it ("…,” Trump told
   * a crowd; “…,” said the 46-year-old).
   */
  private Attribution speakerOf(IndexedWord verb, int s, Attribution previous,
      QuoteFinder.Found quote) {
    SemanticGraph tree = basicTree(s);
    // "called “a disgrace” by the senator", "as described by the director": in the passive the
    // one who spoke is the agent; the subject, if any, is what was said about
    IndexedWord agent = PassiveCues.agentOfParticiple(tree, verb);
    if (agent == null && quote != null && verb.endPosition() <= quote.open()) {
      agent = PassiveCues.agentOnQuotedObject(tree, verb, quote.end());
    }
    IndexedWord subject = agent != null && !insideQuote(agent.beginPosition())
        && isHolder(tree, agent) ? agent : subjects.subjectOf(tree, verb);
    IndexedWord invertedName = agent == null ? subjects.nameAfterSetOffVerb(tree, verb) : null;
    if (invertedName != null) {
      subject = invertedName; // "…“the beginning of the end” for the EU, said Geert Wilders,"
    }
    IndexedWord aside = AdjacentSpeaker.parenthetical(tree, verb);
    if (aside != null && (subject == null || subject.index() < aside.index())) {
      subject = aside; // "Biden, Rubio said, had been …": the name set off with the verb
    }
    if (subject != null && insideQuote(subject.beginPosition())) {
      // "“… for all of five tonnes, which … sums up the market,” said a trader.": the parser hung
      // the verb as a relative clause on a quoted noun; the words after the verb may still name
      // who spoke
      subject = null;
    }
    if (subject == null && quote != null) {
      subject = invertedSubject(tree, verb, quote);
    }
    if (subject == null) {
      subject = AdjacentSpeaker.find(tree, verb, quote, text);
    }
    if (subject == null) {
      subject = subjects.nameRightBefore(tree, verb); // "…, and Dayton says caucuses “are …”"
    }
    if (subject == null) {
      subject = subjects.asPhraseRightBefore(tree, verb); // "as Joel Pollak … observed, …"
    }
    if (subject == null && quote != null && verb.beginPosition() >= quote.end()) {
      // "…did not find “ties of any consequence,” aside from …, said the bureau's director":
      // the reporting clause closing the sentence, as reported speech reads it
      ClosingReportingClause.Reading closing = ClosingReportingClause.read(tree, verb);
      subject = closing == null ? null : closing.sourceHead();
    }
    String cue = verb.originalText().isEmpty() ? verb.word() : verb.originalText();
    if (subject == null) {
      return nameSetOffBefore(verb, s, cue);
    }
    if (insideQuote(subject.beginPosition()) || ReportingSubjects.notANoun(subject)
        || isDemonstrative(tree, subject)) {
      return null;
    }
    if (PronounResolver.isPersonPronoun(subject.word())) {
      EntityCluster reporter = reporterOf(tree, subject);
      return new Attribution(subject.beginPosition(), subject.endPosition(),
          text.substring(subject.beginPosition(), subject.endPosition()), reporter != null
              ? reporter : pronouns.person(subject.beginPosition(), subject.word(), previous), cue);
    }
    if (PronounResolver.isGroupPronoun(subject.word())) {
      return new Attribution(subject.beginPosition(), subject.endPosition(),
          text.substring(subject.beginPosition(), subject.endPosition()),
          pronouns.group(subject.beginPosition(), s, subject.word(), previous), cue);
    }
    if (subject.word().equalsIgnoreCase("it")) {
      return new Attribution(subject.beginPosition(), subject.endPosition(),
          text.substring(subject.beginPosition(), subject.endPosition()),
          organisationMeantByIt(subject.beginPosition(), s, previous), cue);
    }
    IndexedWord relative = relativePronounOf(tree, verb, subject);
    if (relative != null) {
      EntityCluster named = sourceEntity.of(tree, subject, SpeakerPhrase.grow(tree, subject));
      if (named != null) {
        return new Attribution(relative.beginPosition(), relative.endPosition(),
            text.substring(relative.beginPosition(), relative.endPosition()), named, cue);
      }
    }
    return phraseAttribution(tree, subject, null, cue);
  }

  /**
   * "“…,” Rifkind, in Pakistan for a visit, told Reuters.", "Prescott, reluctant to go into the
   * winner's enclosure …, said: “…”": a name set off by a phrase between commas right before the
   * verb, with nothing else between it and the quotation or the sentence's start, is the verb's
   * subject, though the parser, misled by the set-off phrase, hung both elsewhere. Null when the
   * words there are anything else or the name is no person or organisation.
   */
  private Attribution nameSetOffBefore(IndexedWord verb, int s, String cue) {
    int start = sentences.get(s).charOffsets().first();
    for (QuoteFinder.Found quote : quotes) {
      if (quote.end() > start && quote.end() <= verb.beginPosition()) {
        start = quote.end();
      }
    }
    String before = text.substring(start, verb.beginPosition());
    int nameAt = start + before.length() - before.stripLeading().length();
    EntityCluster named = entityCovering(nameAt);
    if (named == null || !named.isPersonOrOrganisation()) {
      return null;
    }
    for (NamedMention m : named.mentions()) {
      if (m.begin() == nameAt && m.end() <= verb.beginPosition()
          && SET_OFF_AFTER_NAME.matcher(text.substring(m.end(), verb.beginPosition())).matches()) {
        return new Attribution(m.begin(), m.end(), m.text(), named, cue);
      }
    }
    return null;
  }

  /**
   * "Beck, who has described Trump as “…”": the relative pronoun that is the verb's own subject
   * in a relative clause on {@code noun}, or null. The pronoun is where the source is written
   * (as the PolNeAR guidelines mark it), and, like "he", it names the entity its noun names.
   */
  private IndexedWord relativePronounOf(SemanticGraph tree, IndexedWord verb, IndexedWord noun) {
    IndexedWord current = verb;
    for (int hops = 0; hops < 3 && current != null; hops++) {
      // a relative clause, or one the parser hung loosely on a noun inside the sentence; one hung
      // loosely on a root name (see ReportingSubjects.relativeClauseNoun) is that name's own
      // clause, and the name is the text
      IndexedWord described = tree.getParent(current);
      if (noun.equals(described)
          && (tree.getEdge(described, current).getRelation().toString().equals("acl:relcl")
              || ReportingSubjects.isLooseRelativeClause(tree, described, current)
                  && !tree.getRoots().contains(described))) {
        IndexedWord pronoun = subjects.nearestSubject(tree, current);
        return pronoun != null && ReportingSubjects.isRelativePronoun(pronoun) ? pronoun : null;
      }
      IndexedWord parent = tree.getParent(current);
      String relation = parent == null ? "" : tree.getEdge(parent, current).getRelation().toString();
      current = relation.equals("conj") || relation.equals("xcomp") ? parent : null;
    }
    return null;
  }

  /**
   * "Hillary Clinton says the Obama administration should … and that she expects …": a "he" or
   * "she" heading a clause that a verb of saying reports refers to the one who says it, when that
   * one is a person named as the verb's subject and can be meant by the pronoun; the names in
   * between ("the Obama administration") are what is talked about. The climb goes from the
   * pronoun's clause up through reported clauses and the clauses joined to them (ccomp, xcomp,
   * conj), to the first verb of saying; null when there is none or its subject is no such person.
   */
  private EntityCluster reporterOf(SemanticGraph tree, IndexedWord pronoun) {
    IndexedWord current = tree.getParent(pronoun);
    for (int hops = 0; hops < 4 && current != null; hops++) {
      IndexedWord parent = tree.getParent(current);
      if (parent == null || insideQuote(parent.beginPosition())) {
        return null;
      }
      String relation = tree.getEdge(parent, current).getRelation().toString();
      if (!relation.equals("ccomp") && !relation.equals("xcomp") && !relation.equals("conj")) {
        return null;
      }
      if (SpeechVerbs.isSpeechVerb(parent.lemma(), parent.tag())) {
        IndexedWord subject = subjects.activeSubject(tree, parent);
        EntityCluster named = subject == null ? null : entityCovering(subject.beginPosition());
        return named != null && named.type() == EntityType.PERSON
            && subject.index() < pronoun.index() && pronouns.canMean(named, pronoun.word())
            ? named : null;
      }
      current = parent;
    }
    return null;
  }

  /** Subjects inside a quotation belong to the quoted words, not to the reporting verb. */
  private Attribution phraseAttribution(SemanticGraph tree, IndexedWord head, EntityCluster entity,
      String cue) {
    SpeakerPhrase.Span span = SpeakerPhrase.grow(tree, head);
    EntityCluster named = entity != null ? entity : sourceEntity.of(tree, head, span);
    // "“… three o'clock,” Palestinian lawmaker Ahmed Zighayer told Reuters": the parser may hang
    // a word of the quotation on the speaker's name; the phrase starts after the closing mark
    int begin = subjects.pastDateline(QuoteFinder.afterQuotationEndingIn(quotes, text,
        span.begin(), head.beginPosition()), head.beginPosition());
    return new Attribution(begin, span.end(), text.substring(begin, span.end()), named, cue);
  }

  private EntityCluster entityCovering(int position) {
    return EntityCluster.covering(entities, position);
  }

  /** Whether {@code word} stands in a relative clause: "acl:relcl" on the way to the root. */
  private static boolean inRelativeClause(SemanticGraph tree, IndexedWord word) {
    for (IndexedWord current = word; current != null; ) {
      IndexedWord parent = tree.getParent(current);
      if (parent != null
          && tree.getEdge(parent, current).getRelation().toString().equals("acl:relcl")) {
        return true;
      }
      current = parent;
    }
    return false;
  }

  /**
   * A word of the quotation stands under {@code verb} in its own clause. Not through a conjunct
   * outside the quotation with a subject of its own: "Clinton proposed a debate, but the Sanders
   * campaign rejected the idea as “ludicrous”" puts the quotation in the campaign's clause.
   */
  private boolean governsQuote(SemanticGraph tree, IndexedWord verb, QuoteFinder.Found quote) {
    for (IndexedWord descendant : tree.descendants(verb)) {
      int at = descendant.beginPosition();
      if (at > quote.open() && at < quote.end() - 1
          && !throughConjunctWithSubject(tree, descendant, verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * On the way from {@code word} up to {@code verb}, a clause joined to the verb's own with a
   * subject of its own. Conjuncts deeper down belong to what the verb reports ("He said Sanders
   * had been “…,” and Democrats would need to “…”").
   */
  private boolean throughConjunctWithSubject(SemanticGraph tree, IndexedWord word,
      IndexedWord verb) {
    for (IndexedWord current = word; current != null && !current.equals(verb); ) {
      IndexedWord parent = tree.getParent(current);
      if (verb.equals(parent)
          && tree.getEdge(parent, current).getRelation().toString().equals("conj")
          && !insideQuote(current.beginPosition()) && hasSubject(tree, current)) {
        return true;
      }
      current = parent;
    }
    return false;
  }

  /**
   * A verb of saying with an object or clause of its own outside every quotation: "denounced her
   * record", "proposed a debate". It reports that, not a quotation beside it; a bare "he said" or
   * "as he later explained" has nothing else to report. An "as" clause ("as Marcus puts it", "as
   * the magazine called them, “…”") vouches for the clause it comments on, whatever its object
   * stands for. (The noun after an inverted "…, said the bureau's director" is its subject: the
   * caller asks {@link ClosingReportingClause} first.)
   */
  private boolean reportsSomethingElse(SemanticGraph tree, IndexedWord verb) {
    IndexedWord mark = Subtrees.child(tree, verb, "mark");
    boolean asClause = mark != null && mark.word().equalsIgnoreCase("as");
    return !asClause && !putsInWords(tree, verb) && hasComplementOutsideQuotes(tree, verb);
  }

  /** An object or a clause of {@code verb} that is no quotation: "knew the answer: “…”". */
  private boolean hasComplementOutsideQuotes(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("obj") || relation.equals("iobj") || relation.equals("ccomp")
          || relation.equals("xcomp")) && !insideQuote(edge.getDependent().beginPosition())) {
        return true;
      }
    }
    return false;
  }

  /** A short, whole-paragraph quotation with no sentence of its own is a heading, not speech. */
  private boolean isHeading(QuoteFinder.Found quote) {
    String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
    int paragraphStart = text.lastIndexOf("\n\n", quote.open());
    int paragraphEnd = text.indexOf("\n\n", quote.end());
    String before = text.substring(paragraphStart < 0 ? 0 : paragraphStart, quote.open()).strip();
    String after = text.substring(quote.end(), paragraphEnd < 0 ? text.length() : paragraphEnd)
        .strip();
    boolean alone = before.isEmpty() && after.chars().noneMatch(Character::isLetterOrDigit);
    return alone && content.split("\\s+").length <= HEADING_MAX_WORDS
        && !content.matches(".*[.!?,;:]$");
  }

  /**
   * "Tourist attractions - Mizen Head's 'The Mizen' to close": a paragraph of one short line that
   * ends in a word, not a stop, is a heading or crosshead (web and local news set one over each
   * item). Its quotation is a title or a phrase the item goes on to tell, never the words of the
   * speaker of the item before.
   */
  private boolean inHeadingParagraph(QuoteFinder.Found quote) {
    int start = text.lastIndexOf("\n\n", quote.open());
    int end = text.indexOf("\n\n", quote.end());
    String paragraph = text.substring(Math.max(0, start), end < 0 ? text.length() : end)
        .strip();
    return !paragraph.isEmpty() && paragraph.indexOf('\n') < 0
        && paragraph.split("\\s+").length <= HEADING_LINE_MAX_WORDS
        && Character.isLetterOrDigit(paragraph.codePointBefore(paragraph.length()));
  }

  private boolean endsSentence(QuoteFinder.Found quote, int s) {
    int sentenceEnd = sentences.get(s).charOffsets().second();
    return text.substring(quote.end(), Math.max(quote.end(), sentenceEnd)).strip()
        .chars().noneMatch(Character::isLetterOrDigit);
  }

  private boolean insideQuote(int position) {
    return QuoteFinder.inside(quotes, position);
  }

  /**
   * "The council said in a statement that … . “…,” it said.", "the company … in what it calls
   * “…”": the organisation a reporting "it" stands for is the main subject last written before
   * it, in its own sentence or the one before, when that subject is an organisation named or
   * described ("the council", "the company", linked as a speaker's description would be); a
   * thing as a later subject ("the plan") is what "it" means instead, and gives no organisation.
   * With no subject there, the organisation credited last. Null otherwise.
   */
  private EntityCluster organisationMeantByIt(int position, int s, Attribution previous) {
    EntityCluster meant = null;
    boolean subjectFound = false;
    for (int k = Math.max(0, s - 1); k <= s; k++) {
      SemanticGraph tree = basicTree(k);
      if (tree == null) {
        continue;
      }
      for (IndexedWord w : tree.vertexListSorted()) {
        if (w.beginPosition() >= position || insideQuote(w.beginPosition())
            || !isNounSubject(tree, w)) {
          continue;
        }
        EntityCluster e = sourceEntity.of(tree, w, SpeakerPhrase.grow(tree, w));
        if (e != null && e.type() == EntityType.PERSON) {
          continue; // "it" never means a person
        }
        subjectFound = true;
        meant = e != null && e.type() == EntityType.ORGANIZATION ? e : null;
      }
    }
    if (subjectFound) {
      return meant;
    }
    return previous != null && previous.entity() != null && previous.begin() < position
        && previous.entity().type() == EntityType.ORGANIZATION ? previous.entity() : null;
  }

  /**
   * A noun (not a pronoun) that is the subject of the sentence's main verb or one joined to it,
   * not of a clause it reports ("The council said … that work would start": the council).
   */
  private static boolean isNounSubject(SemanticGraph tree, IndexedWord w) {
    IndexedWord parent = tree.getParent(w);
    if (parent == null || w.tag() == null || !w.tag().startsWith("NN")
        || !tree.getEdge(parent, w).getRelation().toString().startsWith("nsubj")) {
      return false;
    }
    IndexedWord root = tree.getFirstRoot();
    IndexedWord above = tree.getParent(parent);
    return parent.equals(root) || root.equals(above)
        && tree.getEdge(above, parent).getRelation().toString().equals("conj");
  }

  private int sentenceAt(int position) {
    return Sentences.indexAt(sentences, position);
  }

  private SemanticGraph basicTree(int s) {
    return Sentences.basicTree(sentences.get(s));
  }
}
