package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a reported clause ends. Its dependency subtree also holds what the writer adds after a
 * comma: a contrast ("54 percent said they liked her, while 30 percent did not") or a comparison
 * (", compared with 64 percent …"). The PolNeAR guidelines end the content before them: they are
 * not what the source said. A coordinated clause after a comma (", and three-quarters said the
 * same") was tried and dropped: as often it is still the source's ("that I had long felt that
 * way, and “in this case …”").
 */
final class ContentExtent {

  /** Subordinators of a writer's contrast, not of the source's reasoning ("because" stays). */
  private static final Set<String> CONTRAST_MARKS = Set.of("while", "whereas", "compared");
  private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP");

  private ContentExtent() {}

  /**
   * The span of the clause headed by {@code head}, without trailing asides after a comma and
   * without a next report coordinated onto it (see {@link #isNextReport}).
   */
  static int[] clause(SemanticGraph tree, IndexedWord head) {
    int[] span = Subtrees.span(tree, head);
    int cut = span[1];
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() > head.index() && (isAside(tree, edge)
          && commaBefore(tree, dependent) || isNextReport(tree, edge))) {
        cut = Math.min(cut, Subtrees.span(tree, dependent)[0]);
      }
    }
    return new int[] {span[0], cut};
  }

  /**
   * "Two in three said they would stay home, and nearly half said they …", "He said the plan
   * was sound and noted that …": the parser often coordinates the second report with the
   * reported clause of the first, not with its cue. A conjunct that reports a clause of its own,
   * under a subject of its own or with a verb of saying, is a new relation (the PolNeAR
   * guidelines mark two); it ends the first content, which would otherwise swallow it.
   * "voters know the cost and believe that …" (a verb of thought sharing the clause's subject)
   * stays inside.
   */
  static boolean isNextReport(SemanticGraph tree, SemanticGraphEdge edge) {
    IndexedWord verb = edge.getDependent();
    if (!edge.getRelation().toString().equals("conj")
        || !AttributionCues.isCue(verb.lemma(), verb.tag())
        || Subtrees.child(tree, verb, "ccomp") == null) {
      return false;
    }
    return Subtrees.child(tree, verb, "nsubj") != null
        || SpeechVerbs.isSpeechVerb(verb.lemma(), verb.tag());
  }

  private static boolean isAside(SemanticGraph tree, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    IndexedWord dependent = edge.getDependent();
    if (!relation.equals("advcl")) {
      return false;
    }
    IndexedWord first = Subtrees.firstWord(tree, dependent);
    IndexedWord word = first.word().equals(",")
        ? tree.getNodeByIndexSafe(first.index() + 1) : first;
    return word != null && CONTRAST_MARKS.contains(word.word().toLowerCase(Locale.ROOT));
  }

  /** The dependent's phrase follows a comma (the comma may open it or close the one before). */
  private static boolean commaBefore(SemanticGraph tree, IndexedWord dependent) {
    IndexedWord first = Subtrees.firstWord(tree, dependent);
    IndexedWord before = tree.getNodeByIndexSafe(first.index() - 1);
    return first.word().equals(",") || (before != null && before.word().equals(","));
  }

  /**
   * "All of this, he acknowledges, could be undone": a cue set off by commas inside the clause it
   * reports. The content is the whole clause, the words before the cue too, as the guidelines mark
   * it; the parse gives only the part after the cue.
   */
  static int[] aroundMidCue(String text, SemanticGraph tree, IndexedWord subject,
      IndexedWord verb, int[] content) {
    int cueBegin = Subtrees.span(tree, subject)[0];
    int before = skipSpaces(text, cueBegin - 1, -1);
    int after = skipSpaces(text, verb.endPosition(), 1);
    if (before < 0 || after >= text.length() || text.charAt(before) != ','
        || text.charAt(after) != ',' || skipSpaces(text, after + 1, 1) != content[0]) {
      return content;
    }
    int sentenceBegin = tree.vertexListSorted().get(0).beginPosition();
    return sentenceBegin < before ? new int[] {sentenceBegin, content[1]} : content;
  }

  /**
   * "The argument would be helped, Devine said, by the primary calendar", "He had no known
   * political ties, the airline added, and had passed all checks": a cue set off by commas after
   * the start of the clause it reports, the clause going on after it. The guidelines' content is
   * the whole clause, cue inside; this gives where it ends (without a writer's ", while …"), or
   * -1 when nothing of the clause follows the cue's phrase.
   */
  static int pastMidCue(SemanticGraph tree, IndexedWord clause, IndexedWord cue) {
    int ownEnd = Subtrees.span(tree, cue)[1];
    boolean after = false;
    for (IndexedWord w : tree.descendants(clause)) {
      after |= w.beginPosition() >= ownEnd && isWord(w);
    }
    return after ? clause(tree, clause)[1] : -1;
  }

  /**
   * "repeal the Hyde Amendment, a longstanding federal provision that …", "announced his
   * engagement to Jerry Hall, who is the ex-wife of …", "had reached $2 million — a high sum":
   * a content ends before an apposition or a relative clause set off by a comma or dash at its
   * very end. That is the writer telling the reader who or what the noun is, not what the source
   * said or stands for, and the PolNeAR guidelines leave it out. One inside the content ("the
   * plan, which costs millions, would …") stays.
   */
  static int[] withoutTrailingAside(SemanticGraph tree, int[] content) {
    for (SemanticGraphEdge edge : tree.edgeIterable()) {
      String relation = edge.getRelation().toString();
      IndexedWord noun = edge.getGovernor();
      if (!relation.equals("appos") && !relation.equals("acl:relcl") || noun.tag() == null
          || !noun.tag().startsWith("NN") || noun.beginPosition() < content[0]
          || noun.endPosition() > content[1]) {
        continue;
      }
      IndexedWord first = Subtrees.firstWord(tree, edge.getDependent());
      IndexedWord before = tree.getNodeByIndexSafe(first.index() - 1);
      IndexedWord mark = first.word().equals(",") || Subtrees.isDash(first) ? first
          : before != null && (before.word().equals(",") || Subtrees.isDash(before)) ? before : null;
      int[] aside = Subtrees.span(tree, edge.getDependent());
      if (mark != null && mark.beginPosition() >= noun.endPosition()
          && mark.beginPosition() > content[0] && aside[0] < content[1]
          && !wordsAfter(tree, aside[1], content[1])) {
        return new int[] {content[0], mark.beginPosition()};
      }
    }
    return content;
  }

  /** A word (not punctuation) between the two positions. */
  private static boolean wordsAfter(SemanticGraph tree, int from, int to) {
    return anyBetween(tree, from, to, ContentExtent::isWord);
  }

  /** A token lying wholly between the two char positions that passes the test. */
  static boolean anyBetween(SemanticGraph tree, int from, int to, Predicate<IndexedWord> test) {
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.beginPosition() >= from && w.endPosition() <= to && test.test(w)) {
        return true;
      }
    }
    return false;
  }

  /** A word, not punctuation: punctuation tags (",", ".", "``", "-LRB-") open with no letter. */
  private static boolean isWord(IndexedWord w) {
    return w.tag() != null && !w.tag().isEmpty() && Character.isLetterOrDigit(w.tag().charAt(0));
  }

  private static int skipSpaces(String text, int i, int step) {
    while (i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i += step;
    }
    return i;
  }

  /**
   * "the delegate system, which he said runs the risk of …": a cue inside a relative clause whose
   * relative word stands for the reported clause's subject. The guidelines' content is the whole
   * relative clause from "which" (source and cue inside it); the parse leaves "which" outside the
   * reported clause.
   */
  static int[] fromRelativeWord(SemanticGraph tree, IndexedWord verb, IndexedWord subject,
      int[] content) {
    IndexedWord parent = tree.getParent(verb);
    if (parent == null || subject == null || content[0] < verb.endPosition()
        || !tree.getEdge(parent, verb).getRelation().toString().equals("acl:relcl")) {
      return content;
    }
    IndexedWord relative = tree.getNodeByIndexSafe(Subtrees.firstWord(tree, subject).index() - 1);
    return relative != null && RELATIVE_TAGS.contains(relative.tag())
        && relative.index() > parent.index()
        ? new int[] {relative.beginPosition(), content[1]} : content;
  }

  /**
   * "According to exit polls conducted for the AP by Edison Research, most voters …": when the
   * parse hangs the source's participle phrase on the clause, the content opened with it. A
   * content that opens with a past participle and no finite verb before its first comma starts
   * after that comma.
   */
  static int[] pastSourceParticiple(String text, SemanticGraph tree, int[] content) {
    if (content == null) {
      return null;
    }
    boolean first = true;
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.beginPosition() >= content[0] && w.beginPosition() < content[1]) {
        if (first) {
          if (!"VBN".equals(w.tag())) {
            return content;
          }
          first = false;
        } else if (w.word().equals(",")) {
          int b = w.endPosition();
          while (b < content[1] && Character.isWhitespace(text.charAt(b))) {
            b++;
          }
          return b < content[1] ? new int[] {b, content[1]} : content;
        } else if (PennTags.isFinite(w.tag())) {
          return content;
        }
      }
    }
    return content;
  }
}
