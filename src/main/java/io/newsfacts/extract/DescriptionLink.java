package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity a speaker's description refers to, where the article makes it clear. News names a
 * source once with its role, as a title before the name ("Defense Secretary Lloyd Austin") or an
 * apposition after it ("The New York Times, the influential US daily,"), and later calls it by the
 * role alone ("the secretary said", "the daily reported"), also after a title AP abbreviates
 * ("Sen. Sam Nunn … the senator"). A definite description is linked to the
 * nearest earlier name whose title or apposition holds the description's head word; one that no
 * earlier name carries ("the newspaper" with no newspaper so described) stays unlinked, as do
 * indefinite ones ("a senior official"), which introduce someone new. (Linking such a description
 * to the person named last was tried and dropped: on PolNeAR train 1-100 it was right 7 times in
 * 16; "the Florida senator" follows a quotation of Trump's about Rubio.)
 *
 * <p>"A spokesman for the ministry", "a representative of X": a spokesperson speaks for the named
 * organisation, so the organisation is the entity; so does an official, officer or executive
 * described by an organisation's name ("a Kellogg officer", "a State Department official"),
 * unless a former one.
 */
final class DescriptionLink {

  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "representative", "spokespeople", "spokesmen", "spokeswomen");
  /** Who speaks for an organisation unnamed: "a Kellogg officer", "a State Department official". */
  private static final Set<String> OFFICIALS = Set.of("official", "officer", "executive",
      "officials", "officers", "executives");
  /** One who no longer works there speaks for nobody but themselves. */
  private static final Pattern FORMER = Pattern.compile("(?i)\\b(former|ex|retired|onetime)\\b");
  private static final Pattern COMPANY = Pattern.compile("(?i)\\bcompany\\b");
  private static final Pattern DEFINITE = Pattern.compile("(?i)^(the|this|that)\\s");
  /** A description by whose the person is: "her daughter", "his lawyer". */
  private static final Pattern POSSESSED = Pattern.compile("(?i)^(his|her|their)\\s");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.’'-]*");
  private static final int TITLE_WORDS = 4;
  /** A stop, unless after an abbreviated title ("Sen.", "Dr."), or a line break. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\b[A-Z][a-z]{0,2})[.!?]\\s|\\n");
  private static final int TITLE_CHARS = 60;
  /** The longest phrase set before a sentence's subject ("Speaking in the Commons,"). */
  private static final int FRONTED_WORDS = 8;
  /** First words of such a phrase: prepositions, time words ("In a statement,", "Since then,"). */
  private static final Set<String> FRONTING_WORDS = Set.of("in", "at", "on", "since", "after",
      "before", "during", "later", "earlier", "meanwhile", "however", "asked", "when", "then",
      "still", "instead", "separately", "elsewhere", "also", "today", "yesterday", "last", "this",
      "despite", "following", "from", "with", "under", "outside", "inside", "for", "by",
      "now", "once", "afterwards", "afterward", "overnight", "shortly", "within");
  /** Plurals of persons without an "s" that CoreNLP's animate list holds. */
  private static final Set<String> PLURAL_PEOPLE = Set.of("people", "men", "women", "children",
      "folk");
  /** "the 34-year-old": a person by the age news gives once after the name. */
  private static final Pattern AGE = Pattern.compile("(\\d{1,3})-year-old");
  /**
   * Nouns that, like an age, describe someone already in the story rather than bring someone in:
   * "“I just hoped,” the teenager admitted" after "Parry, 19, was making his debut." So does one
   * for a person of a nation ({@link Demonyms}): "“I had him,” the Frenchman admitted"; and one
   * of kinship or sex ({@link PersonGender#ofNoun}), when the name is not of the other sex:
   * "Margaret Hogan, 74, lost her home. “…,” the grandmother said."
   */
  private static final Set<String> AGE_NOUNS = Set.of("teenager", "teen", "youngster",
      "octogenarian", "nonagenarian", "septuagenarian", "centenarian");
  /** The end of the sentence before a quotation: a stop, maybe in closing marks. */
  /** Between a quotation and the words after it: nothing, or the verb ("…,” said the Scot"). */
  private static final Pattern REPORTING_VERB_BETWEEN = Pattern.compile("\\s*(?:\\p{Ll}+\\s+)?");
  private static final Pattern SENTENCE_CLOSE = Pattern.compile("[.!?:][”’\"')]*$");
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”‘’`]");
  private static final int APPOSITION_CHARS = 80;
  private static final int APPOSITION_WORDS = 8;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its",
      "their", "our", "one", "another");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at");
  /**
   * Head nouns of institutions' names that news repeats in lower case for the institution
   * ("National Hurricane Center … the center said", "Ministry of Defence … the ministry").
   * Not words also heading places or other things a name ends in ("state", "city", "house").
   */
  private static final Set<String> INSTITUTION_HEADS = Set.of("agency", "ministry",
      "department", "committee", "commission", "council", "court", "center", "centre",
      "institute", "university", "college", "bank", "party", "association", "federation",
      "league", "foundation", "board", "bureau", "office", "service", "authority",
      "organization", "organisation", "corporation", "group", "network", "hospital", "museum",
      "trust", "fund", "coalition", "alliance", "church", "club", "panel", "tribunal");
  /** How far after a name its party-and-state designation may run: " (D-N.Y.)", ", R-Texas". */
  private static final int DESIGNATION_CHARS = 16;
  /** Heads of government agencies' names that news calls "the agency" later on. */
  private static final Set<String> AGENCY_NAME_HEADS = Set.of("agency", "administration",
      "service", "bureau", "authority", "commission");
  /** Titles news abbreviates before a name (AP style), with the words later descriptions use. */
  private static final Map<String, Set<String>> ABBREVIATED_TITLES = Map.ofEntries(
      Map.entry("Sen.", Set.of("senator")), Map.entry("Gov.", Set.of("governor")),
      Map.entry("Rep.", Set.of("representative", "congressman", "congresswoman")),
      Map.entry("Lt.", Set.of("lieutenant")), Map.entry("Gen.", Set.of("general")),
      Map.entry("Adm.", Set.of("admiral")), Map.entry("Col.", Set.of("colonel")),
      Map.entry("Capt.", Set.of("captain")), Map.entry("Sgt.", Set.of("sergeant")),
      Map.entry("Det.", Set.of("detective")), Map.entry("Prof.", Set.of("professor")),
      Map.entry("Supt.", Set.of("superintendent")), Map.entry("Atty.", Set.of("attorney")),
      Map.entry("Cmdr.", Set.of("commander")), Map.entry("Insp.", Set.of("inspector")),
      Map.entry("Amb.", Set.of("ambassador")));

  private final String text;
  private final List<EntityCluster> entities;
  private final List<QuoteFinder.Found> quotes;

  DescriptionLink(String text, List<EntityCluster> entities, List<QuoteFinder.Found> quotes) {
    this.text = text;
    this.entities = entities;
    this.quotes = quotes;
  }

  /**
   * The entity of a description spanning {@code [begin, end)} with head word {@code head}, or
   * null.
   */
  EntityCluster link(int begin, int end, String head) {
    String phrase = text.substring(begin, end);
    String h = head.toLowerCase(Locale.ROOT);
    if (SPOKESPEOPLE.contains(h)) {
      EntityCluster named = spokenFor(begin, end);
      if (named == null && DEFINITE.matcher(phrase).find()) {
        // "Pentagon spokesman Pete Williams … the spokesman said": the person so titled
        named = describedBefore(begin, phrase, h);
      }
      if (named == null && COMPANY.matcher(phrase).find()) {
        named = companyBefore(begin);
      }
      return named == null ? institutionSpokenFor(begin, phrase, h) : named;
    }
    if (OFFICIALS.contains(h) && !FORMER.matcher(phrase).find()) {
      EntityCluster named = spokenFor(begin, end);
      if (named != null && named.type() == EntityType.ORGANIZATION) {
        return named; // "a Kellogg officer, who asked not to be named, said": Kellogg's word
      }
      if (named == null) {
        EntityCluster institution = institutionSpokenFor(begin, phrase, h);
        if (institution != null) {
          return institution;
        }
      }
    }
    if (POSSESSED.matcher(phrase).find()) {
      return apposedInTheSameWords(begin, phrase);
    }
    if (!DEFINITE.matcher(phrase).find()) {
      return null;
    }
    Matcher age = AGE.matcher(h);
    if (age.matches()) {
      EntityCluster given = ageGivenBefore(begin, age.group(1));
      return given != null ? given : subjectOfSentenceBefore(begin, true);
    }
    EntityCluster designated = designatedBefore(begin, phrase);
    if (designated != null) {
      return designated;
    }
    EntityCluster best = describedBefore(begin, phrase, h);
    if (best == null && (AGE_NOUNS.contains(h) || Demonyms.isPersonNoun(h))) {
      best = subjectOfSentenceBefore(begin, true);
    }
    PersonGender.Gender gender = PersonGender.ofNoun(h);
    if (best == null && gender != PersonGender.Gender.UNKNOWN) {
      best = subjectOfSentenceBefore(begin, true);
      PersonGender.Gender named = best == null ? PersonGender.Gender.UNKNOWN
          : PersonGender.ofMentions(best.mentions(), text, false);
      best = named == PersonGender.Gender.UNKNOWN || named == gender ? best : null;
    }
    if (best == null && SpeakingThings.isPersonNoun(h) && !PLURAL_PEOPLE.contains(h)) {
      best = subjectOfSentenceBefore(begin, false);
    }
    if (best == null && INSTITUTION_HEADS.contains(h)) {
      best = institutionBefore(begin, phrase, h);
    }
    return best == null && h.equals("company") ? companyBefore(begin) : best;
  }

  /**
   * "Chris Grayling warned on Monday that … . Speaking in the Commons, the Conservative MP said:":
   * a definite description of a person that is the subject of the sentence right after one that
   * opens with a person's name as its subject goes on with that person, the way a pronoun would.
   * Only when nobody else is named between, and the description opens its sentence or follows
   * only a fronted phrase set off by a comma. (Linking to the person named last anywhere before
   * was right 7 times in 16, round 25: the name must be the subject just before.) With {@code
   * afterQuotation}, for an age or "the teenager", also in the reporting clause after a quotation
   * that opens its sentence: such words describe someone the story has, where a title after a
   * quotation may bring in someone who answers ("the Florida senator").
   */
  private EntityCluster subjectOfSentenceBefore(int begin, boolean afterQuotation) {
    int start = sentenceStart(begin);
    String lead = text.substring(start, begin).strip();
    int quotation = afterQuotation ? quotationClosingAt(begin) : -1;
    if (quotation == 0) {
      return null;
    } else if (quotation > 0) {
      start = quotation;
    } else if (start == 0 || !lead.isEmpty() && (!lead.endsWith(",")
        || QUOTE_MARK.matcher(lead).find() || !isFrontedPhrase(lead))) {
      return null; // "But Eggleston had limited time …, the people said" is no fronted phrase
    }
    int previousEnd = start;
    while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
      previousEnd--;
    }
    int previous = sentenceStart(previousEnd);
    NamedMention first = null;
    EntityCluster subject = null;
    for (EntityCluster entity : entities) {
      for (NamedMention m : entity.mentions()) {
        if (entity.type() == EntityType.PERSON && m.begin() >= previous && m.begin() < begin
            && (first == null || m.begin() < first.begin())) {
          first = m;
          subject = entity;
        }
      }
    }
    if (subject == null || !opensSentence(previous, first.begin())
        || !followedByPredicate(first.end())) {
      return null;
    }
    int nameBegin = first.begin();
    for (EntityCluster entity : entities) {
      if (entity != subject && entity.type() == EntityType.PERSON && entity.mentions().stream()
          .anyMatch(m -> m.begin() > nameBegin && m.begin() < begin)) {
        return null;
      }
    }
    return subject;
  }

  /**
   * A short phrase of circumstance set before the subject, opened by a preposition, a time word
   * or a participle ("Speaking in the Commons,", "In a statement,", "Asked about it,"), not a
   * clause the subject reports ("It voted against him, the MP said").
   */
  private static boolean isFrontedPhrase(String lead) {
    List<String> words = words(lead);
    if (words.isEmpty() || words.size() > FRONTED_WORDS) {
      return false;
    }
    String first = words.get(0);
    return FRONTING_WORDS.contains(first.toLowerCase(Locale.ROOT))
        || first.length() > 4 && first.endsWith("ing");
  }

  /**
   * Where the quotation that opens its sentence and closes right before {@code begin} ("“I just
   * hoped,” the teenager said"), or before its verb ("…,” said the teenager"), opens; -1 when no
   * such quotation ends there. The quotation may hold stops of its own, so its opening mark, not
   * the last stop, starts the sentence.
   */
  private int quotationClosingAt(int begin) {
    for (QuoteFinder.Found quote : quotes) {
      if (quote.end() > begin || !REPORTING_VERB_BETWEEN.matcher(text.substring(quote.end(),
          begin)).matches()) {
        continue;
      }
      String words = text.substring(quote.contentStart(), quote.contentEnd()).strip();
      boolean trailsOff = words.endsWith("...") || words.endsWith("…");
      if (!quote.closesOpen(text) && !trailsOff
          || text.substring(quote.open(), quote.end()).indexOf('\n') >= 0) {
        return -1;
      }
      String before = text.substring(0, quote.open()).stripTrailing();
      boolean paragraphStart = text.substring(before.length(), quote.open()).indexOf('\n') >= 0;
      return before.isEmpty() || paragraphStart || SENTENCE_CLOSE.matcher(before).find()
          ? quote.open() : -1;
    }
    return -1;
  }

  /** Where the sentence holding {@code position} starts: after the last stop or line break. */
  private int sentenceStart(int position) {
    return lastSentenceStart(text, position);
  }

  /** Where the last sentence of {@code s} before {@code end} starts (0 with no stop before). */
  private static int lastSentenceStart(CharSequence s, int end) {
    int start = 0;
    Matcher stop = SENTENCE_END.matcher(s);
    stop.region(0, end);
    while (stop.find()) {
      start = stop.end();
    }
    return start;
  }

  /**
   * Only "the" and a title come between the sentence start and the name, with no comma or
   * colon: capitalised words ("Dr", "Defense Secretary") and nouns of a person's role ("City
   * manager Pep Guardiola", "Labour leader Keir Starmer").
   */
  private boolean opensSentence(int start, int name) {
    String before = text.substring(start, name);
    return before.chars().noneMatch(c -> c == ',' || c == ':') && words(before).stream()
        .allMatch(w -> w.equalsIgnoreCase("the") || Character.isUpperCase(w.charAt(0))
            && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT))
            || SpeakingThings.isPersonNoun(w));
  }

  /**
   * The name is a subject: a lower-case word (its verb) or an apposition's comma comes next, not
   * a possessive or the rest of a longer phrase.
   */
  private boolean followedByPredicate(int end) {
    String after = text.substring(end, Math.min(text.length(), end + 2));
    return after.length() == 2 && (after.charAt(0) == ','
        || after.charAt(0) == ' ' && Character.isLowerCase(after.charAt(1)));
  }

  /**
   * The entity named last before {@code begin} with {@code head} as its title or apposition, and
   * with the description's capitalised words near the name: "the Florida senator" is not the
   * "Sen. Joni Ernst, R-Iowa" named last.
   */
  private EntityCluster describedBefore(int begin, String phrase, String h) {
    List<String> modifiers = capitalisedModifiers(phrase, h);
    return lastNamedBefore(begin, (entity, m) -> (entity.type() == EntityType.PERSON
        || entity.type() == EntityType.ORGANIZATION) && describedAs(entity, m, h)
        && modifiers.stream().allMatch(w -> near(m, w)));
  }

  /**
   * "Her daughter, Carol Hayes, said … “…,” her daughter said", "his brother Alastair Osman …
   * his brother added": a description by whose the person is names the person it was set beside
   * before in the same words. A head word alone does not do: "his lawyer" or "her friend" may be
   * anyone's (on 424 PolNeAR articles, three of the four links by head word went to someone
   * else's lawyer or friend).
   */
  private EntityCluster apposedInTheSameWords(int begin, String phrase) {
    int room = phrase.length() + 3;
    Pattern before = Pattern.compile("(?i)(?:^|\\W)" + Pattern.quote(phrase) + ",?\\s+$");
    Pattern after = Pattern.compile("(?i)^,\\s+" + Pattern.quote(phrase) + "\\b");
    return lastNamedBefore(begin, (entity, m) -> entity.type() == EntityType.PERSON
        && (before.matcher(text.substring(Math.max(0, m.begin() - room), m.begin())).find()
            || after.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + room)))
                .find()));
  }

  /**
   * "The National Hurricane Center said … the center said": the organisation named last before
   * {@code begin} whose name of two words or more has {@code h} as its head (its last word, or
   * the word before "of" or "for": "Ministry of Defence"), with the description's capitalised
   * words in that name ("the Senate committee" is no House committee).
   */
  private EntityCluster institutionBefore(int begin, String phrase, String h) {
    List<String> modifiers = capitalisedModifiers(phrase, h);
    EntityCluster agency = h.equals("agency") ? agencyNamedLast(begin, modifiers) : null;
    return agency != null ? agency : lastNamedBefore(begin, (entity, m) ->
        entity.type() == EntityType.ORGANIZATION && m.words().size() >= 2
        && nameHead(m.words()).equalsIgnoreCase(h) && m.words().containsAll(modifiers));
  }

  /**
   * "The Food and Drug Administration approved … “…,” the agency said": news calls a government
   * agency "the agency" whatever its name's head (Agency, Administration, Service, Bureau,
   * Authority, Commission). So many bodies are agencies that only the organisation named last
   * before the description is taken, and only when its name has such a head; in "Officials at
   * Homeland Security Investigations … the agency suggested" an earlier Commission is not meant.
   * Failing that, a name headed "Agency" itself is found as any institution's is ("the official
   * Iraqi News Agency … the agency reported").
   */
  private EntityCluster agencyNamedLast(int begin, List<String> modifiers) {
    Named last = lastMentionBefore(begin,
        (entity, m) -> entity.type() == EntityType.ORGANIZATION);
    List<String> words = last == null ? List.of() : last.mention().words();
    return words.size() >= 2
        && AGENCY_NAME_HEADS.contains(nameHead(words).toLowerCase(Locale.ROOT))
        && words.containsAll(modifiers) ? last.entity() : null;
  }

  /** The description's capitalised words after its first, other than its head. */
  private static List<String> capitalisedModifiers(String phrase, String h) {
    return words(phrase).stream().skip(1)
        .filter(w -> Character.isUpperCase(w.charAt(0)) && !w.equalsIgnoreCase(h)).toList();
  }

  /** The entity with the last mention ending before {@code position} that {@code fits}. */
  private EntityCluster lastNamedBefore(int position,
      BiPredicate<EntityCluster, NamedMention> fits) {
    Named last = lastMentionBefore(position, fits);
    return last == null ? null : last.entity();
  }

  /** A mention with its entity. */
  private record Named(EntityCluster entity, NamedMention mention) {}

  /** The last mention ending before {@code position} that {@code fits}, or null. */
  private Named lastMentionBefore(int position, BiPredicate<EntityCluster, NamedMention> fits) {
    Named best = null;
    for (EntityCluster entity : entities) {
      for (NamedMention m : entity.mentions()) {
        if (m.end() <= position && (best == null || m.begin() > best.mention().begin())
            && fits.test(entity, m)) {
          best = new Named(entity, m);
        }
      }
    }
    return best;
  }

  /**
   * "According to the Bureau of Meteorology, … a bureau spokesman said", "a ministry official":
   * the word right before the spokesperson's or official's own is an institution's head, and the
   * organisation is the one named last before whose name it heads.
   */
  private EntityCluster institutionSpokenFor(int begin, String phrase, String h) {
    List<String> words = words(phrase);
    int at = words.size() - 1;
    while (at > 0 && !words.get(at).equalsIgnoreCase(h)) {
      at--;
    }
    if (at < 1) {
      return null;
    }
    String before = words.get(at - 1).toLowerCase(Locale.ROOT);
    return INSTITUTION_HEADS.contains(before) ? institutionBefore(begin, phrase, before) : null;
  }

  /**
   * "Sen. Sam Nunn, D-Ga., … the Georgia Democrat said": the person named last before {@code
   * begin} with the party and state the epithet names set after the name; null when the phrase
   * is no such epithet or no one is so designated (see {@link PartyDesignation}).
   */
  private EntityCluster designatedBefore(int begin, String phrase) {
    PartyDesignation.Party party = PartyDesignation.ofEpithet(phrase);
    return party == null ? null : lastNamedBefore(begin, (entity, m) ->
        entity.type() == EntityType.PERSON && party.equals(PartyDesignation.ofDesignation(
            text.substring(m.end(), Math.min(text.length(), m.end() + DESIGNATION_CHARS)))));
  }

  /**
   * "Robert Kline, 34, of Evanston, was charged … “…,” the 34-year-old said": the person named
   * last before {@code begin} with that age set off right after the name (", 34," or " (34)"),
   * the way news gives an age once; null when no one's age is that.
   */
  private EntityCluster ageGivenBefore(int begin, String years) {
    Pattern given = Pattern.compile("(?:, |\\s\\()" + years + "\\b");
    return lastNamedBefore(begin, (entity, m) -> entity.type() == EntityType.PERSON
        && given.matcher(text).region(m.end(), text.length()).lookingAt());
  }

  /** A name's head word: its last, or the one before its first "of" or "for". */
  private static String nameHead(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("of") || words.get(i).equals("for")) {
        return words.get(i - 1);
      }
    }
    return words.get(words.size() - 1);
  }

  /**
   * "Savin Corp. reported … the company said", "a company spokesman": business copy calls the
   * company it is about "the company" once it has named it. The company meant is the one named
   * last before {@code position} with a company's suffix in its name (Inc., Corp., Co., PLC, …);
   * null when none is.
   */
  EntityCluster companyBefore(int position) {
    return lastNamedBefore(position, (entity, m) -> entity.type() == EntityType.ORGANIZATION
        && ShortCompanyNames.isCompanyName(List.of(entity.name().split("\\s+"))));
  }

  /**
   * The head word is a title right before a person's name ("Defense Secretary Lloyd Austin":
   * only capitalised words, "of" or "for" between), or the head of an apposition right after the
   * name ("The New York Times, the influential US daily,": English noun phrases end in their
   * head, or put it before "of"/"for"/"at").
   */
  private boolean describedAs(EntityCluster entity, NamedMention m, String head) {
    if (entity.type() == EntityType.PERSON && (titledAs(m, head) || appositionBefore(m, head))) {
      return true;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + APPOSITION_CHARS));
    if (!after.startsWith(",")) {
      return false;
    }
    int close = indexOfAny(after, 1, ",.;:\n(");
    if (close == after.length()) {
      return false;
    }
    List<String> words = words(after.substring(1, close));
    if (words.isEmpty() || words.size() > APPOSITION_WORDS || !opensNounPhrase(words.get(0))) {
      return false; // ", had challenged … with the board," is no apposition
    }
    return words.get(headIndex(words)).equalsIgnoreCase(head);
  }

  /**
   * "The Mayor of Greater Manchester, Andy Burnham,", "His lawyer, Sam Ortiz, said": a noun
   * phrase set off by a comma right before the name, opened by a determiner or a possessive
   * ("Acme's chief executive, Jane Wu,"), whose head is {@code head}. A phrase opened otherwise
   * ("Asked about the mayor, Burnham said") is no apposition.
   */
  private boolean appositionBefore(NamedMention m, String head) {
    String before = text.substring(Math.max(0, m.begin() - APPOSITION_CHARS), m.begin());
    if (!before.endsWith(", ")) {
      return false;
    }
    String phrase = before.substring(0, before.length() - 2);
    int open = Math.max(lastIndexOfAny(phrase, ",;:(\n"),
        lastSentenceStart(phrase, phrase.length()));
    if (open == 0 && m.begin() > APPOSITION_CHARS) {
      return false; // the phrase runs on past what is read: no apposition's start in sight
    }
    List<String> words = words(phrase.substring(open));
    if (words.size() < 2 || words.size() > APPOSITION_WORDS || !opensApposition(words.get(0))) {
      return false;
    }
    int headAt = headIndex(words);
    return headAt > 0 && words.get(headAt).equalsIgnoreCase(head);
  }

  /**
   * Where a noun phrase's head is: English noun phrases end in their head, or put it before
   * "of"/"for"/"at" ("The Mayor of Greater Manchester").
   */
  private static int headIndex(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (PREPOSITIONS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        return i - 1;
      }
    }
    return words.size() - 1;
  }

  private static boolean opensApposition(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("the") || w.equals("his") || w.equals("her") || w.equals("its")
        || w.equals("their") || w.endsWith("'s") || w.endsWith("’s");
  }

  private static int lastIndexOfAny(String s, String chars) {
    int last = 0;
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        last = i + 1;
      }
    }
    return last;
  }

  private boolean titledAs(NamedMention m, String head) {
    String before = text.substring(Math.max(0, m.begin() - TITLE_CHARS), m.begin());
    int lineBreak = before.lastIndexOf('\n');
    before = lineBreak >= 0 ? before.substring(lineBreak + 1) : before;
    if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
      return false;
    }
    List<String> words = words(before);
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - TITLE_WORDS); i--) {
      String w = words.get(i);
      if (w.equalsIgnoreCase(head)
          || ABBREVIATED_TITLES.getOrDefault(w, Set.of()).contains(head)) {
        // only the title's own words between it and the name, no punctuation
        String rest = before.substring(before.lastIndexOf(w) + w.length());
        return rest.matches("[\\p{L}.’' -]*");
      }
      if (!Character.isUpperCase(w.charAt(0)) && !PREPOSITIONS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} is written in the title or apposition around mention {@code m}. A title
   * does not reach back over another person's name: in "Ohio Gov. John Kasich shakes hands with
   * former Florida Gov. Jeb Bush" Bush's is "former Florida Gov.", not "Ohio".
   */
  private boolean near(NamedMention m, String word) {
    int from = Math.max(Math.max(0, m.begin() - TITLE_CHARS), lastNameEndBefore(m));
    String before = text.substring(from, m.begin());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + APPOSITION_CHARS));
    Matcher sentenceEnd = SENTENCE_END.matcher(after);
    after = sentenceEnd.find() ? after.substring(0, sentenceEnd.start()) : after;
    int start = lastSentenceStart(before, before.length());
    return words(before.substring(start)).contains(word) || words(after).contains(word);
  }

  /**
   * Where the last mention of a person before {@code m} ends; 0 when there is none. Only persons:
   * a body's name is often part of the title ("PAHO Director Carissa F. Etienne").
   */
  private int lastNameEndBefore(NamedMention m) {
    Named last = lastMentionBefore(m.begin(),
        (entity, other) -> entity.type() == EntityType.PERSON);
    return last == null ? 0 : last.mention().end();
  }

  private static boolean opensNounPhrase(String word) {
    return Character.isUpperCase(word.charAt(0)) || DETERMINERS.contains(word);
  }

  private static List<String> words(String s) {
    return WORD.matcher(s).results().map(r -> r.group()).toList();
  }

  /** The organisation (or person) named inside "a spokesman for X", "X's spokeswoman". */
  private EntityCluster spokenFor(int begin, int end) {
    EntityCluster last = null;
    int lastBegin = -1;
    for (EntityCluster entity : entities) {
      if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (NamedMention m : entity.mentions()) {
        if (m.begin() >= begin && m.end() <= end && m.begin() > lastBegin) {
          last = entity; // "a spokesman for presidential candidate Hillary Clinton": the name
          lastBegin = m.begin();
        }
      }
    }
    return last;
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
