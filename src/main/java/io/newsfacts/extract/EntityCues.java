package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections NER cannot make because they need the words around a name, or the name's own head
 * word, which news uses the same way in every decade:
 *
 * <ul>
 *   <li>a one-word name after a noun that says what it is ("digital bank Revolut", "payments
 *       company Klarna", "the agency Reuters"), or before "spokesman", is an organisation, in
 *       every mention of the article. A tagger that has never seen a new company's name guesses a
 *       person from its shape;
 *   <li>a name whose head is a law's or an event's ("Internal Market Bill", "Ryder Cup",
 *       "Shangri-La Dialogue") is MISC, as CoNLL-2003's guidelines have it, and one whose head
 *       is a natural feature's ("Rhône Glacier") is a LOCATION, whatever NER guessed;
 *   <li>an organisation cut before "of" and its place ("Bank" + "of" + "England") is one
 *       organisation, "Bank of England".
 * </ul>
 */
final class EntityCues {

  /** Nouns that, right before a one-word name, say it names an organisation. */
  static final Set<String> ORGANIZATION_NOUNS = Set.of("agency", "group", "bank", "club",
      "newspaper", "retailer", "firm", "insurer", "carrier", "company", "manufacturer", "maker",
      "lender", "fintech", "startup", "start-up", "airline", "broker", "brewer", "chipmaker",
      "carmaker", "automaker", "drugmaker", "conglomerate", "miner", "refiner", "exchange",
      "broadcaster", "publisher", "consultancy", "outfit", "party");

  /** Words that, right after a one-word name, say it names an organisation. */
  private static final Set<String> ORGANIZATION_SPOKESPEOPLE = Set.of("spokesman",
      "spokeswoman", "spokesperson");

  /** Head words of laws and of competitions: the name is MISC. */
  private static final Set<String> MISC_HEADS = Set.of("Act", "Bill", "Accords", "Accord",
      "Treaty", "Protocol", "Amendment", "Directive", "Cup", "Olympics", "Championship",
      "Championships", "Prix", "Marathon", "Festival", "Referendum", "War", "Open", "Summit",
      "Dialogue", "League", "Agreement", "Pact", "Framework", "Program", "Programme");

  /**
   * Head words of organisations' names: the name is an organisation whatever NER guessed
   * ("First Republic Bancorp", "Securities and Exchange Commission"). Each is an organisation's
   * head in at least nine of ten multi-word names of CoNLL-2003's training articles that end in
   * it; "Bank" ("West Bank"), "Union" ("Soviet Union") and "Federation" are not, and are left out.
   * Written as {@link #head} normalises them ("AG" is "Ag").
   */
  private static final Set<String> ORGANIZATION_NAME_HEADS = Set.of("Inc", "Inc.", "Corp",
      "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "Ag", "Nv", "Group", "Party", "Commission",
      "Ministry", "Council", "Department", "Association", "University", "Exchange", "Service",
      "Agency", "Authority", "Airlines", "Airways", "Organisation", "Organization", "Board",
      "Bureau", "Office", "Fund", "Company", "Corporation", "Holdings", "Institute", "Bancorp",
      "Securities", "Newsroom", "Committee");

  /** Head words of natural places: the name is a LOCATION ("Rhône Glacier", "Taiwan Strait"). */
  private static final Set<String> PLACE_HEADS = Set.of("Glacier", "River", "Lake", "Mountains",
      "Island", "Islands", "Valley", "Sea", "Ocean", "Strait", "Bay", "Peninsula", "Desert",
      "Canal", "Basin", "Falls");

  /** Head words of organisations named "... of" a place. */
  private static final Set<String> ORGANIZATION_HEADS = Set.of("Bank", "University", "Church",
      "Council", "Ministry", "Institute", "Museum", "Academy", "Federation", "Association",
      "Chamber", "Court", "Parliament", "Assembly", "Government", "Embassy", "Port", "Archdiocese");

  /** The mentions with the corrections made; the list given is not changed. */
  List<NamedMention> apply(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = joinEventNames(text, joinOrganisationOfPlace(text, names));
    out.replaceAll(m -> withoutOpeningCue(text, sentences, m));
    out.replaceAll(m -> withEventHead(text, sentences, m));
    // An event's name taken in whole covers the head words a shape rule found on their own.
    List<NamedMention> whole = List.copyOf(out);
    out.removeIf(m -> whole.stream().anyMatch(n -> n.begin() <= m.begin() && m.end() <= n.end()
        && n.end() - n.begin() > m.end() - m.begin()));
    out = partyOfState(text, out);
    out.replaceAll(EntityCues::typeByHead);
    out = placesByNoun(sentences, out);
    out = teamsByResult(sentences, out);
    return organisationsByCue(sentences, out);
  }

  /** "Democrat of Georgia": the party's member, "of", and the state, as one name to NER. */
  private static final Pattern PARTY_OF_PLACE = Pattern.compile(
      "(Democrat|Republican|Independent) of ((?:[A-Z][a-z]+ ?){1,2})");

  /**
   * "Senator Sam Nunn, Democrat of Georgia,": a newspaper of record designates a legislator by
   * party and state in words, and NER takes the three words for one organisation's name. They
   * are a party's member (MISC, as "the Georgia Democrat") and the state (LOCATION).
   */
  private static List<NamedMention> partyOfState(String text, List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      Matcher party = PARTY_OF_PLACE.matcher(m.text());
      if (!party.matches()) {
        out.add(m);
        continue;
      }
      int place = m.begin() + party.start(2);
      String placeText = party.group(2).strip();
      out.add(new NamedMention(party.group(1), m.begin(), m.begin() + party.end(1), m.sentence(),
          EntityType.MISC, null, List.of(party.group(1))));
      out.add(new NamedMention(placeText, place, place + placeText.length(), m.sentence(),
          EntityType.LOCATION, "STATE_OR_PROVINCE", List.of(placeText.split(" "))));
    }
    return out;
  }

  private static NamedMention typeByHead(NamedMention m) {
    if (m.words().size() == 1 && NameRules.isCoinedExit(m.words().get(0))) {
      return m.type() == EntityType.MISC && NameRules.EVENT.equals(m.subtype()) ? m
          : retype(m, EntityType.MISC, NameRules.EVENT);
    }
    if (m.words().size() < 2) {
      return m;
    }
    String head = head(m.words().get(m.words().size() - 1));
    if (MISC_HEADS.contains(head) && m.type() != EntityType.MISC) {
      return retype(m, EntityType.MISC, NameRules.miscSubtype(List.of(head)));
    }
    if (ORGANIZATION_NAME_HEADS.contains(head) && m.type() != EntityType.ORGANIZATION) {
      return retype(m, EntityType.ORGANIZATION, null);
    }
    if (m.type() == EntityType.LOCATION && PublicationNames.isNameplateWord(head)) {
      // "told the Arkansas Gazette", "the Denver Post": NER reads the paper's place; a person
      // ("Jim Courier") keeps NER's reading
      return retype(m, EntityType.ORGANIZATION, null);
    }
    return PLACE_HEADS.contains(head) && m.type() != EntityType.LOCATION
        ? retype(m, EntityType.LOCATION, null) : m;
  }

  /** Capitalised words that open a sentence before a name without being part of it. */
  private static final Set<String> OPENING_DESCRIPTORS = Set.of("rival", "rivals");

  /**
   * "Drugmaker Regeneron said ...": a sentence that opens with the noun saying what the name is
   * writes that noun with a capital, and NER takes it into the name. The name is the rest, and an
   * organisation when the noun says so.
   */
  private static NamedMention withoutOpeningCue(String text,
      List<List<EntityConsistency.Token>> sentences, NamedMention m) {
    if (m.words().size() < 2 || m.sentence() < 0 || m.sentence() >= sentences.size()) {
      return m;
    }
    List<EntityConsistency.Token> tokens = sentences.get(m.sentence());
    if (tokens.size() < 2 || tokens.get(0).begin() != m.begin()) {
      return m;
    }
    String first = m.words().get(0).toLowerCase(Locale.ROOT);
    boolean organisation = ORGANIZATION_NOUNS.contains(first);
    if (!organisation && !OPENING_DESCRIPTORS.contains(first)) {
      return m;
    }
    int begin = tokens.get(1).begin();
    return new NamedMention(text.substring(begin, m.end()), begin, m.end(), m.sentence(),
        organisation ? EntityType.ORGANIZATION : m.type(), organisation ? null : m.subtype(),
        m.words().subList(1, m.words().size()));
  }

  /**
   * "the Tokyo Olympics", "the Glasgow Climate Pact": a name NER found followed by capitalised
   * words it left untagged that end in an event's or a law's head is the start of that event's or
   * law's name, which is MISC.
   */
  private static NamedMention withEventHead(String text,
      List<List<EntityConsistency.Token>> sentences, NamedMention m) {
    if (m.type() == EntityType.PERSON || m.sentence() < 0 || m.sentence() >= sentences.size()) {
      return m;
    }
    List<EntityConsistency.Token> tokens = sentences.get(m.sentence());
    int first = indexAt(tokens, m.begin());
    // In a capitals headline every word looks like part of a name ("U.S. TEAMS OPEN ON ROAD").
    if (first < 0 || EntityConsistency.isInCapitals(tokens)) {
      return m;
    }
    int after = first + m.words().size();
    int end = after;
    while (end < tokens.size() && end - after < 3 && !tokens.get(end).tagged()
        && Character.isUpperCase(tokens.get(end).word().codePointAt(0))) {
      end++;
    }
    if (end == after) {
      return m;
    }
    String subtype = NameRules.miscSubtype(List.of(tokens.get(end - 1).word()));
    if (subtype == null) {
      return m;
    }
    List<String> words = new ArrayList<>(m.words());
    tokens.subList(after, end).forEach(t -> words.add(t.word()));
    int stop = tokens.get(end - 1).end();
    return new NamedMention(text.substring(m.begin(), stop), m.begin(), stop, m.sentence(),
        EntityType.MISC, subtype, words);
  }

  /** A name's last word as a head: headlines write "WORLD CUP" for "World Cup". */
  private static String head(String last) {
    return last.isEmpty() ? last : last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT);
  }

  private static List<NamedMention> organisationsByCue(List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    Set<String> organisations = new HashSet<>();
    Set<String> listed = new HashSet<>();
    for (NamedMention m : names) {
      if (m.type() == EntityType.ORGANIZATION || m.sentence() < 0
          || m.sentence() >= sentences.size()) {
        continue;
      }
      List<EntityConsistency.Token> tokens = sentences.get(m.sentence());
      if (m.words().size() == 1 && hasOrganisationCue(tokens, m)) {
        organisations.add(key(m));
      } else if (isListedOrganisation(tokens, m) || isTradedOrganisation(tokens, m)) {
        listed.add(key(m));
      }
    }
    if (organisations.isEmpty() && listed.isEmpty()) {
      return names;
    }
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      out.add(m.words().size() == 1 && organisations.contains(key(m)) || listed.contains(key(m))
          ? retype(m, EntityType.ORGANIZATION, null) : m);
    }
    return out;
  }

  /** Verbs of a match's result between two teams. */
  private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "defeated",
      "defeats", "edged", "thrashed", "routed", "hammered", "drew", "draw", "lost", "downed",
      "overcame", "outscored", "upset", "stunned", "crushed", "trounced", "blanked", "swept");

  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");

  /**
   * "Denver beat Miami 94-89": in a result, the cities either side of the verb are the cities'
   * teams, which CoNLL-2003 calls organisations. Only what the fine-grained lists know as a city:
   * countries and other places stay places, as CoNLL-2003 has national teams ("Ukraine beat
   * Northern Ireland 1-0").
   */
  private static List<NamedMention> teamsByResult(List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      boolean team = m.type() == EntityType.LOCATION && "CITY".equals(m.subtype())
          && m.sentence() >= 0 && m.sentence() < sentences.size()
          && isResultSide(sentences.get(m.sentence()), m);
      out.add(team ? retype(m, EntityType.ORGANIZATION, null) : m);
    }
    return out;
  }

  private static boolean isResultSide(List<EntityConsistency.Token> tokens, NamedMention m) {
    int first = indexAt(tokens, m.begin());
    if (first < 0 || tokens.stream().noneMatch(t -> SCORE.matcher(t.word()).matches())) {
      return false;
    }
    int after = first + m.words().size();
    boolean before = after < tokens.size() && RESULT_VERBS.contains(tokens.get(after).word());
    // "... beat Miami", "... lost to Miami", "... drew with Miami"
    int k = first - 1;
    if (k >= 1 && (tokens.get(k).word().equals("to") || tokens.get(k).word().equals("with"))) {
      k--;
    }
    boolean afterVerb = k >= 0 && RESULT_VERBS.contains(tokens.get(k).word());
    return before || afterVerb;
  }

  /** Nouns for parts of a country, after their names ("the Valais and Graubünden regions"). */
  private static final Set<String> REGION_NOUNS = Set.of("region", "regions", "province",
      "provinces", "canton", "cantons", "district", "districts", "county", "counties",
      "prefecture", "prefectures", "governorate", "municipality", "oblast");

  /**
   * "the Graubünden region", "the Valais and Graubünden regions": names right before a noun for
   * a part of a country are places, where NER took an unseen one for a person or an organisation.
   * An adjective NER calls MISC ("the Basque region") stays MISC, as CoNLL-2003 has it.
   */
  private static List<NamedMention> placesByNoun(List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      boolean retype = (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
          && m.sentence() >= 0 && m.sentence() < sentences.size()
          && beforeRegionNoun(sentences.get(m.sentence()), m);
      out.add(retype ? retype(m, EntityType.LOCATION, null) : m);
    }
    return out;
  }

  private static boolean beforeRegionNoun(List<EntityConsistency.Token> tokens, NamedMention m) {
    int k = indexAt(tokens, m.begin());
    if (k < 0) {
      return false;
    }
    k += m.words().size();
    // Past the other names of a list: "Valais and Graubünden regions".
    while (k < tokens.size()
        && (tokens.get(k).tagged() || LIST_JOINERS.contains(tokens.get(k).word()))) {
      k++;
    }
    return k < tokens.size() && REGION_NOUNS.contains(tokens.get(k).word());
  }

  /** Plural nouns for organisations, before "including" or "such as" and a list of names. */
  private static final Set<String> ORGANIZATION_PLURALS = Set.of("companies", "firms", "banks",
      "lenders", "carriers", "airlines", "lines", "groups", "insurers", "makers", "manufacturers",
      "clubs", "teams", "retailers", "brokers", "exchanges", "agencies", "broadcasters",
      "newspapers", "publishers", "startups", "start-ups", "fintechs", "drugmakers", "carmakers",
      "automakers", "chipmakers", "miners", "operators", "funds", "organisations",
      "organizations", "parties", "unions", "charities", "universities", "brands", "suppliers");

  /**
   * "Some shipping lines, including Maersk, ..." and "chipmakers such as Intel and Micron": a
   * name in a list that a plural noun for organisations introduces is an organisation.
   */
  private static boolean isListedOrganisation(List<EntityConsistency.Token> tokens,
      NamedMention m) {
    int i = indexAt(tokens, m.begin());
    if (i < 0) {
      return false;
    }
    // Back over the list's other names, commas and "and": "including Maersk, MSC and CMA CGM".
    int k = i - 1;
    while (k >= 0 && (tokens.get(k).tagged() || LIST_JOINERS.contains(tokens.get(k).word()))) {
      k--;
    }
    int noun;
    if (k >= 0 && tokens.get(k).word().equals("including")) {
      noun = k - 1;
    } else if (k >= 1 && tokens.get(k).word().equals("as")
        && tokens.get(k - 1).word().equals("such")) {
      noun = k - 2;
    } else {
      return false;
    }
    if (noun >= 0 && tokens.get(noun).word().equals(",")) {
      noun--;
    }
    return noun >= 0
        && ORGANIZATION_PLURALS.contains(tokens.get(noun).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "Shares of First Republic Bank and PacWest Bancorp fell": what has shares is a company.
   * Places stay places ("shares of Tokyo exporters" names no company), and only "of" counts:
   * "shares in Tokyo" are traded there.
   */
  private static boolean isTradedOrganisation(List<EntityConsistency.Token> tokens,
      NamedMention m) {
    if (m.subtype() != null || m.type() == EntityType.MISC) {
      return false;
    }
    int i = indexAt(tokens, m.begin());
    int after = i + m.words().size();
    if (i < 2 || after < tokens.size() && tokens.get(after).word().equals("'s")) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && (tokens.get(k).tagged() || LIST_JOINERS.contains(tokens.get(k).word()))) {
      k--;
    }
    return k >= 1 && tokens.get(k).word().equals("of")
        && SHARE_NOUNS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> SHARE_NOUNS = Set.of("shares", "stock", "stocks");

  private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "&");

  private static int indexAt(List<EntityConsistency.Token> tokens, int begin) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == begin) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasOrganisationCue(List<EntityConsistency.Token> tokens, NamedMention m) {
    int i = indexAt(tokens, m.begin());
    return i > 0 && ORGANIZATION_NOUNS.contains(tokens.get(i - 1).word())
        || i >= 0 && i + 1 < tokens.size()
            && ORGANIZATION_SPOKESPEOPLE.contains(tokens.get(i + 1).word());
  }

  /**
   * "Tokyo" CITY + "Olympics" MISC is one event, "Tokyo Olympics": a name right before a MISC
   * name with an event's or a law's head is part of it. Only names with nothing but a space
   * between them are joined.
   */
  private static List<NamedMention> joinEventNames(String text, List<NamedMention> names) {
    return joinAdjacent(names, (m, next) -> {
      boolean adjacent = m.sentence() == next.sentence()
          && next.begin() == m.end() + 1 && text.charAt(m.end()) == ' ';
      if (!adjacent || m.type() == EntityType.PERSON || next.type() != EntityType.MISC
          || NameRules.miscSubtype(List.of(next.words().get(next.words().size() - 1))) == null) {
        return null;
      }
      List<String> words = new ArrayList<>(m.words());
      words.addAll(next.words());
      return new NamedMention(text.substring(m.begin(), next.end()), m.begin(), next.end(),
          m.sentence(), EntityType.MISC, NameRules.miscSubtype(words), words);
    });
  }

  /** "Bank" ORGANIZATION, " of ", "England" LOCATION: the organisation "Bank of England". */
  private static List<NamedMention> joinOrganisationOfPlace(String text, List<NamedMention> names) {
    return joinAdjacent(names, (m, next) -> {
      if (m.type() != EntityType.ORGANIZATION || next.type() != EntityType.LOCATION
          || m.sentence() != next.sentence()
          || !ORGANIZATION_HEADS.contains(m.words().get(m.words().size() - 1))
          || next.begin() <= m.end() || next.begin() - m.end() > 4
          || !text.substring(m.end(), next.begin()).strip().equals("of")) {
        return null;
      }
      List<String> words = new ArrayList<>(m.words());
      words.add("of");
      words.addAll(next.words());
      return new NamedMention(text.substring(m.begin(), next.end()), m.begin(), next.end(),
          m.sentence(), EntityType.ORGANIZATION, null, words);
    });
  }

  /**
   * The names in text order, each pair of neighbours {@code join} makes one name (non-null)
   * replaced by it; a joined name is not joined again with the next.
   */
  private static List<NamedMention> joinAdjacent(List<NamedMention> names,
      BinaryOperator<NamedMention> join) {
    List<NamedMention> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(NamedMention::begin));
    List<NamedMention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      NamedMention m = sorted.get(i);
      NamedMention joined = i + 1 < sorted.size() ? join.apply(m, sorted.get(i + 1)) : null;
      if (joined != null) {
        out.add(joined);
        i++;
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static NamedMention retype(NamedMention m, EntityType type, String subtype) {
    return new NamedMention(m.text(), m.begin(), m.end(), m.sentence(), type, subtype, m.words());
  }

  private static String key(NamedMention m) {
    return EntityClusterer.nameKey(m.text());
  }
}
