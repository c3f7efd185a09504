package io.newsfacts.extract;

import io.newsfacts.annotate.TitleCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A headline in title case ("Panel Faults Agency Over Flood Warnings", "Soviets Propose Deep
 * Cuts") capitalises every word, and NER, which reads capitals as names, runs words of the
 * headline together into one name. A name of three words or more in such a headline stands only
 * where the article writes it again; otherwise it shrinks to the longest name of the body it
 * holds ("Chris Christie Calls" to "Chris Christie"), or goes.
 */
final class HeadlineNames {

  /** Shorter names are as NER found them: a headline's "Trump" or "Pfizer" is one. */
  private static final int LONG_NAME = 3;
  private static final Pattern LINE_END = Pattern.compile("[ \\t]*(\\r?\\n|$)");

  private HeadlineNames() {}

  /** The names with a title-case headline's run-together ones mended; the list is not changed. */
  static List<NamedMention> apply(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    if (sentences.isEmpty() || !isHeadline(text, sentences.get(0))) {
      return names;
    }
    int bodyStart = sentences.get(0).get(sentences.get(0).size() - 1).end();
    String body = text.substring(bodyStart);
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      if (m.sentence() != 0 || m.words().size() < LONG_NAME || body.contains(m.text())) {
        out.add(m);
        continue;
      }
      NamedMention held = longestHeld(m, names);
      int at = held == null ? -1 : m.text().indexOf(held.text());
      if (at >= 0) {
        int begin = m.begin() + at;
        out.add(new NamedMention(held.text(), begin, begin + held.text().length(), 0,
            held.type(), held.subtype(), held.words()));
      }
    }
    return out;
  }

  /** The longest name of the body whose words the headline's name holds, or null. */
  private static NamedMention longestHeld(NamedMention headline, List<NamedMention> names) {
    NamedMention best = null;
    for (NamedMention n : names) {
      if (n.sentence() > 0 && holds(headline.words(), n.words())
          && (best == null || n.words().size() > best.words().size())) {
        best = n;
      }
    }
    return best;
  }

  private static boolean holds(List<String> words, List<String> part) {
    return Collections.indexOfSubList(words, part) >= 0;
  }

  /**
   * The first sentence is a line of its own with no full stop, most of its words capitalised and
   * not all in capitals (a headline in capitals is {@link EntityConsistency}'s).
   */
  private static boolean isHeadline(String text, List<EntityConsistency.Token> first) {
    if (first.isEmpty()) {
      return false;
    }
    int end = first.get(first.size() - 1).end();
    if (!LINE_END.matcher(text.substring(end)).lookingAt()
        || first.get(first.size() - 1).word().equals(".")) {
      return false; // a headline has no full stop; a lede of capitalised names has
    }
    List<String> words = first.stream().map(EntityConsistency.Token::word).toList();
    return TitleCase.isMostlyCapitalised(words, LONG_NAME) && words.stream()
        .anyMatch(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0))
            && !w.equals(w.toUpperCase(Locale.ROOT)));
  }
}
