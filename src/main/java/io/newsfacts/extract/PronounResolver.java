package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsfacts.model.EntityType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entity a pronoun that speaks or reports refers to, within one article: "he"/"she" to the
 * nearest earlier person who can be meant by it (gender from a title or a first name), "they" to
 * an organisation that was the subject just before, "we" only to an organisation just credited.
 * Made once per article (its gender caches belong to that article's entities) and dropped with it.
 *
 * <p>CoreNLP's coreference was measured on the same speakers and not used: worse on them, and many
 * times the cost of the whole pipeline (docs/quotes.md).
 */
final class PronounResolver {

  private static final Set<String> PERSON = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP = Set.of("they", "we");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");
  /** A subordinate clause opening its sentence, with the pronoun as its subject. */
  private static final Pattern FRONTED_CLAUSE = Pattern.compile(
      "(?i)[\\s“\"`']*(although|though|while|when|whenever|after|before|because|since|once"
          + "|until|if|unless|as)\\s+");
  /** Words between "the" and the noun of a description opening a sentence: "The Vermont senator". */
  private static final int DESCRIPTION_MODIFIERS = 3;
  /** Adverbs between a subject and its verb: "The duchess also later revealed". */
  private static final int VERB_ADVERBS = 2;
  /** Adjectives before a subject's name: "The 19-year-old Philippoussis". */
  private static final int NAME_ADJECTIVES = 3;
  /** Marks that may stand before a sentence's first word, in the text and as tokens. */
  private static final String OPENING_MARKS = "“\"`'‘";
  private static final Set<String> OPENING_TOKENS = Set.of("``", "`", "\"", "“", "‘");

  private final String text;
  private final List<CoreSentence> sentences;
  private final List<EntityCluster> entities;
  private final List<QuoteFinder.Found> quotes;
  private final DescribedSpokespeople spokespeople;
  private final DescriptionLink descriptions;
  private final Map<EntityCluster, PersonGender.Gender> genders = new IdentityHashMap<>();
  private final Map<EntityCluster, PersonGender.Gender> titleGenders = new IdentityHashMap<>();

  PronounResolver(CoreDocument document, List<EntityCluster> entities,
      List<QuoteFinder.Found> quotes) {
    this.text = document.text();
    this.sentences = document.sentences();
    this.entities = entities;
    this.quotes = quotes;
    this.spokespeople = DescribedSpokespeople.find(text, entities, quotes);
    this.descriptions = new DescriptionLink(text, entities, quotes);
  }

  static boolean isPersonPronoun(String word) {
    return PERSON.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isGroupPronoun(String word) {
    return GROUP.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * "he said": the person credited last ({@code lastSpeaker}, may be null) or named most recently
   * before the pronoun who can be meant by it; a person introduced after the last speaker
   * ("Claudia Berset, a hydrologist, ...") wins over that speaker, but not one the last speaker
   * talks about in the sentence that credits them, when the pronoun is in the sentence right
   * after ("Fabi said Innopac viewed Mr. Pattison's decision as a “very positive” move. “I'm
   * happy …,” he said." is Fabi's). An unnamed spokesperson
   * described after them all ("said a Sun spokesman. … he said") is meant instead, and the
   * organisation it speaks for is returned (null when the description names none).
   */
  EntityCluster person(int position, String pronoun, Attribution lastSpeaker) {
    PersonGender.Gender wanted = genderOf(pronoun);
    EntityCluster ahead = namedAfterFrontedClause(position, wanted);
    if (ahead != null) {
      return ahead;
    }
    EntityCluster nearest = null;
    int nearestBegin = -1;
    int talkedAboutUntil = -1;
    if (lastSpeaker != null && lastSpeaker.entity() != null
        && lastSpeaker.entity().type() == EntityType.PERSON && lastSpeaker.begin() < position
        && compatible(lastSpeaker.entity(), wanted, titleGenders, true)) {
      nearest = lastSpeaker.entity();
      nearestBegin = lastSpeaker.begin();
      int creditingEnd = sentenceEnd(lastSpeaker.begin());
      // only for the sentence right after: further on, the one talked about may be the topic
      talkedAboutUntil = creditingEnd >= 0 && position < nextSentenceEnd(creditingEnd)
          ? creditingEnd : -1;
    }
    for (EntityCluster entity : entities) {
      if (entity.type() != EntityType.PERSON || !compatible(entity, wanted, genders, false)) {
        continue;
      }
      for (NamedMention mention : entity.mentions()) {
        if (mention.end() <= position && mention.begin() > nearestBegin
            && mention.begin() >= talkedAboutUntil
            && !insideQuote(mention.begin()) && !isWorkplace(mention.begin())) {
          nearest = entity;
          nearestBegin = mention.begin();
        }
      }
    }
    DescribedSpokespeople.Described described = spokespeople.nearestBefore(position, wanted);
    if (described != null && described.begin() > nearestBegin) {
      return described.speaksFor();
    }
    EntityCluster describedJustBefore = describedSubjectJustBefore(position, nearestBegin, wanted);
    if (describedJustBefore != null) {
      return describedJustBefore;
    }
    if (nearest != null && unnamedPersonSubjectBefore(position, nearestBegin, wanted)) {
      return null;
    }
    boolean credited = lastSpeaker != null && nearest == lastSpeaker.entity();
    if (nearest != null && !credited) {
      EntityCluster subject = subjectOfSentenceBefore(position, nearestBegin, wanted);
      if (subject != null) {
        return subject;
      }
    }
    return nearest;
  }

  /**
   * "Mr Anderson, who quit …, had taken the witness box during Hartley's trial. He told the jury
   * …": a pronoun that opens the story's next sentence continues that sentence's subject, not the
   * name last read inside its object or a phrase. Null unless the nearest person named ({@code
   * nearestBegin}) is in an earlier sentence than the pronoun and is not that sentence's subject,
   * and the subject is a person the pronoun can mean, by name or by a description of them. The
   * same holds for "she" after a quotation that opens the next sentence: "Meghan told Winfrey
   * that …. “I just …,” she said." is Meghan's.
   */
  private EntityCluster subjectOfSentenceBefore(int position, int nearestBegin,
      PersonGender.Gender wanted) {
    if (sentences == null) {
      return null;
    }
    int opening = openingOwnSentence(position);
    if (opening < 0) {
      return null;
    }
    int own = Sentences.indexAt(sentences, opening);
    int named = Sentences.indexAt(sentences, nearestBegin);
    if (named >= own) {
      return null;
    }
    CoreSentence sentence = sentences.get(named);
    int subject = subjectBegin(sentence);
    EntityCluster e;
    if (subject >= 0) {
      e = subject < nearestBegin && !insideQuote(subject)
          ? EntityCluster.covering(entities, subject) : null;
    } else {
      e = describedSubject(sentence, nearestBegin);
    }
    return e != null && e.type() == EntityType.PERSON && compatible(e, wanted, genders, false)
        ? e : null;
  }

  /**
   * "The duchess told Winfrey that …", "The senator told supporters in Des Moines …": a subject
   * that describes someone the article named with that office ("Meghan, the Duchess of Sussex",
   * "Sen. Bernie Sanders") is that person, as {@link DescriptionLink} reads it. Null when the
   * sentence does not open with "the", a few modifiers and a noun right before its verb (or a
   * few adverbs before it), or the description links to no one.
   */
  private EntityCluster describedSubject(CoreSentence sentence, int before) {
    List<CoreLabel> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && (isOpener(tokens.get(i).word())
        || (i == 0 && "CC".equals(tokens.get(i).tag())))) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase("the")) {
      return null;
    }
    int head = i + 1;
    while (head + 1 < tokens.size() && head - i <= DESCRIPTION_MODIFIERS
        && isModifier(tokens.get(head)) && !isFiniteVerb(tokens, verbAfter(tokens, head))) {
      head++;
    }
    CoreLabel noun = tokens.get(head);
    if (!isFiniteVerb(tokens, verbAfter(tokens, head)) || !"NN".equals(noun.tag())
        || noun.endPosition() > before || insideQuote(tokens.get(i).beginPosition())) {
      return null;
    }
    return descriptions.link(tokens.get(i).beginPosition(), noun.endPosition(), noun.word());
  }

  /**
   * Where the verb after the subject's last word {@code noun} stands, past a few adverbs: "The
   * duchess also revealed", "The senator later told".
   */
  private static int verbAfter(List<CoreLabel> tokens, int noun) {
    int verb = noun + 1;
    while (verb < tokens.size() && verb - noun <= VERB_ADVERBS
        && "RB".equals(tokens.get(verb).tag())) {
      verb++;
    }
    return verb;
  }

  private static boolean isFiniteVerb(List<CoreLabel> tokens, int at) {
    return at < tokens.size() && PennTags.isFinite(tokens.get(at).tag());
  }

  private static boolean isModifier(CoreLabel token) {
    String tag = token.tag() == null ? "" : token.tag();
    return tag.startsWith("JJ") || PennTags.isProperNoun(tag) || tag.equals("NN");
  }

  /**
   * "The victim's mother paid tribute to her son in a statement. ‘He was the kindest boy,’ she
   * said": news quotes relatives and witnesses it does not name, and a person named by a noun of
   * one gender ("mother", "husband", "woman") as the main subject of the sentence before the
   * pronoun's, after everyone named ({@code after}), is the one the pronoun of that gender means.
   * We cannot link that person to an entity, so the pronoun is linked to nobody rather than to the
   * person named before. Sentences wholly inside a quotation are passed over. Not when the
   * subject's phrase holds a person's name ("Clinton's mother", "her son, David"): there the
   * named person may be the topic.
   */
  private boolean unnamedPersonSubjectBefore(int position, int after, PersonGender.Gender wanted) {
    if (sentences == null || wanted == PersonGender.Gender.UNKNOWN) {
      return false;
    }
    int k = sentenceBeforeOutsideQuotes(position);
    if (k < 0 || sentences.get(k).tokens().stream()
        .noneMatch(t -> PersonGender.ofNoun(t.word()) == wanted)) {
      return false; // no such noun: spare the sentence a parse
    }
    SemanticGraph tree = Sentences.basicTree(sentences.get(k));
    IndexedWord subject = tree == null ? null : mainSubject(tree);
    if (subject == null || subject.beginPosition() <= after || insideQuote(subject.beginPosition())
        || !"NN".equals(subject.tag()) || PersonGender.ofNoun(subject.word()) != wanted
        || !introducesSomeone(tree, subject)) {
      return false;
    }
    int[] phrase = Subtrees.span(tree, subject);
    return entities.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.begin() >= phrase[0] && m.begin() < phrase[1]);
  }

  /**
   * The subject of the sentence's root, or, where the parser rooted the sentence on a noun, of
   * its verb of saying: "In a statement read outside court, her son said …" is rooted on
   * "statement", with "said" under "read".
   */
  private static IndexedWord mainSubject(SemanticGraph tree) {
    IndexedWord root = tree.getFirstRoot();
    if (root == null) {
      return null;
    }
    if (root.tag() != null && !PennTags.isCommonNoun(root.tag())) {
      return Subtrees.child(tree, root, "nsubj");
    }
    for (IndexedWord verb : tree.vertexListSorted()) {
      if (SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag())) {
        return Subtrees.child(tree, verb, "nsubj");
      }
    }
    return null;
  }

  /**
   * "Nunn … disagreed. The secretary was unmoved. “…,” he said.": the sentence right before the
   * pronoun's own, when it comes after the nearest person named ({@code after}) and its subject
   * describes someone the article named with that office (as {@link #describedSubject} reads it),
   * is the nearer mention of that person. Null otherwise.
   */
  private EntityCluster describedSubjectJustBefore(int position, int after,
      PersonGender.Gender wanted) {
    if (sentences == null) {
      return null;
    }
    int opening = openingOwnSentence(position);
    int k = sentenceBeforeOutsideQuotes(opening >= 0 ? opening : position);
    if (k < 0 || sentences.get(k).charOffsets().first() <= after) {
      return null;
    }
    EntityCluster e = describedSubject(sentences.get(k), position);
    return e != null && e.type() == EntityType.PERSON && compatible(e, wanted, genders, false)
        ? e : null;
  }

  /** The sentence before the one at {@code position} that opens outside a quotation; -1 if none. */
  private int sentenceBeforeOutsideQuotes(int position) {
    int k = Sentences.indexAt(sentences, position) - 1;
    while (k >= 0 && insideQuote(sentences.get(k).charOffsets().first())) {
      k--;
    }
    return k;
  }

  /**
   * "A 29-year-old Berlin woman", "The victim's mother", "his wife": an indefinite noun phrase or
   * one with a possessor brings in a person of its own. "The billionaire businessman" may be a
   * description of the person just named, so a bare "the" does not.
   */
  private static boolean introducesSomeone(SemanticGraph tree, IndexedWord noun) {
    IndexedWord det = Subtrees.child(tree, noun, "det");
    return det != null && INDEFINITE.contains(det.word().toLowerCase(Locale.ROOT))
        || Subtrees.child(tree, noun, "nmod:poss") != null;
  }

  /**
   * Where the sentence's subject begins when it opens the sentence, as a news sentence's subject
   * mostly does: its first word, after a joining word and any title words, adjectives and "the"
   * ("But Senator Paul Hadley spent …", "The 19-year-old Philippoussis stayed …"), unless that
   * name is a possessive's ("Hartley's wife …") or one of two joined by "and"; -1 otherwise. A name before the noun of a role is passed over for
   * the name after it ("Obama consultant Cornell Belcher"). Read from the words, not the parse:
   * the parser made "Anderson" the root of "Mr Anderson, who ran …, had taken …".
   */
  private static int subjectBegin(CoreSentence sentence) {
    List<CoreLabel> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && (isTitle(tokens.get(i)) || isOpener(tokens.get(i).word())
        || (i == 0 && "CC".equals(tokens.get(i).tag())) || describesNameAfter(tokens, i))) {
      i++;
    }
    int j = personRunEnd(tokens, i);
    if (j > i && j < tokens.size() && PennTags.isCommonNoun(tokens.get(j).tag())) {
      // "Obama consultant Cornell Belcher", "McConnell spokesman Don Stewart": a name modifying
      // the noun of a role is not the subject; the name the role introduces is
      i = j;
      while (i < tokens.size()
          && (PennTags.isCommonNoun(tokens.get(i).tag()) || isTitle(tokens.get(i)))) {
        i++;
      }
      j = personRunEnd(tokens, i);
    }
    if (j == i || j >= tokens.size()) {
      return -1;
    }
    String after = tokens.get(j).word();
    if ("POS".equals(tokens.get(j).tag()) || after.equalsIgnoreCase("and") || after.equals("&")) {
      return -1;
    }
    return tokens.get(i).beginPosition();
  }

  /**
   * "The 19-year-old Philippoussis", "The sixth-ranked Ivanisevic": an adjective or number
   * describing the name that follows it, after at most a few more of them or of titles.
   */
  private static boolean describesNameAfter(List<CoreLabel> tokens, int at) {
    for (int k = at; k < tokens.size() && k - at <= NAME_ADJECTIVES; k++) {
      CoreLabel token = tokens.get(k);
      String tag = token.tag() == null ? "" : token.tag();
      if ("PERSON".equals(token.ner())) {
        return k > at;
      }
      if (!tag.startsWith("JJ") && !tag.equals("CD") && !isTitle(token)) {
        return false;
      }
    }
    return false;
  }

  private static int personRunEnd(List<CoreLabel> tokens, int from) {
    int j = from;
    while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
      j++;
    }
    return j;
  }

  private static boolean isTitle(CoreLabel token) {
    return "TITLE".equals(token.ner()) || token.word().equalsIgnoreCase("the")
        || PersonTitles.isTitle(token.word());
  }

  /** A token that opens a quotation ("``", "“"); "''" closes one, so it is no opener. */
  private static boolean isOpener(String word) {
    return OPENING_TOKENS.contains(word);
  }

  /**
   * Where the sentence a pronoun belongs to opens: the pronoun itself when it opens its sentence,
   * or the quotation it is credited with when that opens the sentence ("“…,” she said": the
   * writer's sentence starts at the mark, and the quotation may hold sentences of its own); -1
   * when something else comes first.
   */
  private int openingOwnSentence(int position) {
    int own = Sentences.indexAt(sentences, position);
    if (own >= 0 && startsSentence(position, own)) {
      return position;
    }
    for (QuoteFinder.Found quote : quotes) {
      if (quote.end() <= position && text.substring(quote.end(), position).chars()
          .allMatch(c -> Character.isWhitespace(c) || c == ',')) {
        int opens = Sentences.indexAt(sentences, quote.open());
        return opens >= 0 && startsSentence(quote.open(), opens) ? quote.open() : -1;
      }
    }
    return -1;
  }

  /** Whether only opening marks or spaces come before {@code position} in sentence {@code s}. */
  private boolean startsSentence(int position, int s) {
    int start = sentences.get(s).charOffsets().first();
    return text.substring(start, position).chars()
        .allMatch(c -> Character.isWhitespace(c) || OPENING_MARKS.indexOf(c) >= 0);
  }

  /**
   * "Although he called conditions “highly competitive,” Mr. LaMothe forecast …": a pronoun
   * opening a clause set before its sentence's subject means that subject, named after the comma
   * that ends the clause. Null when the pronoun is not so placed or no person compatible with it
   * is named there.
   */
  private EntityCluster namedAfterFrontedClause(int position, PersonGender.Gender wanted) {
    CoreSentence sentence = sentenceAt(position);
    if (sentence == null) {
      return null;
    }
    int start = sentence.charOffsets().first();
    int end = sentence.charOffsets().second();
    if (!FRONTED_CLAUSE.matcher(text.substring(start, position)).matches()) {
      return null;
    }
    for (int comma = text.indexOf(',', position); comma >= 0 && comma < end;
        comma = text.indexOf(',', comma + 1)) {
      int after = comma + 1;
      while (after < end && (isSpace(text.charAt(after)) || isCloser(text.charAt(after)))) {
        after++;
      }
      EntityCluster named = personStartingAt(after, wanted);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  private EntityCluster personStartingAt(int begin, PersonGender.Gender wanted) {
    for (EntityCluster entity : entities) {
      if (entity.type() != EntityType.PERSON || !compatible(entity, wanted, genders, false)) {
        continue;
      }
      for (NamedMention mention : entity.mentions()) {
        if (mention.begin() == begin || titleBetween(begin, mention.begin())) {
          return entity;
        }
      }
    }
    return null;
  }

  /** Only a courtesy title and one space between {@code begin} and {@code at} ("Mr. Lane"). */
  private boolean titleBetween(int begin, int at) {
    return at > begin && at - begin <= 5 && text.charAt(at - 1) == ' '
        && PersonTitles.isCourtesyTitle(text.substring(begin, at - 1));
  }

  /** Where the sentence holding {@code position} ends; -1 when unknown. */
  private int sentenceEnd(int position) {
    CoreSentence sentence = sentenceAt(position);
    return sentence == null ? -1 : sentence.charOffsets().second();
  }

  /** Where the first sentence starting at or after {@code from} ends; -1 when none does. */
  private int nextSentenceEnd(int from) {
    for (CoreSentence sentence : sentences) {
      if (sentence.charOffsets().first() >= from) {
        return sentence.charOffsets().second();
      }
    }
    return -1;
  }

  /** The sentence holding {@code position}; null when there is none (a document not annotated). */
  private CoreSentence sentenceAt(int position) {
    if (sentences == null) {
      return null;
    }
    for (CoreSentence sentence : sentences) {
      if (sentence.charOffsets().first() <= position && position < sentence.charOffsets().second()) {
        return sentence;
      }
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c);
  }

  /** Closing quotation marks a clause may end in before its comma or after it. */
  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '\'' || c == '’';
  }

  /** Whether "he" or "she" ({@code pronoun}) can refer to {@code person}, by title or first name. */
  boolean canMean(EntityCluster person, String pronoun) {
    return compatible(person, genderOf(pronoun), genders, false);
  }

  /** The gender a person pronoun asks for; unknown for any other word. */
  private static PersonGender.Gender genderOf(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> PersonGender.Gender.MALE;
      case "she", "her" -> PersonGender.Gender.FEMALE;
      default -> PersonGender.Gender.UNKNOWN;
    };
  }

  /**
   * "Ralph Bloch, chief technical analyst at Raymond James": a name right after "at" is where
   * someone works (a firm named for its founders), not a person the story turns to.
   */
  private boolean isWorkplace(int begin) {
    return text.substring(Math.max(0, begin - 4), begin).equals(" at ");
  }

  /**
   * "they said": an organisation that is the subject of a clause in the pronoun's own sentence
   * {@code s} or the one before ("The council met on Monday. They said …"), else the organisation
   * credited last. A plural noun in between ("liberals where they live") is a nearer antecedent we
   * cannot link, so it blocks, and so does a body or group named by a common noun as a subject
   * after the one credited last ({@link #isGroupNoun}). "we" is linked only to an organisation just credited (a
   * spokesperson's "we"); in narration it is the writer's voice.
   */
  EntityCluster group(int position, int s, String pronoun, Attribution lastSpeaker) {
    int groupSubject = -1;
    if (!pronoun.equalsIgnoreCase("we")) {
      EntityCluster nearest = null;
      int nearestBegin = -1;
      boolean pluralAfter = false;
      for (int k = Math.max(0, s - 1); k <= s; k++) {
        SemanticGraph tree = Sentences.basicTree(sentences.get(k));
        if (tree == null) {
          continue;
        }
        for (IndexedWord w : tree.vertexListSorted()) {
          if (w.beginPosition() >= position || insideQuote(w.beginPosition())) {
            continue;
          }
          EntityCluster e = EntityCluster.covering(entities, w.beginPosition());
          boolean subject = tree.getParent(w) != null
              && tree.getEdge(tree.getParent(w), w).getRelation().toString().startsWith("nsubj");
          if (subject && e != null && e.type() == EntityType.ORGANIZATION) {
            nearest = e;
            nearestBegin = w.beginPosition();
            pluralAfter = false;
          } else if (nearest != null && w.beginPosition() > nearestBegin && "NNS".equals(w.tag())) {
            pluralAfter = true;
          }
          if (subject && e == null && isGroupNoun(w)) {
            groupSubject = w.beginPosition();
          }
        }
      }
      if (nearest != null && !pluralAfter) {
        return nearest;
      }
    }
    return lastSpeaker != null && lastSpeaker.entity() != null
        && lastSpeaker.entity().type() == EntityType.ORGANIZATION && lastSpeaker.begin() < position
        && groupSubject < lastSpeaker.end() ? lastSpeaker.entity() : null;
  }

  /**
   * "The council were criticised last year. They said …": a body or a plural of people named by
   * a common noun, as a subject after the organisation credited last, is what "they" picks up;
   * we cannot link it to an entity, and the one credited before is no longer meant.
   */
  private static boolean isGroupNoun(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return tag.equals("NNS") && !SpeakingThings.isMute(w.lemma())
        || tag.equals("NN") && SpeakingThings.isBody(w.lemma());
  }

  /** "he" cannot refer to a woman, nor "she" to a man; a person of unknown gender to either. */
  private boolean compatible(EntityCluster person, PersonGender.Gender wanted,
      Map<EntityCluster, PersonGender.Gender> cache, boolean titleOnly) {
    if (wanted == PersonGender.Gender.UNKNOWN) {
      return true;
    }
    PersonGender.Gender g = cache.computeIfAbsent(person, p -> genderOf(p, titleOnly));
    return g == PersonGender.Gender.UNKNOWN || g == wanted;
  }

  /**
   * The person's gender from a title, or (unless {@code titleOnly}) the first name, what the
   * article says of them ("Clinton said she"), or the first name they are called by alone. The
   * speaker just credited is the likeliest antecedent, so only a title rules them out: the
   * first-name list errs on names given to both (Lindsey Graham).
   */
  private PersonGender.Gender genderOf(EntityCluster person, boolean titleOnly) {
    PersonGender.Gender named = PersonGender.ofMentions(person.mentions(), text, titleOnly);
    if (named != PersonGender.Gender.UNKNOWN || titleOnly) {
      return named;
    }
    PersonGender.Gender said = PersonGender.saidOfThemselves(person.mentions(), text);
    return said != PersonGender.Gender.UNKNOWN ? said
        : PersonGender.ofFirstNameAlone(person.mentions(), text);
  }

  private boolean insideQuote(int position) {
    return QuoteFinder.inside(quotes, position);
  }
}
