package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the names NER found in an annotated document, keeping only what the contract calls names,
 * then adds and corrects what a sentence-by-sentence tagger gets wrong: a name NER split at its
 * particle ({@link ParticleNames}), a town named with its state ({@link TownsWithTheirState}),
 * dateline places, the shapes of {@link NameRules}, a person introduced with an office ({@link
 * NamesWithOffices}), the cue and head words of {@link EntityCues}, and the repeats and acronyms
 * of {@link EntityConsistency}, a surname after a courtesy title or a written-out rank of {@link
 * TitledSurnames} or alone ({@link BareSurnames}), a generational suffix of {@link NameSuffixes},
 * and a company's short name of {@link ShortCompanyNames}; last, names NER ran together in a
 * title-case headline ({@link HeadlineNames}). The titles of {@link PersonTitles} are left out of
 * a person's name.
 */
final class NameFinder {

  List<NamedMention> find(CoreDocument document) {
    List<NamedMention> tagged = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      toNamedMention(mention).ifPresent(tagged::add);
    }
    List<NamedMention> names = TownsWithTheirState.retyped(document.text(),
        ParticleNames.joinedAcrossParticles(document.text(), tagged));
    NameRules rules = new NameRules(document.text());
    for (int s = 0; s < document.sentences().size(); s++) {
      placeDateline(document, document.sentences().get(s).tokens(), s, names);
    }
    for (int s = 0; s < document.sentences().size(); s++) {
      rules.find(document.sentences().get(s), s).stream()
          .filter(rule -> names.stream().noneMatch(ner -> overlaps(ner, rule)))
          .forEach(names::add);
    }
    List<NamedMention> withPeople =
        NamesWithOffices.apply(document.text(), document.sentences(), names);
    List<List<EntityConsistency.Token>> tokens = tokens(document);
    List<NamedMention> cued = new AcronymExpansions().apply(document.text(), tokens,
        new EntityCues().apply(document.text(), tokens, withPeople));
    EntityConsistency consistency = new EntityConsistency();
    List<NamedMention> corrected = TitledSurnames.rankBeforeSurname(document.text(),
        consistency.wholeInCapitals(document.text(), tokens, cued));
    corrected.addAll(consistency.repeats(document.text(), tokens, corrected));
    corrected.addAll(TitledSurnames.find(document.text(), tokens, corrected));
    corrected.addAll(BareSurnames.find(document.text(), tokens, corrected));
    return HeadlineNames.apply(document.text(), tokens,
        ShortCompanyNames.apply(NameSuffixes.extend(document.text(), tokens, corrected)));
  }

  /**
   * A dateline's capitals ("SEATTLE (Reuters) -") are the place the story was filed: NER's
   * mention of them becomes a LOCATION, or one is added where NER tagged none. Wire style
   * (AP, Reuters) datelines name a city, so a gazetteer's state reading ("WASHINGTON", "NEW
   * YORK") or no reading at all becomes CITY; a country stays one ("SINGAPORE").
   */
  private static final String DATELINE_SUBTYPE = "CITY";

  private static void placeDateline(CoreDocument document, List<CoreLabel> tokens, int sentence,
      List<NamedMention> names) {
    int count = NameRules.datelinePlace(tokens);
    if (count == 0) {
      return;
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(count - 1).endPosition();
    boolean tagged = false;
    for (int i = 0; i < names.size(); i++) {
      NamedMention m = names.get(i);
      if (m.begin() >= begin && m.end() <= end) {
        tagged = true;
        String subtype = m.type() == EntityType.LOCATION && "COUNTRY".equals(m.subtype())
            ? m.subtype() : DATELINE_SUBTYPE;
        names.set(i, new NamedMention(m.text(), m.begin(), m.end(), m.sentence(),
            EntityType.LOCATION, subtype, m.words()));
      } else if (m.begin() < end && begin < m.end()) {
        return; // a name that runs past the capitals: not a dateline as this rule knows them
      }
    }
    if (!tagged) {
      names.add(new NamedMention(document.text().substring(begin, end), begin, end, sentence,
          EntityType.LOCATION, DATELINE_SUBTYPE,
          tokens.subList(0, count).stream().map(CoreLabel::word).toList()));
    }
  }

  private static List<List<EntityConsistency.Token>> tokens(CoreDocument document) {
    return document.sentences().stream()
        .map(sentence -> sentence.tokens().stream()
            .map(t -> new EntityConsistency.Token(t.word(), t.beginPosition(), t.endPosition(),
                t.ner() != null && !t.ner().equals("O")))
            .toList())
        .toList();
  }

  private static Optional<NamedMention> toNamedMention(CoreEntityMention mention) {
    List<CoreLabel> tokens = mention.tokens();
    if (tokens.isEmpty() || isPronoun(tokens) || !looksLikeName(mention.text())
        || isQuotedCrossHead(mention) || isPartyDesignation(tokens)
        || isRankAfterThe(mention, tokens) || isOpeningVerb(mention, tokens)) {
      return Optional.empty();
    }
    Optional<EntityTypes.Typed> typed = EntityTypes.ofNerTag(mention.entityType());
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    if (opensWithFrontedVerb(mention)) {
      return Optional.of(part(mention, 1, tokens.size(), typed.get().type(),
          typed.get().subtype())); // "Said Comey, “…”": the verb is no part of the name
    }
    List<String> words = tokens.stream().map(CoreLabel::word).toList();
    if (typed.get().type() != EntityType.MISC && isPersonOfANation(mention, words)) {
      return Optional.of(part(mention, words.size() - 1, tokens.size(), EntityType.MISC,
          NATIONALITY)); // "the Argentine" is no country, "the Scot" no one's name
    }
    int titles = typed.get().type() == EntityType.PERSON ? PersonTitles.leadingTitles(words) : 0;
    if (titles > 0) {
      return Optional.of(part(mention, titles, tokens.size(), EntityType.PERSON,
          typed.get().subtype())); // "Mr Harper", "Det Insp Paul Wood": the title is no name
    }
    int person = ParticleNames.personStart(words);
    if (person >= 0 && typed.get().type() != EntityType.PERSON
        && (typed.get().type() != EntityType.LOCATION
            || person > 0 && SpeakingThings.isOfficeHolder(words.get(person - 1)))) {
      return Optional.of(part(mention, person, tokens.size(), EntityType.PERSON, null));
    }
    int kept = tokens.size();
    while (kept > 1 && typed.get().type() == EntityType.ORGANIZATION
        && SpeakingThings.isOfficeHolder(words.get(kept - 1))) {
      kept--; // "Conservative MP", "Labour leader": the party is the name, the role is not
    }
    return kept < tokens.size()
        ? Optional.of(part(mention, 0, kept, EntityType.ORGANIZATION, typed.get().subtype()))
        : typed.map(t -> withGeographicFeature(mention, t));
  }

  /**
   * "said the Argentine", "the Scot said": a noun for a person of a nation ({@link Demonyms}),
   * alone or after "the", that NER typed a place or a person. It is a nationality, as CoNLL-2003
   * marks one; alone, a word that is also a first name ("Finn", "Dane") may be a person's.
   */
  private static boolean isPersonOfANation(CoreEntityMention mention, List<String> words) {
    String last = words.get(words.size() - 1);
    if (words.size() > 2 || !Character.isUpperCase(last.codePointAt(0))
        || !Demonyms.isPersonNoun(last)) {
      return false;
    }
    if (words.size() == 2) {
      return words.get(0).equalsIgnoreCase("the");
    }
    return followsThe(mention, mention.tokens().get(0)) || !PersonGender.isFirstName(last);
  }

  /** Whether "the" stands right before {@code token}: "the Scot", "the Mayor". */
  private static boolean followsThe(CoreEntityMention mention, CoreLabel token) {
    String text = mention.sentence().document().text();
    int begin = token.beginPosition();
    return text.substring(Math.max(0, begin - 4), begin).equalsIgnoreCase("the ");
  }

  private static final String NATIONALITY = "NATIONALITY";

  /**
   * "Born in Memphis in 1932, Ms. Kemper moved …": NER reads a participle that opens the
   * sentence, capitalised for it, as a place or organisation of its own. A participle's tag on
   * one word at the sentence's start says it is none. Other verbs' tags do not: CoNLL's results
   * tables open lines with clubs the tagger reads as verbs ("Reading", "Bury").
   */
  private static boolean isOpeningVerb(CoreEntityMention mention, List<CoreLabel> tokens) {
    CoreLabel token = tokens.get(0);
    return tokens.size() == 1 && "VBN".equals(token.tag())
        && !"PERSON".equals(mention.entityType())
        && mention.sentence().tokens().get(0).beginPosition() == token.beginPosition();
  }

  /**
   * "the Mayor said", "the President": a rank in capitals after "the", as older copy writes it
   * on second reference, describes its holder ({@link DescriptionLink}); it names nobody.
   */
  private static boolean isRankAfterThe(CoreEntityMention mention, List<CoreLabel> tokens) {
    if (tokens.size() != 1 || !PersonTitles.isWrittenOutRank(tokens.get(0).word())) {
      return false;
    }
    return followsThe(mention, tokens.get(0))
        && !modifiesNounAfter(mention.sentence().tokens(), tokens.get(0));
  }

  /** "the Justice properties": a name, Jim Justice's, set before the noun it modifies. */
  private static boolean modifiesNounAfter(List<CoreLabel> sentence, CoreLabel word) {
    for (int i = 0; i + 1 < sentence.size(); i++) {
      if (sentence.get(i).beginPosition() == word.beginPosition()) {
        return PennTags.isCommonNoun(sentence.get(i + 1).tag());
      }
    }
    return false;
  }

  /** "Rep. Dante Fascell, D-Fla., said": the party and state set after a name are no name. */
  private static boolean isPartyDesignation(List<CoreLabel> tokens) {
    return tokens.size() == 1 && PartyDesignation.isToken(tokens.get(0).word());
  }

  /** Verbs of saying news fronts before a source, which the tagger takes for a first name. */
  private static final java.util.Set<String> FRONTED_VERBS = java.util.Set.of("Said", "Says");
  /** Tokens of an aside between a fronted verb's name and its quotation, at most. */
  private static final int ASIDE_TOKENS = 40;
  /** The first character of a quotation's opening mark in any convention. */
  private static final String OPENING_MARKS = "\"\u201C\u2018'`\u00AB\u201E";

  /**
   * "Said Comey, “The thought …”": a sentence that opens with "Said" or "Says", a name, and a
   * comma or colon before a quotation (an aside may come between) fronts its verb of saying; NER
   * reads "Said Comey" as one person ("Said" is a given name). Edward Said keeps his name: his is
   * not followed so.
   */
  private static boolean opensWithFrontedVerb(CoreEntityMention mention) {
    List<CoreLabel> tokens = mention.tokens();
    List<CoreLabel> sentence = mention.sentence().tokens();
    int after = tokens.get(tokens.size() - 1).index(); // 0-based index of the next token
    if (tokens.size() < 2 || tokens.get(0).index() != 1
        || !FRONTED_VERBS.contains(tokens.get(0).word()) || after + 1 >= sentence.size()
        || !isCommaOrColon(sentence.get(after))) {
      return false;
    }
    // "Said Dorothy Poynter, who grew up with Ali, “…”": an aside may set the name off first;
    // one with a verb of saying ("Said Hamdan, a lawyer, told reporters: “…”") is the sentence's
    // own clause, and "Said" a given name
    for (int i = after + 1; i < sentence.size() && i <= after + ASIDE_TOKENS; i++) {
      CoreLabel token = sentence.get(i);
      String original = token.originalText();
      if (!original.isEmpty() && OPENING_MARKS.indexOf(original.charAt(0)) >= 0) {
        return isCommaOrColon(sentence.get(i - 1));
      }
      if (SpeechVerbs.isSpeechVerb(token.lemma(), token.tag())) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCommaOrColon(CoreLabel token) {
    return token.word().equals(",") || token.word().equals(":");
  }

  /** The mention made of tokens {@code [from, to)} of {@code mention}, typed anew. */
  private static NamedMention part(CoreEntityMention mention, int from, int to, EntityType type,
      String subtype) {
    return ofTokens(mention, mention.tokens().subList(from, to), type, subtype);
  }

  /** The mention spanning {@code tokens}, its text read from the document (NER's where equal). */
  private static NamedMention ofTokens(CoreEntityMention mention, List<CoreLabel> tokens,
      EntityType type, String subtype) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    String text = begin == mention.charOffsets().first() && end == mention.charOffsets().second()
        ? mention.text()
        : mention.sentence().document().text().substring(begin, end);
    return new NamedMention(text, begin, end, tokens.get(0).sentIndex(), type, subtype,
        tokens.stream().map(CoreLabel::word).toList());
  }

  /** Feature words that belong to a place's name: "River Tyne", "Lake Geneva", "Rhine Valley". */
  private static final java.util.Set<String> GEOGRAPHIC_FEATURES = java.util.Set.of("River",
      "Lake", "Mount", "Mountains", "Cape", "Gulf", "Bay", "Sea", "Island", "Islands", "Strait",
      "Valley", "Desert", "Ocean", "Canal", "Glacier", "Peninsula", "Basin", "Delta", "Falls");

  /**
   * A place name with the feature word NER left out (it tags "River" in "River Tyne" as a title,
   * or not at all) taken back in.
   */
  private static NamedMention withGeographicFeature(CoreEntityMention mention,
      EntityTypes.Typed typed) {
    List<CoreLabel> tokens = new ArrayList<>(mention.tokens());
    if (typed.type() == EntityType.ORGANIZATION) {
      tokens.addAll(coordinatedTail(mention));
    }
    if (typed.type() == EntityType.LOCATION) {
      List<CoreLabel> sentence = mention.sentence().tokens();
      int first = tokens.get(0).index() - 1;
      int last = tokens.get(tokens.size() - 1).index() - 1;
      if (first > 0 && isLooseFeatureWord(sentence.get(first - 1))) {
        tokens.add(0, sentence.get(first - 1));
      }
      if (last >= 0 && last + 1 < sentence.size() && isLooseFeatureWord(sentence.get(last + 1))) {
        tokens.add(sentence.get(last + 1));
      }
    }
    String subtype = typed.subtype() == null && typed.type() == EntityType.MISC
        ? NameRules.miscSubtype(tokens.stream().map(CoreLabel::word).toList()) : typed.subtype();
    return ofTokens(mention, tokens, typed.type(), subtype);
  }

  /** Heads of organisations named "... of X and Y": "Department of Health and Human Services". */
  private static final java.util.Set<String> ORGANIZATION_HEADS = java.util.Set.of("Department",
      "Ministry", "Institute", "Institutes", "Bureau", "Office", "Council", "Commission",
      "Committee", "Agency", "Board", "School", "College", "Academy", "Society", "Association",
      "Federation", "Union", "Centre", "Center", "Centers", "Foundation", "Government",
      "Secretariat", "Authority", "Organisation", "Organization", "Faculty", "Museum");

  /**
   * "and Infectious Diseases" after "National Institute of Allergy": the rest of an organisation
   * whose name is a head, "of", and two things joined by "and", which NER cuts at the "and".
   */
  private static List<CoreLabel> coordinatedTail(CoreEntityMention mention) {
    List<CoreLabel> words = mention.tokens();
    boolean headOfSomething = false;
    for (int i = 1; i < words.size(); i++) {
      headOfSomething |= words.get(i).word().equals("of")
          && ORGANIZATION_HEADS.contains(words.get(i - 1).word());
    }
    List<CoreLabel> sentence = mention.sentence().tokens();
    int next = words.get(words.size() - 1).index();
    if (!headOfSomething || next + 1 >= sentence.size()
        || !(sentence.get(next).word().equals("and") || sentence.get(next).word().equals("&"))) {
      return List.of();
    }
    int end = next + 1;
    while (end < sentence.size() && isUntaggedCapitalised(sentence.get(end))) {
      end++;
    }
    return end > next + 1 ? sentence.subList(next, end) : List.of();
  }

  private static boolean isUntaggedCapitalised(CoreLabel token) {
    String ner = token.ner();
    return !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0))
        && (ner == null || ner.equals("O"));
  }

  private static boolean isLooseFeatureWord(CoreLabel token) {
    String ner = token.ner();
    return GEOGRAPHIC_FEATURES.contains(token.word())
        && (ner == null || ner.equals("O") || ner.equals("TITLE"));
  }

  private static boolean overlaps(NamedMention a, NamedMention b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  /**
   * A line that is only a quotation ("‘Grave Danger’" between paragraphs) is a cross-head that
   * repeats words from the story, not a name, whatever their capitals make NER think.
   */
  private static boolean isQuotedCrossHead(CoreEntityMention mention) {
    List<CoreLabel> sentence = mention.sentence().tokens();
    int first = mention.tokens().get(0).index() - 1;
    int last = mention.tokens().get(mention.tokens().size() - 1).index() - 1;
    boolean quoted = false;
    for (int i = 0; i < sentence.size(); i++) {
      if (i >= first && i <= last) {
        continue;
      }
      if (!QUOTE_TOKENS.contains(sentence.get(i).word())) {
        return false;
      }
      quoted = true;
    }
    return quoted;
  }

  /** Quotation marks as token words (the tokenizer writes them as ASCII: quotes=ascii). */
  private static final java.util.Set<String> QUOTE_TOKENS =
      java.util.Set.of("'", "\"", "`", "``", "''", "\u2018", "\u2019", "\u201C", "\u201D");

  private static boolean isPronoun(List<CoreLabel> tokens) {
    return tokens.stream().allMatch(t -> t.tag() != null
        && (t.tag().startsWith("PRP") || t.tag().startsWith("WP")));
  }

  /** Names are written with a capital or a digit; lowercase NER hits are noise. */
  private static boolean looksLikeName(String text) {
    return text.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }
}
