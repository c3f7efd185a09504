package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Robert M. Price, chairman … Mr. Price conceded …": after a person is named in full, news calls
 * them by a courtesy title and the surname, and a tagger that reads the surname as a common word
 * ("Price", "Young", "Rich") leaves it untagged, so the person drops out of the sentences that
 * cite them. A capitalised word right after a courtesy title ("Mr.", "Ms", "Dr.") that no
 * mention covers and that is the last word of a person named in full in the article is that
 * person.
 */
final class TitledSurnames {

  private TitledSurnames() {}

  /** The mentions to add (none of the given ones is changed). */
  static List<NamedMention> find(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> found) {
    Set<String> surnames = surnames(found);
    List<NamedMention> added = new ArrayList<>();
    if (surnames.isEmpty()) {
      return added;
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<EntityConsistency.Token> tokens = sentences.get(s);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        EntityConsistency.Token title = tokens.get(i);
        EntityConsistency.Token name = tokens.get(i + 1);
        if (!PersonTitles.isCourtesyTitle(title.word()) || !surnames.contains(name.word())
            || !Character.isUpperCase(name.word().charAt(0))
            || covered(found, name.begin(), name.end())) {
          continue;
        }
        added.add(new NamedMention(text.substring(name.begin(), name.end()), name.begin(),
            name.end(), s, EntityType.PERSON, null, List.of(name.word())));
      }
    }
    return added;
  }

  /**
   * "Lieut. Gen. Arthur E. Williams … General Williams said": a rank written out before the
   * surname of a person named in full is that person, whatever type NER gave the pair ("General
   * Williams" reads to it as "General Motors"). The mention becomes the person's surname alone.
   * A company's one-word name right after such a rank becomes a person too ({@link
   * #isCompanyAfterRank}); the others are returned as they are.
   */
  static List<NamedMention> rankBeforeSurname(String text, List<NamedMention> found) {
    Set<String> surnames = surnames(found);
    List<NamedMention> out = new ArrayList<>(found.size());
    for (NamedMention m : found) {
      if (isCompanyAfterRank(text, m)) {
        out.add(new NamedMention(m.text(), m.begin(), m.end(), m.sentence(), EntityType.PERSON,
            null, m.words()));
        continue;
      }
      List<String> words = m.words();
      boolean ranked = words.size() == 2 && PersonTitles.isWrittenOutRank(words.get(0))
          && surnames.contains(words.get(1));
      int begin = ranked ? text.indexOf(words.get(1), m.begin()) : -1;
      out.add(begin < 0 || begin >= m.end() ? m
          : new NamedMention(text.substring(begin, m.end()), begin, m.end(), m.sentence(),
              EntityType.PERSON, null, List.of(words.get(1))));
    }
    return out;
  }

  /**
   * "President Ford signed", "Mayor Bloomberg said": one word NER reads as a company's name, right
   * after a rank or title that only a person bears, is that person's surname. Older copy names
   * officials so on first reference, with no full name for {@link #rankBeforeSurname} to know.
   */
  private static boolean isCompanyAfterRank(String text, NamedMention m) {
    if (m.type() != EntityType.ORGANIZATION || m.words().size() != 1) {
      return false;
    }
    return PersonTitles.isTitleOrRank(m.wordBefore(text));
  }

  /**
   * The surnames of the people named with at least a first name and a surname; "Mayor Pete" names
   * nobody by a surname "Pete".
   */
  private static Set<String> surnames(List<NamedMention> found) {
    Set<String> surnames = new HashSet<>();
    for (NamedMention m : found) {
      if (m.type() == EntityType.PERSON && m.words().size() >= 2
          && !PersonTitles.isWrittenOutRank(m.words().get(0))) {
        surnames.add(NameSuffixes.surname(m.words()));
      }
    }
    return surnames;
  }

  /** Whether any of {@code found} overlaps {@code [begin, end)}. */
  static boolean covered(List<NamedMention> found, int begin, int end) {
    return found.stream().anyMatch(m -> m.begin() < end && begin < m.end());
  }
}
