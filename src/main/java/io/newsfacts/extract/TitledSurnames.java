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
    Set<String> surnames = new HashSet<>();
    for (NamedMention m : found) {
      if (m.type() == EntityType.PERSON && m.words().size() >= 2) {
        surnames.add(NameSuffixes.surname(m.words()));
      }
    }
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

  /** Whether any of {@code found} overlaps {@code [begin, end)}. */
  static boolean covered(List<NamedMention> found, int begin, int end) {
    return found.stream().anyMatch(m -> m.begin() < end && begin < m.end());
  }
}
