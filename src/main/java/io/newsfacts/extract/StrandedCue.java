package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A finite reporting verb the parse leaves stranded, read from word order: after a long subject
 * ("Residents interviewed by reporters on Tuesday said they had no warning", "Maria Lopez, a
 * spokeswoman who joined in May, said …", "Yet many officials on and off the island believe …")
 * CoreNLP's basic tree sometimes takes the verb for an auxiliary, a punctuation mark or an
 * adjective of the content's first word (aux(had, said), punct(received, said), amod(relief,
 * believe)), with nothing hanging from it, and no relation comes from the tree.
 *
 * <p>Read only for a cue verb with no dependents of its own whose parent relation is not a clause
 * relation, in a sentence already parsed for it (no new parse). The sentence must open with a
 * plain noun phrase (after "But", "Yet", "And" or an adverb and comma); between that phrase and
 * the cue there may be modifiers without a finite verb and asides set off by commas; after the
 * cue (and "that") a clause with a finite verb, which runs to the sentence's end.
 */
final class StrandedCue {

  /** What was read: the source's head word and the content's char span. */
  record Reading(IndexedWord sourceHead, int[] content) {}

  /** Relations a verb's own clause never hangs by: the parse took the verb for something else. */
  private static final Set<String> NOT_CLAUSAL = Set.of("aux", "aux:pass", "cop", "punct",
      "amod", "det", "advmod", "compound", "case", "mark", "cc", "nummod", "nmod", "obl", "obj",
      "iobj", "nsubj", "nsubj:pass", "appos", "flat", "fixed");
  /** Tags of a relative clause's own verb that the parse may take for the cue's subject. */
  private static final Set<String> PAST_VERB_TAGS = Set.of("VBD", "VBN");
  /** Tags of the words of a plain noun phrase opening the sentence. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS",
      "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "PRP");
  /** Words that may stand between a source and its cue: "officials also said". */
  private static final Set<String> BETWEEN = Set.of("also", "later", "earlier", "then", "has",
      "have", "had", "separately", "previously", "again", "further", "still", "now");

  private StrandedCue() {}

  /** The reading at {@code verb}, or null when the tree attaches it properly or words do not fit. */
  static Reading read(SemanticGraph tree, IndexedWord verb) {
    if (!PennTags.isFinite(verb.tag())) {
      return null;
    }
    IndexedWord relative = misreadRelativeWord(tree, verb);
    IndexedWord parent = tree.getParent(verb);
    if (relative == null && (tree.hasChildren(verb) || parent == null
        || !NOT_CLAUSAL.contains(tree.getEdge(parent, verb).getRelation().toString()))) {
      return null;
    }
    List<IndexedWord> words = tree.vertexListSorted();
    int cue = words.indexOf(verb);
    int subjectEnd = cue;
    while (subjectEnd > 0 && BETWEEN.contains(lower(words.get(subjectEnd - 1)))) {
      subjectEnd--;
    }
    int start = openingPhraseStart(words);
    if (start < 0 || start >= subjectEnd) {
      return null;
    }
    int end = start;
    while (end < subjectEnd && PHRASE_TAGS.contains(words.get(end).tag())) {
      end++;
    }
    IndexedWord head = head(words, start, end);
    if (relative != null) {
      // the relative clause is the source's own: "An aide who declined to be named said …"
      int clause = words.indexOf(relative);
      boolean besideSource = clause == end
          || clause == end + 1 && words.get(end).word().equals(",");
      return head == null || !besideSource ? null
          : reading(head, clauseAfter(words, cue + 1));
    }
    if (head == null || !onlyModifiersAndAsides(words, end, subjectEnd)) {
      return null;
    }
    return reading(head, clauseAfter(words, cue + 1));
  }

  private static Reading reading(IndexedWord head, int[] content) {
    return content == null ? null : new Reading(head, content);
  }

  /**
   * The relative word of the parse's other misreading, or null: in "A senior diplomat who asked
   * not to be identified said talks would resume", CoreNLP's basic tree can make the cue the verb
   * of the relative clause, its object the relative word and its subject the clause's own verb
   * (acl:relcl(diplomat, said), obj(said, who), nsubj(said, asked)). A past verb with words of its
   * own ("asked not to be identified", "declined to be named") as a subject is the sign; "the man
   * who the police say fired" has a noun there and is left to the tree.
   */
  static IndexedWord misreadRelativeWord(SemanticGraph tree, IndexedWord verb) {
    IndexedWord parent = tree.getParent(verb);
    if (parent == null
        || !tree.getEdge(parent, verb).getRelation().toString().equals("acl:relcl")) {
      return null;
    }
    IndexedWord subject = Subtrees.child(tree, verb, "nsubj");
    if (subject == null || !PAST_VERB_TAGS.contains(subject.tag())
        || !tree.hasChildren(subject)) {
      return null; // "which advocates say …" tagged "advocates" VBZ: a noun with no clause
    }
    for (IndexedWord child : tree.getChildList(verb)) {
      if (child.index() < subject.index() && opensRelative(child)
          && !"that".equalsIgnoreCase(child.word())) {
        return child;
      }
    }
    return null;
  }

  /**
   * Where the sentence's opening noun phrase starts: after "But", "Yet", "And", "So" and an
   * opening adverb with its comma ("Therefore, …"); -1 when it opens otherwise ("After the vote,
   * …", a quotation).
   */
  private static int openingPhraseStart(List<IndexedWord> words) {
    int k = 0;
    if (k < words.size() && "CC".equals(words.get(k).tag())) {
      k++;
    }
    if (k + 1 < words.size() && "RB".equals(words.get(k).tag())
        && words.get(k + 1).word().equals(",")) {
      k += 2;
    }
    return k < words.size() && PHRASE_TAGS.contains(words.get(k).tag()) ? k : -1;
  }

  /** The phrase's head: its last noun ("many officials", "Shane Shook"). */
  private static IndexedWord head(List<IndexedWord> words, int begin, int end) {
    IndexedWord head = null;
    for (int k = begin; k < end; k++) {
      String tag = words.get(k).tag();
      if (tag != null && (tag.startsWith("NN") || tag.equals("PRP"))) {
        head = words.get(k);
      }
    }
    return head;
  }

  /**
   * Between the subject phrase and the cue: modifiers with no finite verb ("interviewed at the
   * rallies this week", "on and off the island") and asides between commas, which may hold one
   * (", who joined the firm last year,"). A finite verb or a relative word outside commas means
   * the cue is not the sentence's main verb ("less credit than aides say he deserves", "the man
   * who the police say fired").
   */
  private static boolean onlyModifiersAndAsides(List<IndexedWord> words, int from, int to) {
    boolean inAside = false;
    for (int k = from; k < to; k++) {
      IndexedWord w = words.get(k);
      if (w.word().equals(",")) {
        inAside = !inAside;
      } else if (!inAside && (PennTags.isFinite(w.tag()) || isQuoteMark(w) || opensRelative(w))) {
        return false; // "The man who the police say fired …": the police's claim, not the man's
      } else if (w.word().equals(";") || w.word().equals(":")) {
        return false;
      }
    }
    return !inAside;
  }

  /**
   * The clause after the cue, without "that", to the sentence's end: it must hold a finite verb
   * before any semicolon; null otherwise ("wants to hear" is no clause).
   */
  private static int[] clauseAfter(List<IndexedWord> words, int from) {
    int begin = from;
    if (begin < words.size() && lower(words.get(begin)).equals("that")) {
      begin++;
    }
    int end = words.size();
    boolean finite = false;
    for (int k = begin; k < words.size(); k++) {
      IndexedWord w = words.get(k);
      if (w.word().equals(";") || isQuoteMark(w)) {
        end = k;
        break;
      }
      finite |= PennTags.isFinite(w.tag());
    }
    while (end > begin && !Character.isLetterOrDigit(words.get(end - 1).word().charAt(0))) {
      end--;
    }
    if (!finite || end <= begin + 1) {
      return null;
    }
    return new int[] {words.get(begin).beginPosition(), words.get(end - 1).endPosition()};
  }

  /** "who", "which", "that": a relative clause, whose own subject the cue belongs to. */
  private static boolean opensRelative(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("W") || "that".equalsIgnoreCase(w.word());
  }

  private static boolean isQuoteMark(IndexedWord w) {
    String t = w.tag();
    return "``".equals(t) || "''".equals(t);
  }

  private static String lower(IndexedWord w) {
    return w.word().toLowerCase(Locale.ROOT);
  }
}
