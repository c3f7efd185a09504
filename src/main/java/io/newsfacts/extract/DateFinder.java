package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.newsfacts.model.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<FoundDate> dates = new ArrayList<>();
    List<CoreEntityMention> mentions = document.entityMentions();
    for (int m = 0; m < mentions.size(); m++) {
      CoreEntityMention mention = mentions.get(m);
      Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.timexType() == null) {
        continue;
      }
      List<CoreLabel> tokens = mention.tokens();
      String singleTag = tokens.size() == 1 ? tokens.get(0).tag() : null;
      if (DateRules.isNoDate(mention.text(), singleTag)) {
        // SUTime sometimes splits "the" off "the last twenty four hours": give it back
        joinLoneArticleToNext(document.text(), mention, mentions, m, dates);
        continue;
      }
      TimexType type;
      try {
        type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException notAContractType) {
        continue;
      }
      String raw = timex.value() != null ? timex.value() : timex.altVal();
      int sentence = tokens.get(0).sentIndex();
      Tense tense = TenseFinder.of(basicTree(document, sentence), tokens);
      String value = DateRules.correct(mention.text(), raw, published, tense,
          mentionsQuarter(document.sentences().get(sentence).tokens()));
      int begin = withLeadingThe(document.text(), mention.text(), mention.charOffsets().first());
      dates.add(new FoundDate(document.text().substring(begin, mention.charOffsets().second()),
          begin, mention.charOffsets().second(), sentence, type, value));
    }
    return mergeJoined(document.text(), dates);
  }

  /** Marks a lone article right before the next date so {@link #mergeJoined} widens that date. */
  private static void joinLoneArticleToNext(String text, CoreEntityMention article,
      List<CoreEntityMention> mentions, int index, List<FoundDate> dates) {
    if (index + 1 >= mentions.size() || !isArticle(article.text())) {
      return;
    }
    CoreEntityMention next = mentions.get(index + 1);
    String between = text.substring(article.charOffsets().second(), next.charOffsets().first());
    if (between.isBlank() && next.coreMap().get(TimeAnnotations.TimexAnnotation.class) != null) {
      dates.add(new FoundDate(article.text(), article.charOffsets().first(),
          article.charOffsets().second(), -1, null, null));
    }
  }

  private static List<FoundDate> mergeJoined(String text, List<FoundDate> dates) {
    List<FoundDate> merged = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      FoundDate date = dates.get(i);
      if (date.type() == null) {
        if (i + 1 < dates.size()) {
          FoundDate next = dates.get(++i);
          merged.add(new FoundDate(text.substring(date.begin(), next.end()), date.begin(),
              next.end(), next.sentence(), next.type(), next.value()));
        }
        continue;
      }
      merged.add(date);
    }
    return merged;
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

  private static SemanticGraph basicTree(CoreDocument document, int sentence) {
    return document.sentences().get(sentence).coreMap()
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
