package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names with a lowercase particle before the surname: "Bill de Blasio", "Ursula von der
 * Leyen", "Guillermo del Toro", "Luiz Inácio Lula da Silva". CoreNLP's NER often types them as
 * organisations (or, after a place, as part of the place), so "he" cannot refer to them. A run
 * that holds such a particle before a capitalised last word, after a known given name (the first
 * names of {@link PersonGender}), is a person's name. A place keeps its type ("Rio de Janeiro")
 * unless an office stands before the given name ("New York City Mayor Bill de Blasio").
 */
final class ParticleNames {

  /** The particles of Dutch, German, French, Spanish, Portuguese, Italian and Arabic names. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di",
      "da", "dos", "das", "do", "du", "van", "von", "le", "la", "bin", "ibn", "al", "el", "ter",
      "ten", "zu");

  private ParticleNames() {}

  /** Whether {@code word} is a lowercase name particle ("de", "von", "bin"). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** Whether {@code word} is a particle in any case: "Van Voorhis", "De Blasio", "Al Ashry". */
  static boolean isParticleInAnyCase(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * "Crown Prince Mohammed bin Salman", "Tamim bin Hamad Al Thani": NER may tag the words on each
   * side of a particle as two persons. Two person mentions of one sentence with only one or two
   * particles and single spaces between are one person's name; the list given is not changed.
   */
  static List<NamedMention> joinedAcrossParticles(String text, List<NamedMention> names) {
    List<NamedMention> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(NamedMention::begin));
    List<NamedMention> out = new ArrayList<>(sorted.size());
    for (NamedMention m : sorted) {
      NamedMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      List<String> between = last == null ? List.of() : particlesBetween(text, last, m);
      if (between.isEmpty()) {
        out.add(m);
        continue;
      }
      List<String> words = new ArrayList<>(last.words());
      words.addAll(between);
      words.addAll(m.words());
      out.set(out.size() - 1, new NamedMention(text.substring(last.begin(), m.end()),
          last.begin(), m.end(), last.sentence(), EntityType.PERSON, null, words));
    }
    return out;
  }

  /** The particles alone between two persons' mentions of one sentence, else none. */
  private static List<String> particlesBetween(String text, NamedMention a, NamedMention b) {
    if (a.type() != EntityType.PERSON || b.type() != EntityType.PERSON
        || a.sentence() != b.sentence() || b.begin() <= a.end()) {
      return List.of();
    }
    String gap = text.substring(a.end(), b.begin());
    if (!gap.startsWith(" ") || !gap.endsWith(" ")) {
      return List.of();
    }
    List<String> words = List.of(gap.strip().split(" "));
    return words.size() <= 2 && words.stream().allMatch(ParticleNames::isParticle) ? words : List.of();
  }

  /**
   * Where the person's name begins in {@code words} (a name NER typed otherwise), past a title or
   * place the mention took in ("New York City Mayor Bill de Blasio" begins at "Bill"); -1 when
   * the words are no person's name with a particle.
   */
  static int personStart(List<String> words) {
    String last = words.isEmpty() ? "" : words.get(words.size() - 1);
    if (words.size() < 3 || last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < words.size() - 1; i++) {
      if (PARTICLES.contains(words.get(i))) {
        if (!Character.isUpperCase(words.get(i - 1).charAt(0))) {
          return -1;
        }
        for (int k = 0; k < i; k++) {
          if (PersonGender.isFirstName(words.get(k))) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }
}
