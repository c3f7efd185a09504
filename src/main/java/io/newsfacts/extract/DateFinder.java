package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.newsfacts.model.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the temporal expressions SUTime normalised, with their TIMEX3 type and value. */
final class DateFinder {

  /** A temporal expression in char offsets. */
  record FoundDate(String text, int begin, int end, int sentence, TimexType type, String value) {

    /** True when the value is a calendar value, not one left relative to an unknown date. */
    boolean anchored() {
      return value != null && !RELATIVE_VALUE.matcher(value).find();
    }
  }

  /** Markers SUTime leaves in a value it could not place on the calendar. */
  private static final Pattern RELATIVE_VALUE =
      Pattern.compile("X|_REF|THIS|OFFSET|NEXT_IMMEDIATE|PREV_IMMEDIATE|UNKNOWN");

  List<FoundDate> find(CoreDocument document, LocalDate published) {
    String text = document.text();
    List<FoundDate> dates = new ArrayList<>();
    // SUTime sometimes splits "the" off "the last twenty four hours": it is given back to the next
    int articleBegin = -1;
    for (CoreEntityMention mention : document.entityMentions()) {
      Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      int begin = mention.charOffsets().first();
      int end = mention.charOffsets().second();
      boolean followsArticle = articleBegin >= 0 && text.substring(articleBegin, begin).strip()
          .chars().allMatch(Character::isLetter);
      int extendedBegin = followsArticle ? articleBegin : withLeadingThe(text, mention.text(), begin);
      articleBegin = -1;
      if (timex == null || timex.timexType() == null) {
        continue;
      }
      List<CoreLabel> tokens = mention.tokens();
      String singleTag = tokens.size() == 1 ? tokens.get(0).tag() : null;
      if (DateRules.isNoDate(mention.text(), singleTag)) {
        articleBegin = isArticle(mention.text()) ? begin : -1;
        continue;
      }
      Optional<TimexType> type = typeOf(timex);
      if (type.isEmpty()) {
        continue;
      }
      String raw = timex.value() != null ? timex.value() : timex.altVal();
      int sentence = tokens.get(0).sentIndex();
      Tense tense = TenseFinder.of(Sentences.basicTree(document.sentences().get(sentence)), tokens);
      String value = DateRules.correct(mention.text(), raw, published, tense,
          mentionsQuarter(document.sentences().get(sentence).tokens()));
      dates.add(new FoundDate(text.substring(extendedBegin, end), extendedBegin, end, sentence,
          type.get(), value));
    }
    return dates;
  }

  private static Optional<TimexType> typeOf(Timex timex) {
    try {
      return Optional.of(TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException notAContractType) {
      return Optional.empty();
    }
  }

  /** SUTime leaves "the" out of "the summer"; TimeML, like readers, keeps it in the extent. */
  private static int withLeadingThe(String text, String mention, int begin) {
    boolean season = SEASONS.contains(mention.toLowerCase(Locale.ROOT));
    int theStart = begin - 4;
    return season && theStart >= 0
        && text.substring(theStart, begin).equalsIgnoreCase("the ")
        && (theStart == 0 || !Character.isLetter(text.charAt(theStart - 1))) ? theStart : begin;
  }

  private static final java.util.Set<String> SEASONS =
      java.util.Set.of("summer", "autumn", "fall", "winter", "spring");

  private static boolean mentionsQuarter(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(t -> t.word().toLowerCase(Locale.ROOT).contains("quarter"));
  }

  private static boolean isArticle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("the") || lower.equals("a") || lower.equals("an");
  }
}
