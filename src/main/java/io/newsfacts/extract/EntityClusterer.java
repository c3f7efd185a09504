package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's name mentions into entities the way a reader does: the same name is the same
 * entity; a later surname or first name ("Hamada", "Kim") is the person named in full before; an
 * acronym ("US", "DPRK") is the multi-word name whose initials it spells.
 */
public final class EntityClusterer {

  /** Words an acronym skips ("Democratic People's Republic of Korea" -> DPRK). */
  private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "&", "'s", "’s",
      "de", "du", "des", "la", "le", "on", "in", "to");

  public List<EntityCluster> cluster(List<NamedMention> mentions) {
    List<Group> groups = groupBySameName(mentions);
    mergeShortPersonNames(groups);
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
        .max(Comparator.<NamedMention>comparingInt(m -> m.words().size())
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

  /** "Hamada" or "Kim" alone joins the person whose full name begins or ends with that word. */
  private static void mergeShortPersonNames(List<Group> groups) {
    for (Group shortName : groups) {
      if (shortName.words().size() != 1 || !isNameWord(shortName.words().get(0))) {
        continue;
      }
      String word = nameKey(shortName.words().get(0));
      List<Group> fuller = groups.stream()
          .filter(g -> g != shortName && g.mergedInto == null && g.words().size() >= 2)
          .filter(g -> g.majorityType() == EntityType.PERSON)
          .filter(g -> word.equals(nameKey(g.words().get(0)))
              || word.equals(nameKey(NameSuffixes.surname(g.words()))))
          .toList();
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
          .filter(g -> letters.equals(initials(g.words())))
          .findFirst()
          .ifPresent(full -> acronym.mergedInto = full);
    }
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
