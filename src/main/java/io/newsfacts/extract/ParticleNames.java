package io.newsfacts.extract;

import java.util.List;
import java.util.Set;

/**
 * Person names with a lowercase particle before the surname: "Bill de Blasio", "Ursula von der
 * Leyen", "Guillermo del Toro", "Luiz Inácio Lula da Silva". CoreNLP's NER often types them as
 * organisations (or, after a place, as part of the place), so "he" cannot refer to them. A run that holds such a particle before a
 * capitalised last word, after a known given name (the first names of {@link PersonGender}), is a
 * person's name. A place keeps its type ("Rio de Janeiro") unless an office stands before the
 * given name ("New York City Mayor Bill de Blasio").
 */
final class ParticleNames {

  /** The particles of Dutch, German, French, Spanish, Portuguese, Italian and Arabic names. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di",
      "da", "dos", "das", "do", "du", "van", "von", "le", "la", "bin", "ibn", "al", "el", "ter",
      "ten", "zu");

  private ParticleNames() {}

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
