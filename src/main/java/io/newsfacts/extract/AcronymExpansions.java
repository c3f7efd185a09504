package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Committee on Foreign Investment in the United States ( CFIUS )": news spells a long
 * name out once and puts its acronym after it in brackets. The acronym's letters say where the
 * name starts, so a name NER cut short ("Committee", or "Medicines" of "Medicines and
 * Healthcare products Regulatory Agency ( MHRA )") is taken back to its whole expansion, and
 * the pieces NER made of it become one mention of the organisation's (or the piece's) type.
 */
final class AcronymExpansions {

  /** Small words an expansion skips when its acronym is made ("of", "the", "and" ...). */
  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "&",
      "de", "du", "des", "la", "le", "to", "at");

  List<NamedMention> apply(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names);
    for (int s = 0; s < sentences.size(); s++) {
      List<EntityConsistency.Token> tokens = sentences.get(s);
      for (int i = 1; i + 2 < tokens.size(); i++) {
        if (tokens.get(i).word().equals("(") && tokens.get(i + 2).word().equals(")")) {
          int start = expansionStart(tokens, i, tokens.get(i + 1).word());
          if (start >= 0) {
            join(text, s, tokens.subList(start, i), out);
          }
        }
      }
    }
    return out;
  }

  /**
   * The index of the expansion's first word before the bracket at {@code bracket}, or -1: each
   * capitalised word, read backwards, takes the acronym's next letter from its end, small words
   * are skipped (and lower-case ones inside, as "products" of "Healthcare products"), and the
   * name must use every letter, have at least three, and start with a capital.
   */
  static int expansionStart(List<EntityConsistency.Token> tokens, int bracket, String acronym) {
    if (acronym.length() < 3 || acronym.length() > 8
        || !acronym.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return -1;
    }
    int letter = acronym.length() - 1;
    int i = bracket - 1;
    int lowerRun = 0;
    while (i >= 0 && letter >= 0) {
      String word = tokens.get(i).word();
      if (word.isEmpty()) {
        return -1;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        if (word.charAt(0) != acronym.charAt(letter)) {
          return -1;
        }
        letter--;
        lowerRun = 0;
      } else if (!SKIPPED.contains(word.toLowerCase(Locale.ROOT))
          && (!Character.isLetter(word.charAt(0)) || ++lowerRun > 1)) {
        return -1;
      }
      if (letter < 0) {
        return i;
      }
      i--;
    }
    return -1;
  }

  /**
   * The mentions inside the expansion become one, when at least one of them is there and none
   * runs past it; an expansion NER found nothing in is left alone.
   */
  private static void join(String text, int sentence, List<EntityConsistency.Token> span,
      List<NamedMention> out) {
    int begin = span.get(0).begin();
    int end = span.get(span.size() - 1).end();
    List<NamedMention> inside = new ArrayList<>();
    for (NamedMention m : out) {
      if (m.begin() < end && begin < m.end()) {
        if (m.begin() < begin || m.end() > end || m.type() == EntityType.PERSON) {
          return;
        }
        inside.add(m);
      }
    }
    if (inside.isEmpty() || inside.size() == 1 && inside.get(0).begin() == begin
        && inside.get(0).end() == end) {
      return;
    }
    EntityType type = inside.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION)
        ? EntityType.ORGANIZATION : inside.get(0).type();
    out.removeAll(inside);
    out.add(new NamedMention(text.substring(begin, end), begin, end, sentence, type,
        type == EntityType.MISC ? NameRules.miscSubtype(span.stream()
            .map(EntityConsistency.Token::word).toList()) : null,
        span.stream().map(EntityConsistency.Token::word).toList()));
  }
}
