package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reporting clause that closes a news sentence after a comma, read from word order where the
 * parse hides it: "Three people were hurt, police said Thursday", "…, the airline said", "…, its
 * chief executive, Maria Lopez, told reporters", and the inverted "…, said a union official". The
 * basic tree often hangs such a cue on the last noun of the content (dep(EgyptAir, said)), makes
 * the content an adverbial of the cue, or takes the content's last noun for the cue's subject
 * ("won the primary, the Associated Press declared" read as nsubj(declared, primary)), and then
 * no relation comes from the tree.
 *
 * <p>Read only for a cue verb the tree gave nothing for, in a sentence already parsed for it (no
 * new parse). The words between the comma and the cue must be a noun phrase, those after the cue
 * up to the next comma a verbless phrase ("on Thursday", "to reporters", "in a statement"), and
 * the content before the comma a clause with a verb and no quotation (quoted ones are the
 * quotation machinery's).
 */
final class ClosingReportingClause {

  /**
   * What was read: the source's head word, the content's char span before the source, and where
   * the content ends when it runs on past the cue (-1 when it does not).
   */
  record Reading(IndexedWord sourceHead, int[] content, int runOnEnd) {}

  /** Tags of the words of a plain noun phrase naming a source. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS",
      "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "PRP", "CC", "VBN");
  /** Phrase words that open no noun phrase; a preposition opens a place or manner of saying. */
  private static final Set<String> NOT_OPENING = Set.of("IN", "CC", "POS", "HYPH", "VBN");
  /** Prepositions inside a source's phrase: "a spokeswoman for the council". */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "for", "at", "in", "with");
  /** Words between the source and its cue: "the ministry later said", "police have said". */
  private static final Set<String> BETWEEN = Set.of("also", "later", "earlier", "then", "has",
      "have", "had", "separately", "previously", "again", "further", "subsequently");
  /** Verbs news puts before their source ("…, said a union official"); not "told", "asked". */
  private static final Set<String> INVERTING = Set.of("say", "add", "write", "explain", "note",
      "recall", "report", "insist", "argue", "observe", "conclude", "remark", "reply", "respond",
      "claim", "state", "confirm", "declare", "announce", "predict", "warn", "continue");

  private ClosingReportingClause() {}

  /** Whether news puts {@code verb} before its source: "…, said a union official". */
  static boolean inverts(IndexedWord verb) {
    return verb.lemma() != null && INVERTING.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** The closing reporting clause at {@code verb}, or null when the words do not fit it. */
  static Reading read(SemanticGraph tree, IndexedWord verb) {
    List<IndexedWord> words = tree.vertexListSorted();
    int i = words.indexOf(verb);
    if (i < 2) {
      return null;
    }
    Reading r = words.get(i - 1).word().equals(",") ? inverted(words, i) : null;
    if (r == null) {
      r = postposed(words, i);
    }
    return r == null ? null : runOn(words, i, r);
  }

  /**
   * "He had no political ties, the airline added, and had passed all checks": the reporting
   * clause set off inside the clause it reports; the content runs on to the sentence's end, as
   * the PolNeAR guidelines mark it. Only when ", and" or ", but" and a verb follow the cue's
   * phrase; ", two days after the vote" stays the cue's.
   */
  private static Reading runOn(List<IndexedWord> words, int verb, Reading r) {
    int k = verb + 1;
    while (k < words.size() && !words.get(k).word().equals(",")) {
      k++;
    }
    if (k + 2 >= words.size() || !"CC".equals(words.get(k + 1).tag())) {
      return r;
    }
    String tag = words.get(k + 2).tag();
    if (tag == null || !(tag.startsWith("VB") || tag.equals("MD"))) {
      return r;
    }
    int end = words.size() - 1;
    while (end > k && !Character.isLetterOrDigit(words.get(end).word().charAt(0))) {
      end--;
    }
    return new Reading(r.sourceHead(), r.content(), words.get(end).endPosition());
  }

  /** "…, the airline said Thursday": a noun phrase between the comma and the cue. */
  private static Reading postposed(List<IndexedWord> words, int verb) {
    int end = verb;
    while (end > 0 && BETWEEN.contains(lower(words.get(end - 1)))) {
      end--;
    }
    int begin = phraseStart(words, end);
    if (begin < 0) {
      return null;
    }
    int comma = begin - 1;
    if (comma < 1 || !words.get(comma).word().equals(",")) {
      return null;
    }
    IndexedWord head = head(words, begin, end);
    if (head == null || !verblessUpToComma(words, verb + 1)) {
      return null;
    }
    return contentBefore(words, comma, head);
  }

  /**
   * "…, said a union official", and "…, its chief executive, Maria Lopez, told reporters", where
   * the comma before the cue closes an apposition.
   */
  private static Reading inverted(List<IndexedWord> words, int verb) {
    int comma = verb - 1;
    if (inverts(words.get(verb))) {
      int end = verb + 1;
      while (end < words.size() && isPhraseWord(words.get(end))) {
        end++;
      }
      IndexedWord head = opensNounPhrase(words, verb + 1) ? head(words, verb + 1, end) : null;
      if (head != null && verblessUpToComma(words, end)) {
        return contentBefore(words, comma, head);
      }
    }
    // the apposition: NAME between two commas, a description before it
    int nameBegin = phraseStart(words, comma);
    if (nameBegin < 3 || !words.get(nameBegin - 1).word().equals(",")) {
      return null;
    }
    int descBegin = phraseStart(words, nameBegin - 1);
    if (descBegin < 1 || !words.get(descBegin - 1).word().equals(",")
        || !Set.of("DT", "PRP$").contains(words.get(descBegin).tag())
        || !"NNP".equals(words.get(comma - 1).tag())
        || !verblessUpToComma(words, verb + 1)) {
      return null;
    }
    IndexedWord head = head(words, nameBegin, comma);
    return head == null ? null : contentBefore(words, descBegin - 1, head);
  }

  /** The first word of the noun phrase that ends before {@code end}; -1 when there is none. */
  private static int phraseStart(List<IndexedWord> words, int end) {
    int begin = end;
    while (begin > 0 && isPhraseWord(words.get(begin - 1))) {
      begin--;
    }
    if (begin >= end || !opensNounPhrase(words, begin)) {
      return -1;
    }
    String last = words.get(end - 1).tag();
    return last != null && (last.startsWith("NN") || last.equals("PRP")) ? begin : -1;
  }

  /**
   * Whether a source's noun phrase can open at {@code k}: "…, said in a statement" and "…, said
   * at a news conference" name where the words were said, not who said them.
   */
  private static boolean opensNounPhrase(List<IndexedWord> words, int k) {
    if (k >= words.size()) {
      return false;
    }
    String tag = words.get(k).tag();
    return tag != null && !NOT_OPENING.contains(tag);
  }

  private static boolean isPhraseWord(IndexedWord w) {
    return w.tag() != null && (PHRASE_TAGS.contains(w.tag())
        || "IN".equals(w.tag()) && PHRASE_PREPOSITIONS.contains(lower(w)));
  }

  /** The phrase's head: its last noun before any preposition ("a spokeswoman for the council"). */
  private static IndexedWord head(List<IndexedWord> words, int begin, int end) {
    IndexedWord head = null;
    for (int k = begin; k < end; k++) {
      IndexedWord w = words.get(k);
      if ("IN".equals(w.tag()) && head != null) {
        break;
      }
      if (w.tag() != null && (w.tag().startsWith("NN") || w.tag().equals("PRP"))) {
        head = w;
      }
    }
    return head;
  }

  /** No finite verb from {@code from} up to the next comma or the sentence's end. */
  private static boolean verblessUpToComma(List<IndexedWord> words, int from) {
    for (int k = from; k < words.size(); k++) {
      IndexedWord w = words.get(k);
      if (w.word().equals(",")) {
        return true;
      }
      if (PennTags.isFinite(w.tag()) || "that".equalsIgnoreCase(w.word())) {
        return false;
      }
    }
    return true;
  }

  /** The sentence up to the comma, when it is a clause: it holds a verb. */
  private static Reading contentBefore(List<IndexedWord> words, int comma, IndexedWord head) {
    boolean verb = false;
    for (int k = 0; k < comma; k++) {
      String tag = words.get(k).tag();
      verb |= tag != null && (PennTags.isFinite(tag) || tag.equals("VBN"));
    }
    if (!verb) {
      return null;
    }
    return new Reading(head,
        new int[] {words.get(0).beginPosition(), words.get(comma - 1).endPosition()}, -1);
  }

  private static String lower(IndexedWord w) {
    return w.word().toLowerCase(Locale.ROOT);
  }
}
