package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type and subtype a group of mentions of one name agrees on. Ties go to the value met first
 * in the text, so the vote does not depend on anything outside the article.
 */
final class MentionVotes {

  private MentionVotes() {}

  /** The value most mentions give (null ignored), or null when none gives one. */
  static <T> T majority(List<NamedMention> mentions, Function<NamedMention, T> attribute) {
    Map<T, Long> counts = mentions.stream().map(attribute).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
            Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
  }

  /** The subtype most mentions of the chosen type give. */
  static String subtype(List<NamedMention> mentions, EntityType type) {
    return majority(mentions.stream().filter(m -> m.type() == type).toList(),
        NamedMention::subtype);
  }
}
