package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker of a reporting verb that follows its quotation, read from the word order when the
 * parse gives the verb no subject: news writes "“…,” Trump told a crowd" and "“…,” said the
 * 46-year-old", and a long quotation often leaves the parser attaching the name to the quoted
 * words instead.
 */
final class AdjacentSpeaker {

  private static final int MAX_WORDS = 6;

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
    List<IndexedWord> between = new ArrayList<>();
    for (IndexedWord w : words) {
      if (w.beginPosition() >= quote.end() && w.endPosition() <= verb.beginPosition()
          && !isPunctuation(w)) {
        between.add(w);
      }
    }
    if (between.isEmpty()) {
      // “…,” said X: the phrase right after the verb
      return head(phraseAfter(words, verb));
    }
    // “…,” X said: the words between the quote and the verb, if they are a short phrase
    return between.size() <= MAX_WORDS && between.stream().noneMatch(AdjacentSpeaker::stops)
        ? head(between) : null;
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
