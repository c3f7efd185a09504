package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The noun phrase that names a speaker, grown from its head word along the dependency tree: "A
 * senior US defense official", "South Korea's defense ministry", "Popular drinking hole The Idle
 * Hour", but not an apposition or a relative clause hanging off it.
 */
final class SpeakerPhrase {

  /** A phrase in char offsets, with whether it joins several speakers ("X, Y and Z"). */
  record Span(int begin, int end, boolean coordinated) {}

  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "compound:prt", "flat",
      "flat:foreign", "amod", "det", "det:predet", "nmod:poss", "nummod", "case", "conj", "cc",
      "nmod", "nmod:npmod", "nmod:tmod", "punct", "fixed", "goeswith");

  /**
   * Prepositions that open what a speaker spoke about or when, never a part of who: a person is
   * "of", "at", "from" or "with" a place or body, not "about" or "after" anything.
   */
  private static final Set<String> TOPIC_OR_TIME = Set.of("about", "regarding", "concerning",
      "after", "before", "during", "despite", "following");

  private static final Set<String> OWN = Set.of("his", "her", "their", "its");
  /** Prepositions that put a speaker's words in time: "on Monday", "in 2015", "at noon". */
  private static final Set<String> WHEN_PREPOSITIONS = Set.of("on", "in", "at", "during",
      "over", "since", "until", "earlier", "later");
  /** What only a verb of a clause takes. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj",
      "iobj", "ccomp", "xcomp", "aux", "aux:pass", "mark");

  private SpeakerPhrase() {}

  /**
   * A phrase hung on the speaker's head that says what or when they spoke, not who they are: one
   * of topic or time, or, on a name, an "of" phrase of their own thing (a name is of a place or
   * body, not "of his role").
   */
  private static boolean isWhatWasSpokenOf(SemanticGraph tree, IndexedWord head,
      IndexedWord phrase) {
    return TOPIC_OR_TIME.stream()
        .anyMatch(preposition -> Subtrees.hasCase(tree, phrase, preposition))
        || (PennTags.isProperNoun(head.tag()) && isOfOwnThing(tree, phrase));
  }

  /** "of his role", "of their plan": what someone speaks of, their own, not where they are from. */
  private static boolean isOfOwnThing(SemanticGraph tree, IndexedWord noun) {
    IndexedWord owner = Subtrees.child(tree, noun, "nmod:poss");
    return Subtrees.hasCase(tree, noun, "of") && owner != null
        && OWN.contains(owner.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "“…,” was all (that) Mr. Dunn would say", "all the mayor said": the parser hangs the "all" of
   * what was said, and the "that" opening its relative clause, on the speaker as determiners. One
   * person with a name or an article takes neither ("all the candidates said" and "all staff
   * said" keep their "all", "that official" its "that").
   */
  private static boolean isFocusDeterminer(SemanticGraph tree, IndexedWord head, String relation,
      IndexedWord child) {
    if (!relation.startsWith("det") || head.tag() == null) {
      return false;
    }
    String word = child.word().toLowerCase(Locale.ROOT);
    boolean name = head.tag().equals("NNP");
    boolean withArticle = head.tag().equals("NN") && tree.outgoingEdgeList(head).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && !e.getDependent().equals(child));
    return (name || withArticle) && word.equals("all") || name && word.equals("that");
  }

  /**
   * A date or time hung on the speaker ("on Monday", "last week"): news puts when between subject
   * and verb, and the parser may attach it to the subject, but it says when they spoke. Not a
   * year a name is "of" ("the Health Security Act of 2009"), nor a paper a reporter is "for"
   * ("USA Today", whose "Today" NER reads as a date).
   */
  private static boolean isWhenSpoken(SemanticGraph tree, String relation, IndexedWord child) {
    return Subtrees.isTimeWord(child) && (relation.equals("nmod:tmod") || relation.equals("nmod")
        && WHEN_PREPOSITIONS.stream().anyMatch(p -> Subtrees.hasCase(tree, child, p)));
  }

  /**
   * A number, or "45 years old", set off by a comma right after a name: news gives a person's age
   * so.
   */
  private static boolean isAgeAfterComma(SemanticGraph tree, IndexedWord head, IndexedWord child) {
    IndexedWord comma = tree.getNodeByIndexSafe(head.index() + 1);
    boolean age = "CD".equals(child.tag()) && child.index() == head.index() + 2
        || "old".equalsIgnoreCase(child.word()) && firstIndexOf(tree, child) == head.index() + 2;
    return age && PennTags.isProperNoun(head.tag()) && comma != null && comma.word().equals(",");
  }

  /**
   * A verb with a subject, object or clause of its own ("One that scolds … and demands that …"):
   * a noun the tagger took for a verb ("girlfriend and co-host on his channel") has none.
   */
  private static boolean isClauseVerb(SemanticGraph tree, IndexedWord word) {
    if (word.tag() == null || !word.tag().startsWith("VB")) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      if (CLAUSE_RELATIONS.contains(edge.getRelation().toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "people familiar with the matter", "sources close to the talks": the phrase of an adjective
   * set on the head says who they are, as wire copy names its unnamed sources.
   */
  private static boolean isAdjectivesPhrase(IndexedWord head, IndexedWord word, String relation) {
    return relation.equals("obl") && !word.equals(head) && word.tag() != null
        && word.tag().startsWith("JJ");
  }

  static Span grow(SemanticGraph tree, IndexedWord head) {
    int begin = head.beginPosition();
    int end = head.endPosition();
    boolean coordinated = false;
    Deque<IndexedWord> todo = new ArrayDeque<>();
    todo.push(head);
    IndexedWord name = nameAfterDescription(tree, head);
    while (!todo.isEmpty()) {
      IndexedWord word = todo.pop();
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
        String relation = edge.getRelation().toString();
        boolean described = word.equals(head) && edge.getDependent().equals(name);
        boolean adjectivesPhrase = isAdjectivesPhrase(head, word, relation);
        if (!described && !adjectivesPhrase && !PHRASE_RELATIONS.contains(relation)
            || isPunctuation(edge.getDependent())
            || (word.equals(head) && relation.equals("case"))) {
          continue; // the head's own preposition ("according to", "by") is not part of the name
        }
        if (word.equals(head) && relation.equals("nmod")
            && isWhatWasSpokenOf(tree, head, edge.getDependent())) {
          continue; // "said Stich about the unfairness of …", "quipped Pitt of his role"
        }
        IndexedWord child = edge.getDependent();
        if (word.equals(head) && isWhenSpoken(tree, relation, child)) {
          continue; // "The ministry on Monday said", "Officials last week warned": when, not who
        }
        if (word.equals(head) && isFocusDeterminer(tree, head, relation, child)) {
          continue; // "“…,” was all Mr. Dunn would say": the "all" is what he said, not who
        }
        if (word.equals(head) && isAgeAfterComma(tree, head, child)) {
          continue; // "said Ana Morales, 34, a teacher": the age says how old, not who
        }
        if (relation.equals("conj") && isClauseVerb(tree, child)) {
          continue; // a verb coordinated with a noun is a parse that lost its clause, not a name
        }
        coordinated |= word.equals(head) && relation.equals("conj");
        begin = Math.min(begin, child.beginPosition());
        end = Math.max(end, child.endPosition());
        todo.push(child);
      }
    }
    return clippedAtDashes(tree, head, new Span(begin, end, coordinated));
  }

  /**
   * "Popular drinking hole The Idle Hour said", "Cork band The Frank and Walters said": news puts a
   * description right before a name with no comma, and when the name opens with "The" the parser
   * hangs it off the description's noun as a bare {@code dep}. That name, a proper noun or starting
   * with a capital on the word right after the head, is part of the speaker's phrase and says who
   * it is; null when there is none. The description's noun must be in lower case: in a headline's
   * title case ("Sanders Pins The Rise Of ISIS On …") every word has a capital.
   */
  static IndexedWord nameAfterDescription(SemanticGraph tree, IndexedWord head) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      IndexedWord name = edge.getDependent();
      IndexedWord first = tree.getNodeByIndexSafe(head.index() + 1);
      if (edge.getRelation().toString().equals("dep") && name.tag() != null
          && name.tag().startsWith("NN") && first != null
          && firstIndexOf(tree, name) == first.index() && isLowerCase(head)
          && (PennTags.isProperNoun(name.tag()) || isCapitalised(first))) {
        return name; // the tagger may call "The Salty Dog" a common noun: its capital says name
      }
    }
    return null;
  }

  private static boolean isLowerCase(IndexedWord word) {
    return Character.isLowerCase(word.word().codePointAt(0));
  }

  private static boolean isCapitalised(IndexedWord word) {
    return Character.isUpperCase(word.word().codePointAt(0));
  }

  private static int firstIndexOf(SemanticGraph tree, IndexedWord word) {
    return tree.descendants(word).stream().mapToInt(IndexedWord::index).min()
        .orElse(word.index());
  }

  /**
   * "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed …": a dash sets off a dateline or an
   * aside, never a part of one name, though the parser may hang the words before it from the
   * name; the phrase keeps the head's side of any dash.
   */
  private static Span clippedAtDashes(SemanticGraph tree, IndexedWord head, Span span) {
    int begin = span.begin();
    int end = span.end();
    for (IndexedWord word : tree.vertexListSorted()) {
      if (!Subtrees.isDash(word) || word.beginPosition() < begin
          || word.endPosition() > end) {
        continue;
      }
      if (word.endPosition() <= head.beginPosition()) {
        begin = nextWordBegin(tree, word);
      } else if (word.beginPosition() >= head.endPosition()) {
        end = Math.min(end, lastWordEnd(tree, word));
      }
    }
    return begin == span.begin() && end == span.end() ? span
        : new Span(begin, end, span.coordinated());
  }

  private static int nextWordBegin(SemanticGraph tree, IndexedWord dash) {
    IndexedWord next = tree.getNodeByIndexSafe(dash.index() + 1);
    return next == null ? dash.endPosition() : next.beginPosition();
  }

  private static int lastWordEnd(SemanticGraph tree, IndexedWord dash) {
    IndexedWord before = tree.getNodeByIndexSafe(dash.index() - 1);
    return before == null ? dash.beginPosition() : before.endPosition();
  }

  private static boolean isPunctuation(IndexedWord word) {
    return word.tag() != null && !word.tag().isEmpty()
        && !Character.isLetterOrDigit(word.tag().charAt(0));
  }
}
