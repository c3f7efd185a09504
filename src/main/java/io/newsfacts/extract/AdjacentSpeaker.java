package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speaker of a reporting verb that follows its quotation, read from the word order when the
 * parse gives the verb no subject: news writes "“…,” Trump told a crowd" and "“…,” said the
 * 46-year-old", and a long quotation often leaves the parser attaching the name to the quoted
 * words instead.
 */
final class AdjacentSpeaker {

  private static final int MAX_WORDS = 6;
  /** Words of a set-off name right before its verb: "Joe Kasper", "Mary Ann de la Cruz". */
  private static final int NAME_WORDS = 5;
  /** Words of the description before a set-off name. */
  private static final int DESCRIPTION_WORDS = 12;
  private static final Set<String> DESCRIPTION_TAGS = Set.of("DT", "PRP$",
      "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH");
  private static final Set<String> DESCRIPTION_PREPOSITIONS =
      Set.of("of", "for", "at");

  private AdjacentSpeaker() {}

  /**
   * The head word of the speaker's phrase, or null when the verb neither follows the quote nor
   * opens its sentence.
   */
  static IndexedWord find(SemanticGraph tree, IndexedWord verb, QuoteFinder.Found quote,
      String text) {
    if (tree == null) {
      return null;
    }
    if (quote == null || verb.beginPosition() < quote.end()) {
      // "Continued Stone: “…”", "Said the minister:": an inverted verb opening its sentence
      return opensSentence(tree, verb) ? head(phraseAfter(tree.vertexListSorted(), verb)) : null;
    }
    List<IndexedWord> words = tree.vertexListSorted();
    List<IndexedWord> span = new ArrayList<>();
    for (IndexedWord w : words) {
      if (w.beginPosition() >= quote.end() && w.endPosition() <= verb.beginPosition()) {
        span.add(w);
      }
    }
    List<IndexedWord> between = span.stream().filter(w -> !isPunctuation(w)).toList();
    if (between.isEmpty()) {
      // “…,” said X: the phrase right after the verb
      return head(phraseAfter(words, verb));
    }
    // “…,” X said: the words between the quote and the verb, if they are a short phrase
    if (between.size() <= MAX_WORDS && between.stream().noneMatch(AdjacentSpeaker::stops)) {
      return head(between);
    }
    return setOffName(span);
  }

  /**
   * “…,” the mayor's chief of staff, Joe Kasper, told reporters: a description, then the name
   * set off by commas right before the verb ({@code span} is every word between the quotation
   * and the verb). The name is who spoke; the description before it may be longer than a bare
   * subject and hold a preposition ("chief of staff", "a spokesman for the council"), but no
   * verb, relative word or other clause. Returns the name's last word.
   */
  private static IndexedWord setOffName(List<IndexedWord> span) {
    int n = span.size();
    if (n < 5 || !span.get(n - 1).word().equals(",")) {
      return null;
    }
    int nameStart = n - 1;
    while (nameStart > 0 && isName(span.get(nameStart - 1)) && n - 1 - nameStart < NAME_WORDS) {
      nameStart--;
    }
    if (nameStart == n - 1 || nameStart < 2 || !span.get(nameStart - 1).word().equals(",")) {
      return null;
    }
    List<IndexedWord> description = span.subList(0, nameStart - 1);
    return description.size() <= DESCRIPTION_WORDS
        && description.stream().allMatch(AdjacentSpeaker::describes)
        && head(description) != null ? span.get(n - 2) : null;
  }

  /** A word of a description before a set-off name: noun-phrase words, "of", "for", "at". */
  private static boolean describes(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    String word = w.word().toLowerCase(Locale.ROOT);
    return DESCRIPTION_TAGS.contains(tag)
        || tag.equals("IN") && DESCRIPTION_PREPOSITIONS.contains(word);
  }

  /**
   * "Vice President Joe Biden, Rubio said, had been in the Senate for “a thousand years”": a
   * reporting clause set off inside the sentence, a name between a comma and the verb, and a comma
   * or quotation mark after it. The parser often hangs the sentence's own subject on the verb; the
   * name between the commas is the speaker. Returns its last word, or null.
   */
  static IndexedWord parenthetical(SemanticGraph tree, IndexedWord verb) {
    if (tree == null) {
      return null;
    }
    List<IndexedWord> words = tree.vertexListSorted();
    int at = words.indexOf(verb);
    if (at < 3 || at + 1 >= words.size() || !isCommaOrOpeningMark(words.get(at + 1))) {
      return null;
    }
    int start = at;
    while (start > 0 && isName(words.get(start - 1)) && at - start < 4) {
      start--;
    }
    boolean commaBefore = start > 1 && start < at && words.get(start - 1).word().equals(",");
    return commaBefore ? words.get(at - 1) : null;
  }

  private static boolean isName(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("NNP");
  }

  private static boolean isCommaOrOpeningMark(IndexedWord w) {
    String word = w.word();
    return word.equals(",") || word.equals("``") || word.equals("“") || word.equals("\"")
        || word.equals("‘");
  }

  private static List<IndexedWord> phraseAfter(List<IndexedWord> words, IndexedWord verb) {
    List<IndexedWord> after = new ArrayList<>();
    for (IndexedWord w : words) {
      if (w.index() <= verb.index()) {
        continue;
      }
      if (stops(w) || after.size() == MAX_WORDS) {
        break;
      }
      after.add(w);
    }
    return after;
  }

  /** Only punctuation (an opening quotation mark, a dash) before the verb in its sentence. */
  private static boolean opensSentence(SemanticGraph tree, IndexedWord verb) {
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.index() >= verb.index()) {
        return true;
      }
      if (!isPunctuation(w)) {
        return false;
      }
    }
    return true;
  }

  /** The last noun or pronoun: English noun phrases end in their head. */
  private static IndexedWord head(List<IndexedWord> phrase) {
    IndexedWord head = null;
    for (IndexedWord w : phrase) {
      String tag = w.tag() == null ? "" : w.tag();
      if (tag.startsWith("NN") || tag.equals("PRP") || (tag.startsWith("JJ") && head == null)) {
        head = w;
      }
    }
    return head;
  }

  private static boolean stops(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return isPunctuation(w) || tag.equals("IN") || tag.equals("TO") || tag.startsWith("VB")
        || tag.startsWith("W") || tag.equals("CC") || tag.equals("MD") || tag.equals("RB");
  }

  private static boolean isPunctuation(IndexedWord w) {
    String tag = w.tag();
    return tag != null && !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0));
  }
}
