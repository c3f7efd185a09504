package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;

/**
 * Readings of a cue word that attribute nothing, though the tree has the shape of a relation. The
 * PolNeAR guidelines' content is what the source said, thought or meant; these are not:
 * <ul>
 *   <li>the person addressed: "asked Trump", "urged them", "tell Holder" (the message, when there
 *       is one, is a clause or an infinitive, which other shapes read);
 *   <li>the thing written: "wrote the letter", "writes a weekly column";
 *   <li>a line's label or dateline before the cue: "The Latest: Clinton tells voters …",
 *       "WASHINGTON (AP) — …";
 *   <li>a content that is a handle or an address ("He tweets @pmorici1").
 * </ul>
 * A noun phrase the parser cut from a clause ("says Obama is flouting …" read as says(obj Obama))
 * was tried as a rejection and dropped: PolNeAR marks most of those, and the cut content still
 * overlaps; so was a content of one function word ("This is tweeted", "said that").
 */
final class CueSenses {

  /** Verbs whose bare object is the one addressed, not the message. */
  private static final Set<String> ADDRESSING = Set.of("ask", "urge", "tell", "remind", "assure",
      "inform", "notify", "invite");
  /** Verbs whose object before a clause is the one addressed ("warned investors prices …"). */
  private static final Set<String> ADDRESSING_BEFORE_CLAUSE = Set.of("warn", "promise",
      "reassure", "advise");
  /** Verbs whose bare object is the thing made, not the message. */
  private static final Set<String> MAKING = Set.of("write", "pen", "draft", "author");
  /** Pronouns of persons addressed ("it" can be a message: "announced it"). */
  private static final Set<String> PERSONS = Set.of("him", "her", "them", "me", "us", "you");

  private CueSenses() {}

  private static String lemmaOf(IndexedWord cue) {
    return cue.lemma() == null ? "" : cue.lemma().toLowerCase(Locale.ROOT);
  }

  /** "told reporters he …", "warned investors prices …": the cue's object is its audience. */
  static boolean addressesBeforeClause(IndexedWord cue) {
    String lemma = lemmaOf(cue);
    return ADDRESSING.contains(lemma) || ADDRESSING_BEFORE_CLAUSE.contains(lemma);
  }

  /** True when the relation read at {@code cue} attributes nothing (see the class comment). */
  static boolean rejects(String text, SemanticGraph tree, IndexedWord cue,
      ReportedSpeech.Found f) {
    int begin = f.contentBegin();
    int end = f.contentEnd();
    IndexedWord object = bareObject(tree, cue, begin, end);
    String lemma = lemmaOf(cue);
    if (object != null && (MAKING.contains(lemma)
        || ADDRESSING.contains(lemma) && addressee(tree, object))) {
      return true;
    }
    return labelBeforeCue(text, f) || text.charAt(begin) == '@' || text.startsWith("http", begin);
  }

  /** A person named or pronoun, nothing more: "asked Trump", "urged them". */
  private static boolean addressee(SemanticGraph tree, IndexedWord object) {
    if (PERSONS.contains(object.word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!"NNP".equals(object.tag())) {
      return false;
    }
    for (IndexedWord w : tree.descendants(object)) {
      if (!"NNP".equals(w.tag())) {
        return false;
      }
    }
    return true;
  }

  /** The cue's direct object when the content is exactly its phrase. */
  private static IndexedWord bareObject(SemanticGraph tree, IndexedWord cue, int begin, int end) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(cue)) {
      if (edge.getRelation().toString().equals("obj")) {
        int[] span = Subtrees.span(tree, edge.getDependent());
        if (span[0] == begin && span[1] == end) {
          return edge.getDependent();
        }
      }
    }
    return null;
  }



  /** A content before the source and cue, set off from them by a colon or a dash. */
  private static boolean labelBeforeCue(String text, ReportedSpeech.Found f) {
    int next = f.hasSource() ? Math.min(f.sourceBegin(), f.cueBegin()) : f.cueBegin();
    if (f.contentEnd() > next || next < 0) {
      return false;
    }
    String between = text.substring(f.contentEnd(), next);
    String content = text.substring(f.contentBegin(), f.contentEnd()).strip();
    return between.indexOf(':') >= 0 // a dash sets off a dateline, not "Crime fell — police said"
        || between.indexOf('\u2014') >= 0 && content.split("\\s+").length <= 3;
  }


}
