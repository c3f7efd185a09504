package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Chief Executive Jane Wu said … ¶ Wu, 51, took over the company last year.": once a person is
 * named in full, news calls them by the surname alone, and a tagger deciding each sentence on its
 * own leaves some of those untagged (CoreNLP's CoNLL model did here), so the person drops out of
 * the sentences that cite them and a later "she" goes to someone else. A capitalised word that
 * NER left untagged and no mention covers, after a person named in full whose last word it is,
 * is that person, when it stands alone and ends no name most of whose mentions are of another
 * kind ("the Klan" after "Ku Klux Klan"): no capitalised word right before or after it (part of
 * another name: "Wu Holdings", a headline in capitals), and, opening a sentence, only if the
 * article never writes the word in lower case ("Black voters …" after "Tom Black": the
 * adjective, which the article also writes as "black"). The first word of a full name counts
 * as well where it can mean nobody else ("Xi Jinping … Xi said").
 */
final class BareSurnames {

  private static final Pattern OPENING_MARK = Pattern.compile("[`'\"“‘(\\[-]+");

  private BareSurnames() {}

  /** The mentions to add (none of the given ones is changed). */
  static List<NamedMention> find(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> found) {
    // a name's kind is what most of its mentions say: NER typed one "Ku Klux Klan" a person
    Map<List<String>, Integer> personVotes = new HashMap<>();
    for (NamedMention m : found) {
      personVotes.merge(m.words(), m.type() == EntityType.PERSON ? 1 : -1, Integer::sum);
    }
    Map<String, Integer> firstNamedAt = new HashMap<>();
    for (NamedMention m : found) {
      if (m.words().size() >= 2 && personVotes.get(m.words()) >= 0) {
        firstNamedAt.merge(NameSuffixes.surname(m.words()), m.end(), Math::min);
      }
    }
    addFirstWords(found, personVotes, firstNamedAt);
    for (NamedMention m : found) {
      if (personVotes.get(m.words()) < 0) {
        firstNamedAt.remove(m.words().get(m.words().size() - 1)); // "the Klan": Ku Klux Klan's
      }
    }
    List<NamedMention> added = new ArrayList<>();
    for (int s = 0; s < sentences.size() && !firstNamedAt.isEmpty(); s++) {
      List<EntityConsistency.Token> tokens = sentences.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        EntityConsistency.Token t = tokens.get(i);
        Integer namedAt = firstNamedAt.get(t.word());
        if (namedAt == null || t.begin() < namedAt || t.tagged() || t.word().length() < 2
            || !Character.isUpperCase(t.word().charAt(0))
            || TitledSurnames.covered(found, t.begin(), t.end())
            || isCapitalised(tokens, i + 1)) {
          continue;
        }
        int before = previousWord(tokens, i);
        if (before >= 0 && isCapitalised(tokens, before)) {
          continue;
        }
        if (before < 0 && writtenInLowerCase(text, t.word())) {
          continue;
        }
        added.add(new NamedMention(text.substring(t.begin(), t.end()), t.begin(), t.end(), s,
            EntityType.PERSON, null, List.of(t.word())));
      }
    }
    return added;
  }

  /**
   * "Xi Jinping … Xi said", "Moon Jae-in … Moon": where the family name comes first, and in a
   * feature that calls someone by the first name, the first word of a person's full name stands
   * for them too. Only a word that opens one person's full name and ends nobody's, so it cannot
   * mean someone else the article names.
   */
  private static void addFirstWords(List<NamedMention> found, Map<List<String>, Integer> votes,
      Map<String, Integer> namedAt) {
    Map<String, Integer> firstWordAt = new HashMap<>();
    Map<String, List<String>> fullNameOf = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (NamedMention m : found) {
      if (m.words().size() < 2 || votes.get(m.words()) < 0) {
        continue;
      }
      String first = m.words().get(0);
      if (ParticleNames.isParticleInAnyCase(first)) {
        continue; // "Van der Westhuizen": "Van" alone is nobody
      }
      List<String> earlier = fullNameOf.putIfAbsent(first, m.words());
      if (earlier != null && !earlier.equals(m.words())) {
        ambiguous.add(first); // "John Smith" and "John Doe"
      }
      firstWordAt.merge(first, m.end(), Math::min);
    }
    firstWordAt.keySet().removeAll(ambiguous);
    firstWordAt.keySet().removeAll(namedAt.keySet());
    namedAt.putAll(firstWordAt);
  }

  /** The index of the last word before {@code i} that is not an opening mark; -1 if none. */
  private static int previousWord(List<EntityConsistency.Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!OPENING_MARK.matcher(tokens.get(k).word()).matches()) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isCapitalised(List<EntityConsistency.Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && Character.isUpperCase(tokens.get(i).word().charAt(0));
  }

  /**
   * Whether the article writes {@code word} in lower case; not as the later part of a hyphenated
   * name ("moon" in "Ban Ki-moon" says nothing of "Moon said"), though "anti-black" counts.
   */
  private static boolean writtenInLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})")
        .matcher(text);
    while (m.find()) {
      if (!isInsideHyphenatedName(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInsideHyphenatedName(String text, int at) {
    int start = at;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1))
        || text.charAt(start - 1) == '-')) {
      start--;
    }
    return start < at && Character.isUpperCase(text.charAt(start));
  }
}
