package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Kellogg Co. said … Kellogg's main problem is …": business copy names a company in full once,
 * then by its first word, and a tagger that reads that word as a surname makes the company a
 * person, whom a later "he said" is then taken to mean. A one-word name NER called a person is an
 * organisation when the article names an organisation that opens with that word and ends in a
 * company's suffix ("Kellogg Co.", "Coda Energy Inc."), unless the word is also part of a longer
 * person's name in the article ("William Kellogg"), where it may well be the person.
 */
final class ShortCompanyNames {

  /** Last words that make a name a company's. */
  private static final Set<String> COMPANY_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.",
      "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "PLC", "Plc", "AG", "S.A.", "N.V.", "L.P.");

  private ShortCompanyNames() {}

  /** Whether {@code word} is a company's suffix ("Inc.", "Corp.", "PLC"). */
  static boolean isCompanySuffix(String word) {
    return COMPANY_SUFFIXES.contains(word);
  }

  /** A name of two words or more ending in a company's suffix ("Kellogg Co."). */
  static boolean isCompanyName(List<String> words) {
    return words.size() >= 2 && isCompanySuffix(words.get(words.size() - 1));
  }

  /** The mentions with such short names made organisations; the list given is not changed. */
  static List<NamedMention> apply(List<NamedMention> names) {
    Set<String> companyFirstWords = new HashSet<>();
    Set<String> personWords = new HashSet<>();
    for (NamedMention m : names) {
      if (m.type() == EntityType.ORGANIZATION && isCompanyName(m.words())) {
        companyFirstWords.add(m.words().get(0));
      } else if (m.words().size() >= 2 && m.type() == EntityType.PERSON) {
        personWords.addAll(m.words());
      }
    }
    if (companyFirstWords.isEmpty()) {
      return names;
    }
    return names.stream().map(m -> m.type() == EntityType.PERSON && m.words().size() == 1
        && companyFirstWords.contains(m.words().get(0)) && !personWords.contains(m.words().get(0))
        ? new NamedMention(m.text(), m.begin(), m.end(), m.sentence(), EntityType.ORGANIZATION,
            null, m.words())
        : m).toList();
  }
}
