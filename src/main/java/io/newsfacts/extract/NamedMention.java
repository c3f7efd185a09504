package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as NER found it, before clustering. Offsets are chars of the article text.
 *
 * @param words the mention's tokens, used to compare names word by word
 * @param subtype CoreNLP's fine-grained type (COUNTRY, NATIONALITY, ...) or null
 */
public record NamedMention(String text, int begin, int end, int sentence, EntityType type,
    String subtype, List<String> words) {

  /** A word, with an abbreviation's stop, and the space after it, at the end of a text. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+\\.?)\\s+$");
  private static final int WORD_BEFORE_CHARS = 20;

  public NamedMention {
    words = List.copyOf(words);
  }

  /**
   * The word right before the mention in {@code text}, with its stop if an abbreviation's
   * ("Sen.", "President", "in"); empty when a mark or nothing stands there.
   */
  String wordBefore(String text) {
    Matcher before = WORD_BEFORE.matcher(
        text.substring(Math.max(0, begin - WORD_BEFORE_CHARS), begin));
    return before.find() ? before.group(1) : "";
  }
}
