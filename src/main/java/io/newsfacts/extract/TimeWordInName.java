package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A part-of-day or frequency word that belongs to a name ("The Dallas Morning News", "China
 * Daily", "USA TODAY", "CBS This Morning", "Monday Night Football"). TimeML does not mark a time
 * word inside a proper name: the name refers to a paper or a show, not to a time.
 */
final class TimeWordInName {

  /** Words that name papers and shows as often as times; "Day" is left out (holidays). */
  private static final Set<String> NAME_TIME_WORDS = Set.of("morning", "afternoon", "evening",
      "night", "tonight", "today", "daily", "weekly", "monthly");
  /** Time words that can end a date written in capitals ("Labor Day", "Easter Monday"). */
  private static final Pattern TIME_WORD = Pattern.compile("(?i)^(" + "(mon|tues|wednes|thurs|fri"
      + "|satur|sun)days?|day|days|night|eve|week|weekend|month|year|years|morning|afternoon"
      + "|evening|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july"
      + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov"
      + "|dec|daily|weekly|monthly|quarterly|annual|yearly|overnight|tonight|today|time)\\.?$");
  /** Words a capitalised date is made of besides time words ("This Morning", "Last Week"). */
  private static final Set<String> DATE_WORDS = Set.of("this", "last", "next", "early", "late",
      "the", "of", "and", "tomorrow", "yesterday");

  /** Time words written in lower case in running text, capitalised only in a name. */
  private static final Set<String> LOWER_CASE_TIME_WORDS = Set.of("Hour", "Hours", "Dawn",
      "Dusk", "Future");

  private TimeWordInName() {}

  /**
   * Whether one of the expression's tokens is a capitalised name-like time word inside a run of
   * capitalised words that holds a word which is no time word ("Dallas", "News", "CBS"). A run
   * that starts the sentence needs such a word after its first one: "Tonight Trump said" is a
   * time. A person's name is no evidence ("Tonight Clinton").
   */
  static boolean inName(List<CoreLabel> sentence, List<CoreLabel> expression) {
    if (isTitleCase(sentence)) {
      // a headline in title case ("Protesters Target Hillary At Tonight's Debate") capitalises
      // every word: capitals are no sign of a name there
      return false;
    }
    for (CoreLabel token : expression) {
      if (isCapitalisedLowerCaseTimeWord(sentence, token)) {
        return true;
      }
      if (!NAME_TIME_WORDS.contains(token.word().toLowerCase(Locale.ROOT))
          || !isCapitalised(token)) {
        continue;
      }
      int at = token.index() - 1;
      if (at < 0 || at >= sentence.size() || sentence.get(at) != token) {
        at = sentence.indexOf(token);
      }
      if (at >= 0 && runHasNameWord(sentence, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hour", "Dawn", "Dusk" or "Future" with a capital inside a sentence: English writes these
   * time words in lower case, so a capital marks a name ("Happy Hour", "Earth Hour", "Dawn
   * Pilcher", the paper "Dawn", a firm "Future Publishing", a book "The Future of Work"), which
   * names a show, an event, a person or a work, not a time. Unlike "Day" ("Labor Day"), no date
   * is written with them capitalised.
   */
  private static boolean isCapitalisedLowerCaseTimeWord(List<CoreLabel> sentence, CoreLabel token) {
    return LOWER_CASE_TIME_WORDS.contains(token.word()) && !sentence.isEmpty()
        && sentence.get(0) != token;
  }

  /** A word that can be part of a date written in capitals: "Monday", "Day", "Eve", "Night". */
  static boolean isTimeWord(String word) {
    return TIME_WORD.matcher(word).matches();
  }

  private static boolean runHasNameWord(List<CoreLabel> sentence, int at) {
    int first = at;
    while (first > 0 && isCapitalised(sentence.get(first - 1))) {
      first--;
    }
    int last = at;
    while (last + 1 < sentence.size() && (isCapitalised(sentence.get(last + 1))
        || isPossessive(sentence.get(last + 1)))) {
      last++;
    }
    for (int i = first; i <= last; i++) {
      CoreLabel word = sentence.get(i);
      if (i == 0 || i == at || isPossessive(word) || isTimeWord(word.word())
          || DATE_WORDS.contains(word.word().toLowerCase(Locale.ROOT))
          || "PERSON".equals(word.ner())) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Five capitalised words or more and none of four letters or more in lower case: a headline,
   * not running text ("This is VOA Today." is a sentence).
   */
  private static boolean isTitleCase(List<CoreLabel> sentence) {
    return sentence.stream().filter(TimeWordInName::isCapitalised).count() >= 5
        && sentence.stream().map(CoreLabel::word)
            .noneMatch(w -> w.length() >= 4 && Character.isLowerCase(w.codePointAt(0)));
  }

  private static boolean isCapitalised(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean isPossessive(CoreLabel token) {
    return token.word().equals("'s") || token.word().equals("’s");
  }
}
