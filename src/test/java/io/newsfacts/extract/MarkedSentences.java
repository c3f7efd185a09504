package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * An article built from sentences of tokens separated by spaces, in which the words inside
 * {@code [TYPE ...]} brackets are the mentions NER gave (PER, ORG, LOC, COUNTRY, CITY; any other
 * tag is MISC). Sentences are joined by a blank line, as paragraphs.
 */
final class MarkedSentences {

  private final StringBuilder text = new StringBuilder();
  private final List<List<EntityConsistency.Token>> sentences = new ArrayList<>();
  private final List<NamedMention> names = new ArrayList<>();

  void add(String line) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    List<EntityConsistency.Token> tokens = new ArrayList<>();
    EntityType type = null;
    String subtype = null;
    int begin = -1;
    List<String> words = new ArrayList<>();
    for (String raw : line.split(" ")) {
      if (raw.startsWith("[")) {
        type = typeOf(raw.substring(1));
        subtype = raw.equals("[COUNTRY") || raw.equals("[CITY") ? raw.substring(1) : null;
        continue;
      }
      boolean closes = raw.endsWith("]");
      String word = closes ? raw.substring(0, raw.length() - 1) : raw;
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int at = text.length();
      text.append(word);
      tokens.add(new EntityConsistency.Token(word, at, text.length(), type != null));
      if (type != null) {
        if (words.isEmpty()) {
          begin = at;
        }
        words.add(word);
      }
      if (closes) {
        names.add(new NamedMention(text.substring(begin), begin, text.length(), sentences.size(),
            type, subtype, words));
        type = null;
        words = new ArrayList<>();
      }
    }
    sentences.add(tokens);
  }

  private static EntityType typeOf(String tag) {
    return switch (tag) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC", "COUNTRY", "CITY" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }

  String text() {
    return text.toString();
  }

  List<List<EntityConsistency.Token>> sentences() {
    return sentences;
  }

  List<NamedMention> names() {
    return names;
  }

  /** Each mention as "text/TYPE" or "text/TYPE/SUBTYPE", for short assertions. */
  static List<String> described(List<NamedMention> mentions) {
    return mentions.stream()
        .map(m -> m.text() + "/" + m.type() + (m.subtype() == null ? "" : "/" + m.subtype()))
        .toList();
  }
}
