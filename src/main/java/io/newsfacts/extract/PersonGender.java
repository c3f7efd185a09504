package io.newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical gender a pronoun needs to refer to a person: from a title before the name ("Mr.",
 * "Mrs.", "Ms.") or else from the first name, looked up in the first-name list CoreNLP's
 * deterministic coreference uses ({@code namegender.combine.txt} in the models jar). Unknown when
 * neither tells, so that either "he" or "she" may refer to the person.
 */
final class PersonGender {

  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> FIRST_NAMES = load();
  /** Nouns for a woman or a man by kinship, age or a gendered word; no office ("chairman"). */
  private static final Set<String> FEMALE_NOUNS = Set.of("woman", "girl", "mother", "mom", "mum",
      "daughter", "wife", "sister", "grandmother", "granddaughter", "aunt", "niece", "widow",
      "bride", "girlfriend", "fiancee", "stepmother", "stepdaughter", "grandma", "schoolgirl",
      "businesswoman", "policewoman", "congresswoman", "actress", "waitress", "lady");
  private static final Set<String> MALE_NOUNS = Set.of("man", "boy", "father", "dad", "son",
      "husband", "brother", "grandfather", "grandson", "uncle", "nephew", "widower", "groom",
      "boyfriend", "fiance", "stepfather", "stepson", "grandpa", "schoolboy", "businessman",
      "policeman", "congressman", "gentleman");
  /** Joining words and adverbs a news sentence opens with, capitalised before a name there. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("but", "and", "or", "so", "yet",
      "when", "while", "as", "after", "before", "since", "if", "then", "now", "later", "still",
      "also", "meanwhile", "though", "although", "because", "once", "where", "here", "there",
      "today", "yesterday", "tonight", "instead", "indeed", "earlier");
  /** "said she", "says that he", "told reporters that she", "added on Tuesday that he". */
  private static final Pattern SAID_PRONOUN = Pattern.compile(
      "\\s+(?:said|says|told|tells|added|adds|wrote|writes)"
          + "(?:\\s+(?:reporters|me|us|them|him|her|today|yesterday|later|also|on)){0,2}"
          + "(?:\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
          + "(?:\\s+that)?\\s+(she|he)\\b");
  private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+)\\.?\\s+$");
  private static final Pattern NOUN_BEFORE = Pattern.compile("\\b([a-z]+),?\\s+$");

  private PersonGender() {}

  /** The gender of a person named by {@code words}, read with the word before the name. */
  static Gender of(List<String> words, String wordBefore) {
    Gender titled = byTitle(words, wordBefore);
    if (titled != Gender.UNKNOWN) {
      return titled;
    }
    if (words.size() < 2) {
      return Gender.UNKNOWN; // a surname alone says nothing
    }
    return FIRST_NAMES.getOrDefault(words.get(0).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /**
   * The gender of the person a mention names, read with the word written right before it in
   * {@code text} ("Ms. Ellison" where NER's mention is "Ellison"); from the title alone when
   * {@code titleOnly}.
   */
  static Gender ofMention(NamedMention m, String text, boolean titleOnly) {
    Matcher before = wordBefore(m, text);
    String wordBefore = before.find() ? before.group(1) : null;
    Gender g = titleOnly ? byTitle(m.words(), wordBefore) : of(m.words(), wordBefore);
    return g != Gender.UNKNOWN ? g : ofNounInApposition(m, text);
  }

  /**
   * "Her late husband, Robert, kept the light", "his daughter Amy": a lower-case noun of one
   * gender set right before the name, with or without a comma, says as much as a title.
   */
  private static Gender ofNounInApposition(NamedMention m, String text) {
    Matcher noun = NOUN_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 16), m.begin()));
    return noun.find() ? ofNoun(noun.group(1)) : Gender.UNKNOWN;
  }

  /** The first gender {@link #ofMention} gives for any of {@code mentions}, else UNKNOWN. */
  static Gender ofMentions(List<NamedMention> mentions, String text, boolean titleOnly) {
    for (NamedMention m : mentions) {
      Gender g = ofMention(m, text, titleOnly);
      if (g != Gender.UNKNOWN) {
        return g;
      }
    }
    return Gender.UNKNOWN;
  }

  /** A matcher for the word written right before the mention, with its full stop if any. */
  private static Matcher wordBefore(NamedMention m, String text) {
    return WORD_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 12), m.begin()));
  }

  /**
   * The gender of a person the article calls by one first name alone and nothing else ("Meghan",
   * "Harry", "Archie": royals, children, people in features): every mention is that one word,
   * never after a capitalised word or a title ("Vice President Harris", "Sen. Warren" are
   * surnames that happen to be first names), and more than once: one passing "Clinton" gives too
   * little to tell a first name from a surname. UNKNOWN otherwise.
   */
  static Gender ofFirstNameAlone(List<NamedMention> mentions, String text) {
    String word = null;
    for (NamedMention m : mentions) {
      if (m.words().size() != 1 || word != null && !word.equalsIgnoreCase(m.words().get(0))) {
        return Gender.UNKNOWN;
      }
      word = m.words().get(0);
      if (titledOrNamedBefore(m, text)) {
        return Gender.UNKNOWN;
      }
    }
    return word == null || mentions.size() < 2 ? Gender.UNKNOWN
        : FIRST_NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /**
   * Whether a capitalised word stands right before the mention in its sentence ("President
   * Harris") or an abbreviated title does ("Sen. Warren"); a sentence's last word before its stop
   * ("in London. Meghan said") or a word opening the sentence ("But Meghan said", "Taking Archie
   * outside", "Eventually Harry") does not count.
   */
  private static boolean titledOrNamedBefore(NamedMention m, String text) {
    Matcher before = wordBefore(m, text);
    if (!before.find()) {
      return false;
    }
    String word = before.group(1);
    boolean stop = before.group().trim().endsWith(".");
    String lower = word.toLowerCase(Locale.ROOT);
    boolean opener = SENTENCE_OPENERS.contains(lower)
        || lower.length() > 5 && (lower.endsWith("ing") || lower.endsWith("ly"));
    return Character.isUpperCase(word.charAt(0)) && (!stop || PersonTitles.isTitle(word))
        && !opener;
  }

  /**
   * The gender the article itself gives a person in "Clinton said she …", "Erdogan told reporters
   * that he …": a pronoun subject right after a mention and its verb of saying mostly means that
   * person. UNKNOWN when no mention is so followed or the pronouns disagree.
   */
  static Gender saidOfThemselves(List<NamedMention> mentions, String text) {
    int female = 0;
    int male = 0;
    for (NamedMention m : mentions) {
      Matcher said = SAID_PRONOUN.matcher(text).region(m.end(),
          Math.min(text.length(), m.end() + 60));
      if (said.lookingAt()) {
        if (said.group(1).equals("she")) {
          female++;
        } else {
          male++;
        }
      }
    }
    return female > 0 && male == 0 ? Gender.FEMALE
        : male > 0 && female == 0 ? Gender.MALE : Gender.UNKNOWN;
  }

  /** The gender a singular common noun for a person gives ("mother", "husband"), if any. */
  static Gender ofNoun(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    return FEMALE_NOUNS.contains(n) ? Gender.FEMALE
        : MALE_NOUNS.contains(n) ? Gender.MALE : Gender.UNKNOWN;
  }

  /** Whether {@code word} is in the first-name list (for a man, a woman or either). */
  static boolean isFirstName(String word) {
    return FIRST_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The gender a title before or inside the name gives ("Mr. Rubio", "Ms Reed"), if any. */
  static Gender byTitle(List<String> words, String wordBefore) {
    Gender g = title(wordBefore);
    for (int i = 0; i < words.size() && g == Gender.UNKNOWN; i++) {
      g = title(words.get(i));
    }
    return g;
  }

  private static Gender title(String word) {
    if (word == null) {
      return Gender.UNKNOWN;
    }
    return switch (word.toLowerCase(Locale.ROOT).replace(".", "")) {
      case "mr", "sir", "lord", "king", "prince", "father", "brother" -> Gender.MALE;
      case "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "sister" ->
          Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> names = new HashMap<>();
    InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(NAMES);
    if (in == null) {
      return names; // no models jar: titles alone
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.split("\t");
        if (parts.length == 2) {
          Gender g = parts[1].equals("MALE") ? Gender.MALE
              : parts[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
          // a name listed for both (Jordan) says nothing
          names.merge(parts[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
