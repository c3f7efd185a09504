package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.List;

/** Mentions for unit tests, found by their words in a text of our own. */
final class NamedMentions {

  private NamedMentions() {}

  /** The first occurrence of {@code words} in the text, in sentence 0, as NER would give it. */
  static NamedMention at(String text, String words, EntityType type, String subtype) {
    int begin = text.indexOf(words);
    return new NamedMention(words, begin, begin + words.length(), 0, type, subtype,
        List.of(words.split(" ")));
  }
}
