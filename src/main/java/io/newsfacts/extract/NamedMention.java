package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * A name as NER found it, before clustering. Offsets are chars of the article text.
 *
 * @param words the mention's tokens, used to compare names word by word
 * @param subtype CoreNLP's fine-grained type (COUNTRY, NATIONALITY, ...) or null
 */
public record NamedMention(String text, int begin, int end, int sentence, EntityType type,
    String subtype, List<String> words) {

  public NamedMention {
    words = List.copyOf(words);
  }
}
