package io.newsfacts.extract;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns for one person of a nation: "the Brazilian", "the Scot", "the Frenchman". Sports and
 * foreign news call a person so on second reference ("“We worked hard,” the Brazilian said"), the
 * way they use an age or a role. The words are the one-word nationalities of CoreNLP's own
 * fine-grained gazetteer, read once, less those that name a whole people rather than one person
 * ("the French", "the British", "the Chinese", "the Swiss": adjectives in -sh, -ch, -ese, -ss or
 * -ic used as nouns are plural).
 */
final class Demonyms {

  private static final String NATIONALITY = "\tNATIONALITY\t";

  private Demonyms() {}

  /** Whether {@code word} names one person by nation ("Brazilian", "Scot"), in any case. */
  static boolean isPersonNoun(String word) {
    return Holder.PERSON_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Loaded on first use: most articles never ask. */
  private static final class Holder {
    static final Set<String> PERSON_NOUNS = load();
  }

  private static Set<String> load() {
    Set<String> nouns = new HashSet<>();
    String path = DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS;
    try (BufferedReader in = IOUtils.readerFromString(path)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.indexOf(NATIONALITY);
        if (tab > 0 && isOnePersonNoun(line.substring(0, tab))) {
          nouns.add(line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's gazetteer " + path, e);
    }
    return Set.copyOf(nouns);
  }

  private static boolean isOnePersonNoun(String word) {
    return word.chars().allMatch(Character::isLetter) && !word.endsWith("sh")
        && !word.endsWith("ch") && !word.endsWith("ese") && !word.endsWith("ss")
        && !word.endsWith("ic");
  }
}
