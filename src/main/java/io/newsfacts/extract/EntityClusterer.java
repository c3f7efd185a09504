package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's name mentions into entities the way a reader does: the same name is the same
 * entity; a later surname or first name ("Hamada", "Kim", "Mr. Slater", "López Obrador") is the
 * person named in full before, of the gender a courtesy title gives ("Ms. Ellison" after "Margaret
 * Ellison" and her son "David Ellison"); a company's name without its suffix and trailing words
 * ("Sun" after "Sun Microsystems Inc.") is that company; a newspaper's last word ("the Post"
 * after "The Washington Post") is that newspaper; an acronym ("US", "DPRK", "IBM") is the
 * multi-word name whose initials it spells, a company's suffix left out.
 */
public final class EntityClusterer {

  /** Words an acronym skips ("Democratic People's Republic of Korea" -> DPRK). */
  private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "&", "'s", "’s",
      "de", "du", "des", "la", "le", "on", "in", "to");

  /** The entities of {@code mentions}, found in the article {@code text}. */
  public List<EntityCluster> cluster(List<NamedMention> mentions, String text) {
    List<Group> groups = groupBySameName(mentions);
    splitByTitledSex(groups, text);
    mergeShortPersonNames(groups, text);
    mergeShortCompanyNames(groups);
    mergeShortPublicationNames(groups);
    mergeAcronyms(groups);
    return groups.stream()
        .filter(g -> g.mergedInto == null)
        .map(root -> toCluster(root, groups))
        .sorted(Comparator.comparingInt(EntityCluster::firstBegin))
        .toList();
  }

  /**
   * The fullest written form names the entity, in the story's own case rather than a headline's
   * capitals; the fullest name's type wins.
   */
  private static EntityCluster toCluster(Group root, List<Group> groups) {
    List<NamedMention> all = groups.stream().filter(g -> g.root() == root)
        .flatMap(g -> g.mentions.stream())
        .sorted(Comparator.comparingInt(NamedMention::begin))
        .toList();
    NamedMention fullest = all.stream()
        .max(Comparator.<NamedMention>comparingInt(m -> untitled(m.words()).size())
            // "Pfizer" from the story, not "PFIZER" from its capitals headline.
            .thenComparing(m -> !isInCapitals(m.text()))
            .thenComparingInt(m -> m.text().length())
            .thenComparing(Comparator.comparingInt(NamedMention::begin).reversed()))
        .orElseThrow();
    EntityType type = root.majorityType();
    String subtype = MentionVotes.subtype(all, type);
    return new EntityCluster(fullest.text(), type, subtype, all);
  }

  /** Mentions of one written name; later merged into a fuller name's group. */
  private static final class Group {
    final String key;
    final List<NamedMention> mentions = new ArrayList<>();
    Group mergedInto;

    Group(String key) {
      this.key = key;
    }

    NamedMention first() {
      return mentions.get(0);
    }

    List<String> words() {
      return first().words();
    }

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }

    EntityType majorityType() {
      return MentionVotes.majority(mentions, NamedMention::type);
    }
  }

  private static List<Group> groupBySameName(List<NamedMention> mentions) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    mentions.stream().sorted(Comparator.comparingInt(NamedMention::begin))
        .forEach(m -> byKey.computeIfAbsent(nameKey(m.text()), Group::new).mentions.add(m));
    return new ArrayList<>(byKey.values());
  }

  /**
   * "Mr. Obama" and "Mrs. Obama" in one article are two people: a one-word name written with
   * courtesy titles of both sexes becomes two groups. The untitled mentions stay with the sex
   * titled first.
   */
  private static void splitByTitledSex(List<Group> groups, String text) {
    List<Group> split = new ArrayList<>();
    for (Group g : groups) {
      if (g.words().size() != 1) {
        continue;
      }
      Map<PersonGender.Gender, List<NamedMention>> bySex = new EnumMap<>(PersonGender.Gender.class);
      for (NamedMention m : g.mentions) {
        bySex.computeIfAbsent(PersonGender.ofMention(m, text, true), k -> new ArrayList<>()).add(m);
      }
      List<NamedMention> men = bySex.getOrDefault(PersonGender.Gender.MALE, List.of());
      List<NamedMention> women = bySex.getOrDefault(PersonGender.Gender.FEMALE, List.of());
      if (men.isEmpty() || women.isEmpty()) {
        continue;
      }
      List<NamedMention> moving = men.get(0).begin() < women.get(0).begin() ? women : men;
      Group other = new Group(g.key);
      other.mentions.addAll(moving);
      g.mentions.removeAll(moving);
      split.add(other);
    }
    groups.addAll(split);
  }

  /**
   * "Hamada" or "Kim" alone joins the person whose full name begins or ends with that word;
   * "López Obrador", "de Blasio" or "von der Leyen" the person whose full name ends in those
   * words; "Sánchez" the one with that word inside a longer name ("Pedro Sánchez
   * Pérez-Castejón": Spanish names put the surname used alone first) when no name begins or ends
   * with it. Of two such, one whose gender agrees with the courtesy title every titled mention of
   * the short name carries.
   */
  private static void mergeShortPersonNames(List<Group> groups, String text) {
    for (Group shortName : groups) {
      List<String> untitled = untitled(shortName.words());
      List<Group> fuller = untitled.size() == 1 ? namesWithWord(groups, shortName, untitled.get(0))
          : namesEndingIn(groups, shortName, untitled);
      if (fuller.isEmpty()) {
        continue;
      }
      boolean bothSexes = groups.stream()
          .anyMatch(g -> g != shortName && g.key.equals(shortName.key));
      fuller = ofTitledGender(fuller, shortName, text, bothSexes);
      if (fuller.isEmpty()) {
        continue;
      }
      // A bare surname that NER typed as a place or organisation still names the person when it
      // only ever appears after that person's full name.
      boolean typedAsPerson = shortName.majorityType() == EntityType.PERSON;
      Group target = nearestBefore(fuller, shortName.first().begin());
      if (target == null) {
        if (!typedAsPerson) {
          continue;
        }
        target = fuller.get(0);
      }
      shortName.mergedInto = target;
    }
  }

  private static List<Group> fullerPersonNames(List<Group> groups, Group shortName,
      int longerThan) {
    return groups.stream()
        .filter(g -> g != shortName && g.mergedInto == null && g.words().size() > longerThan)
        .filter(g -> g.majorityType() == EntityType.PERSON)
        .toList();
  }

  private static List<Group> namesWithWord(List<Group> groups, Group shortName, String word) {
    if (!isNameWord(word)) {
      return List.of();
    }
    String key = nameKey(word);
    List<Group> fuller = fullerPersonNames(groups, shortName, 1);
    List<Group> outer = fuller.stream()
        .filter(g -> key.equals(nameKey(g.words().get(0)))
            || key.equals(nameKey(NameSuffixes.surname(g.words()))))
        .toList();
    if (!outer.isEmpty() || PersonGender.isFirstName(word)) {
      return outer;
    }
    return fuller.stream()
        .filter(g -> g.words().subList(1, g.words().size() - 1).stream()
            .anyMatch(w -> key.equals(nameKey(w))))
        .toList();
  }

  /**
   * Person names of more words whose last words are {@code words}, a name of two or more. A
   * short name that begins with a first name is a full name itself ("Hillary Clinton"), not the
   * tail of a heading NER ran into it ("Crooked Hillary Clinton", "Christie Calls Hillary
   * Clinton"), unless that word is also a particle ("Van Voorhis", "Al Ashry").
   */
  private static List<Group> namesEndingIn(List<Group> groups, Group shortName,
      List<String> words) {
    int n = words.size();
    if (shortName.majorityType() != EntityType.PERSON || !isNameWord(words.get(n - 1))
        || PersonGender.isFirstName(words.get(0))
            && !ParticleNames.isParticleInAnyCase(words.get(0))
        || !words.stream().allMatch(w -> isNameWord(w) || ParticleNames.isParticle(w))) {
      return List.of();
    }
    String key = nameKey(String.join(" ", words));
    return fullerPersonNames(groups, shortName, n).stream()
        .filter(g -> key.equals(nameKey(String.join(" ",
            g.words().subList(g.words().size() - n, g.words().size())))))
        .toList();
  }

  /**
   * The candidates whose gender does not contradict the title the short name is written with;
   * all of them when its mentions carry no title or titles of both genders. When every candidate
   * is of the other sex, those whose sex only their first name tells (a guess from a list:
   * "Mr. Lewandowski" is Corey Lewandowski, "Corey" listed as a woman's name), not the text's own
   * words: "Mr. Obama" is not "the first lady, Michelle Obama". None when the article titles the
   * name for both sexes ({@code bothSexes}): then there are two people.
   */
  private static List<Group> ofTitledGender(List<Group> candidates, Group shortName,
      String text, boolean bothSexes) {
    Set<PersonGender.Gender> titled = EnumSet.noneOf(PersonGender.Gender.class);
    shortName.mentions.forEach(m -> titled.add(PersonGender.ofMention(m, text, true)));
    titled.remove(PersonGender.Gender.UNKNOWN);
    if (titled.size() != 1) {
      return candidates;
    }
    PersonGender.Gender wanted = titled.iterator().next();
    List<Group> agreeing = candidates.stream()
        .filter(g -> {
          PersonGender.Gender gender = PersonGender.ofMentions(g.mentions, text, false);
          return gender == wanted || gender == PersonGender.Gender.UNKNOWN;
        })
        .toList();
    if (!agreeing.isEmpty() || bothSexes) {
      return agreeing;
    }
    return candidates.stream().filter(g -> {
      PersonGender.Gender written = PersonGender.ofMentions(g.mentions, text, true);
      return written == wanted || written == PersonGender.Gender.UNKNOWN;
    }).toList();
  }

  /**
   * "Sun" joins "Sun Microsystems Inc.", "Hewlett-Packard" joins "Hewlett-Packard Co.": business
   * copy names a company in full once and then by its first words. The short name must open a
   * company's name (one that ends in a company's suffix) word for word, and no other
   * organisation's; of two such companies the one named last before it is meant, and with none
   * before it, only one that is alone.
   */
  private static void mergeShortCompanyNames(List<Group> groups) {
    for (Group shortName : groups) {
      if (shortName.mergedInto != null || shortName.majorityType() != EntityType.ORGANIZATION
          || !isNameWord(shortName.words().get(0))) {
        continue;
      }
      List<Group> companies = groups.stream()
          .filter(g -> g != shortName && g.mergedInto == null)
          .filter(g -> g.majorityType() == EntityType.ORGANIZATION)
          .filter(g -> isCompanyNameOpenedBy(g.words(), shortName.words()))
          .toList();
      if (companies.isEmpty() || openedElsewhere(groups, shortName, companies)) {
        continue;
      }
      shortName.mergedInto = nearestBeforeOrAlone(companies, shortName.first().begin());
    }
  }

  /**
   * "The Washington Post reported … she told the Post": news names a newspaper in full once, then
   * by the last word of its nameplate. A one-word organisation that is such a word joins the
   * organisation named in full with it as last word; of two ("the Times" with both the Financial
   * Times and The New York Times named) the one named last before it, and with none before it,
   * only one that is alone.
   */
  private static void mergeShortPublicationNames(List<Group> groups) {
    for (Group shortName : groups) {
      if (shortName.mergedInto != null || shortName.words().size() != 1
          || shortName.majorityType() != EntityType.ORGANIZATION
          || !PublicationNames.isNameplateWord(shortName.words().get(0))) {
        continue;
      }
      String word = nameKey(shortName.words().get(0));
      List<Group> publications = groups.stream()
          .filter(g -> g != shortName && g.mergedInto == null && g.words().size() >= 2)
          .filter(g -> g.majorityType() == EntityType.ORGANIZATION)
          .filter(g -> word.equals(nameKey(g.words().get(g.words().size() - 1))))
          .toList();
      shortName.mergedInto = nearestBeforeOrAlone(publications, shortName.first().begin());
    }
  }

  /** "American" with both "American Express Co." and "American Airlines" named: either. */
  private static boolean openedElsewhere(List<Group> groups, Group shortName,
      List<Group> companies) {
    return groups.stream().anyMatch(g -> g != shortName && !companies.contains(g)
        && companies.stream().noneMatch(c -> isCompanyNameOpenedBy(c.words(), g.words()))
        && g.root() == g && g.words().size() > shortName.words().size()
        && g.majorityType() == EntityType.ORGANIZATION
        && nameKey(String.join(" ", g.words().subList(0, shortName.words().size())))
            .equals(nameKey(String.join(" ", shortName.words()))));
  }

  private static boolean isCompanyNameOpenedBy(List<String> company, List<String> opening) {
    int n = company.size();
    if (n <= opening.size() || !ShortCompanyNames.isCompanySuffix(company.get(n - 1))) {
      return false;
    }
    for (int i = 0; i < opening.size(); i++) {
      if (!nameKey(company.get(i)).equals(nameKey(opening.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** "US" joins "United States", "UN" joins "United Nations", when both are in the article. */
  private static void mergeAcronyms(List<Group> groups) {
    for (Group acronym : groups) {
      if (acronym.mergedInto != null || acronym.words().size() != 1) {
        continue;
      }
      String letters = acronymLetters(acronym.first().text());
      if (letters == null) {
        continue;
      }
      groups.stream()
          .filter(g -> g != acronym && g.mergedInto == null && g.words().size() >= 2)
          .filter(g -> g.majorityType() != EntityType.PERSON)
          .filter(g -> letters.equals(initials(g.words()))
              || letters.equals(initials(withoutCompanySuffix(g.words()))))
          .findFirst()
          .ifPresent(full -> acronym.mergedInto = full);
    }
  }

  /** "Mr. Slater" is named by "Slater". */
  private static List<String> untitled(List<String> words) {
    return words.size() > 1 && PersonTitles.isCourtesyTitle(words.get(0))
        ? words.subList(1, words.size()) : words;
  }

  /** "International Business Machines Corp." spells "IBM" without its "Corp.". */
  private static List<String> withoutCompanySuffix(List<String> words) {
    int n = words.size();
    return n > 2 && ShortCompanyNames.isCompanySuffix(words.get(n - 1))
        ? words.subList(0, n - 1) : words;
  }

  /** The candidate named last before {@code begin}; with none before, the only one, or null. */
  private static Group nearestBeforeOrAlone(List<Group> candidates, int begin) {
    Group before = nearestBefore(candidates, begin);
    return before == null && candidates.size() == 1 ? candidates.get(0) : before;
  }

  private static Group nearestBefore(List<Group> candidates, int begin) {
    return candidates.stream()
        .filter(g -> g.first().begin() < begin)
        .max(Comparator.comparingInt(g -> g.first().begin()))
        .orElse(null);
  }

  /** The letters of an all-capitals name of 2 to 6 letters ("U.S." -> "US"), else null. */
  static String acronymLetters(String text) {
    String letters = text.replace(".", "");
    if (letters.length() < 2 || letters.length() > 6) {
      return null;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return null;
      }
    }
    return letters;
  }

  static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!ACRONYM_SKIPS.contains(w.toLowerCase(Locale.ROOT)) && !w.isEmpty()
          && Character.isLetter(w.charAt(0))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** Written all in capitals, and long enough for that to be a style: "PFIZER", not "UN". */
  private static boolean isInCapitals(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters > 3 && text.codePoints().filter(Character::isLetter)
        .allMatch(Character::isUpperCase);
  }

  private static boolean isNameWord(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Compares names ignoring case, dots, apostrophe shape and spacing ("U.S." = "US"). */
  static String nameKey(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "")
        .replaceAll("\\s+", " ").trim();
  }
}
