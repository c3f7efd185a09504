package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article names one thing the same way throughout, so a name NER tagged once is a name
 * wherever else the article writes it. A statistical tagger decides each sentence on its own and
 * misses repeats, above all in all-capitals headlines and photo credits ("PFIZER SAYS ...",
 * "REUTERS/Jane Doe") and where the context is thin. This step finds the untagged repeats of the
 * article's tagged names (ignoring case only where the text is in capitals), and the acronyms that
 * spell a tagged multi-word name's initials ("European Union Aviation Safety Agency" ... "EASA").
 *
 * <p>It only adds mentions on words NER left untagged; it never changes a tag NER gave. The types
 * of one name's mentions are then reconciled by {@link EntityClusterer}.
 */
final class EntityConsistency {

  /**
   * A token as this step reads it.
   *
   * @param tagged NER gave it a tag (a name, a title, a date, a number, ...)
   */
  record Token(String word, int begin, int end, boolean tagged) {}

  /** A sentence is a headline in capitals when this share of its words is in capitals. */
  private static final double CAPITALS_SHARE = 0.6;

  /** Mentions of the article's names on tokens NER left untagged and no mention covers. */
  List<NamedMention> repeats(String text, List<List<Token>> sentences, List<NamedMention> found) {
    Map<List<String>, Typed> names = namesByKey(found);
    int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
    List<NamedMention> added = new ArrayList<>();
    if (longest == 0) {
      return added;
    }
    List<NamedMention> covered = new ArrayList<>(found);
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      boolean capitals = isInCapitals(tokens);
      for (int i = 0; i < tokens.size(); i++) {
        NamedMention m = longestNameAt(text, tokens, i, s, capitals, names, longest, covered);
        if (m == null) {
          m = acronymAt(text, tokens, i, s, found, covered);
        }
        if (m != null) {
          added.add(m);
          covered.add(m);
          i += m.words().size() - 1;
        }
      }
    }
    return added;
  }

  /**
   * "SILICON" tagged, "VALLEY BANK" not, in a capitals headline over a story about "Silicon Valley
   * Bank": the tagger cut a name the article writes in full. In capitals lines, a span that spells
   * one of the article's longer names and holds only mentions NER cut short becomes that name.
   */
  List<NamedMention> wholeInCapitals(String text, List<List<Token>> sentences,
      List<NamedMention> found) {
    Map<List<String>, Typed> names = namesByKey(found);
    int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
    List<NamedMention> out = new ArrayList<>(found);
    for (int s = 0; s < sentences.size() && longest >= 2; s++) {
      List<Token> tokens = sentences.get(s);
      if (!isInCapitals(tokens)) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 2; n--) {
          List<Token> span = tokens.subList(i, i + n);
          Typed typed = names.get(keyOf(span));
          int begin = span.get(0).begin();
          int end = span.get(n - 1).end();
          List<NamedMention> inside = out.stream()
              .filter(m -> m.begin() < end && begin < m.end()).toList();
          boolean cutShort = !inside.isEmpty()
              && inside.stream().allMatch(m -> m.begin() >= begin && m.end() <= end)
              && span.stream().filter(Token::tagged).allMatch(t -> inside.stream()
                  .anyMatch(m -> m.begin() <= t.begin() && t.end() <= m.end()))
              && span.stream().anyMatch(t -> !t.tagged());
          if (typed != null && cutShort) {
            out.removeAll(inside);
            out.add(mention(text, span, s, typed.type(), typed.subtype()));
            i += n - 1;
            break;
          }
        }
      }
    }
    return out;
  }

  /** A name's type, as most of its tagged mentions have it. */
  private record Typed(EntityType type, String subtype) {}

  private static Map<List<String>, Typed> namesByKey(List<NamedMention> found) {
    Map<List<String>, List<NamedMention>> byKey = new LinkedHashMap<>();
    for (NamedMention m : found) {
      if (m.words().stream().anyMatch(EntityConsistency::hasCapital)
          && m.text().codePointCount(0, m.text().length()) >= 2) {
        byKey.computeIfAbsent(key(m.words()), k -> new ArrayList<>()).add(m);
      }
    }
    Map<List<String>, Typed> names = new HashMap<>();
    byKey.forEach((key, mentions) -> {
      EntityType type = MentionVotes.majority(mentions, NamedMention::type);
      String subtype = MentionVotes.subtype(mentions, type);
      names.put(key, new Typed(type, subtype));
    });
    return names;
  }

  private NamedMention longestNameAt(String text, List<Token> tokens, int i, int sentence,
      boolean capitals, Map<List<String>, Typed> names, int longest,
      List<NamedMention> covered) {
    for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
      List<Token> span = tokens.subList(i, i + n);
      Typed typed = names.get(keyOf(span));
      if (typed == null || !writtenAsName(span, capitals) || !isFree(span, covered)) {
        continue;
      }
      // In running text a repeat must stand alone: "Liverpool" in "Liverpool Street station" is
      // part of another, untagged name. (A capitalised sentence start is no such sign.)
      if (!capitals && (continuesName(tokens, i - 1, i - 1 > 0) || continuesName(tokens, i + n,
          true))) {
        continue;
      }
      return mention(text, span, sentence, typed.type(), typed.subtype());
    }
    return null;
  }

  /** "EASA" after "European Union Aviation Safety Agency": the acronym names the same thing. */
  private NamedMention acronymAt(String text, List<Token> tokens, int i, int sentence,
      List<NamedMention> found, List<NamedMention> covered) {
    List<Token> span = tokens.subList(i, i + 1);
    String letters = EntityClusterer.acronymLetters(tokens.get(i).word());
    if (letters == null || !isFree(span, covered)) {
      return null;
    }
    return found.stream()
        .filter(m -> m.words().size() >= 2 && m.type() != EntityType.PERSON)
        .filter(m -> spells(letters, EntityClusterer.initials(m.words())))
        .findFirst()
        .map(m -> mention(text, span, sentence, m.type(), m.subtype()))
        .orElse(null);
  }

  /**
   * The acronym spells the initials, or all but one word's after the first: agencies drop a word
   * ("EASA", European Union Aviation Safety Agency). Only for three letters or more.
   */
  static boolean spells(String letters, String initials) {
    if (letters.equals(initials)) {
      return true;
    }
    if (letters.length() < 3 || initials.length() != letters.length() + 1) {
      return false;
    }
    for (int skip = 1; skip < initials.length(); skip++) {
      if ((initials.substring(0, skip) + initials.substring(skip + 1)).equals(letters)) {
        return true;
      }
    }
    return false;
  }

  /** Every word is written as a name: capitalised, and in a capitals headline anything goes. */
  private static boolean writtenAsName(List<Token> span, boolean capitals) {
    if (capitals) {
      return hasCapital(span.get(0).word());
    }
    return span.stream().allMatch(t -> !hasLetter(t.word()) || isLowerFunctionWord(t.word())
        || Character.isUpperCase(t.word().codePointAt(0)));
  }

  private static boolean continuesName(List<Token> tokens, int index, boolean counts) {
    if (!counts || index < 0 || index >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(index);
    return !t.tagged() && Character.isUpperCase(t.word().codePointAt(0));
  }

  private static boolean isFree(List<Token> span, List<NamedMention> covered) {
    int begin = span.get(0).begin();
    int end = span.get(span.size() - 1).end();
    return span.stream().noneMatch(Token::tagged)
        && covered.stream().noneMatch(m -> m.begin() < end && begin < m.end());
  }

  /** A headline or credit line written in capitals ("PFIZER SAYS VACCINE DATA DUE"). */
  static boolean isInCapitals(List<Token> tokens) {
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      if (hasLetter(t.word()) && t.word().length() > 1) {
        words++;
        if (t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals >= CAPITALS_SHARE * words;
  }

  private static boolean isLowerFunctionWord(String word) {
    return word.equals("of") || word.equals("and") || word.equals("the") || word.equals("for")
        || word.equals("de") || word.equals("&");
  }

  private static NamedMention mention(String text, List<Token> span, int sentence,
      EntityType type, String subtype) {
    int begin = span.get(0).begin();
    int end = span.get(span.size() - 1).end();
    return new NamedMention(text.substring(begin, end), begin, end, sentence, type, subtype,
        span.stream().map(Token::word).toList());
  }

  private static List<String> keyOf(List<Token> span) {
    return key(span.stream().map(Token::word).toList());
  }

  /** Words compared ignoring case and dots ("U.S." = "US"). */
  private static List<String> key(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT).replace(".", "")).toList();
  }

  private static boolean hasCapital(String word) {
    return word.codePoints().anyMatch(Character::isUpperCase);
  }

  private static boolean hasLetter(String word) {
    return word.codePoints().anyMatch(Character::isLetter);
  }
}
