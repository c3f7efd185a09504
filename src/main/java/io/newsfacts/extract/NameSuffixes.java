package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "John C. Maxwell Jr.", "James A. Baker III" (or "3d"): a generational suffix is part of a
 * person's name, but the tagger ends the name before it, so the entity is named without it and
 * "Maxwell" and "Maxwell Jr." cannot be told apart. A person's name of two words or more right
 * before such a suffix (after a space, or a comma and a space) is extended over it; the surname a
 * later short mention is matched on stays the word before the suffix ({@link #surname}).
 */
final class NameSuffixes {

  /** With The New York Times's "2d" and "3d" for II and III ("James A. Baker 3d"). */
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III",
      "IV", "2d", "3d");

  private NameSuffixes() {}

  static boolean isSuffix(String word) {
    return SUFFIXES.contains(word);
  }

  /** A name's last word that is not a generational suffix: "Maxwell" of "John C. Maxwell Jr.". */
  static String surname(List<String> words) {
    int last = words.size() - 1;
    return last > 0 && isSuffix(words.get(last)) ? words.get(last - 1) : words.get(last);
  }

  /** The mentions with persons' names extended over a suffix; the list given is not changed. */
  static List<NamedMention> extend(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      out.add(extended(text, sentences, m));
    }
    return out;
  }

  private static NamedMention extended(String text,
      List<List<EntityConsistency.Token>> sentences, NamedMention m) {
    if (m.type() != EntityType.PERSON || m.words().size() < 2 || isSuffix(m.words().get(
        m.words().size() - 1)) || m.sentence() < 0 || m.sentence() >= sentences.size()) {
      return m;
    }
    for (EntityConsistency.Token t : sentences.get(m.sentence())) {
      if (t.begin() < m.end()) {
        continue;
      }
      String between = text.substring(m.end(), t.begin());
      if (isSuffix(t.word()) && (between.equals(" ") || between.equals(", "))) {
        List<String> words = new ArrayList<>(m.words());
        words.add(t.word());
        return new NamedMention(text.substring(m.begin(), t.end()), m.begin(), t.end(),
            m.sentence(), m.type(), m.subtype(), words);
      }
      if (!t.word().equals(",")) {
        break;
      }
    }
    return m;
  }
}
