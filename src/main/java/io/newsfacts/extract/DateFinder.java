package io.newsfacts.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.newsfacts.model.TimexType;
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

  List<FoundDate> find(CoreDocument document) {
    List<FoundDate> dates = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.timexType() == null) {
        continue;
      }
      TimexType type;
      try {
        type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException notAContractType) {
        continue;
      }
      String value = timex.value() != null ? timex.value() : timex.altVal();
      dates.add(new FoundDate(mention.text(), mention.charOffsets().first(),
          mention.charOffsets().second(), mention.tokens().get(0).sentIndex(), type, value));
    }
    return dates;
  }
}
