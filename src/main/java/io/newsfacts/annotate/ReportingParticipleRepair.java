package io.newsfacts.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One misreading of CoreNLP's dependency parser, mended in the basic tree before anything reads
 * it: a reporting participle before a clause without "that" taken for a subordinating word, as
 * "considering" or "assuming" are. In "Smith denied the charge, adding he had done nothing wrong"
 * and "Xinhua quoted an official as saying the talks had stalled" the parser gives {@code
 * mark(done, adding)} and {@code mark(stalled, saying)}: the participle governs nothing, so no
 * reading of the tree finds what was added or said, or who said it.
 *
 * <p>The mend makes the participle the head it should be: it takes the clause's place under the
 * clause's parent as the adverbial clause ({@code advcl}) a participle set after its verb is,
 * whatever the parser called the clause there ({@code ccomp}, {@code advcl}), the clause becomes
 * its {@code ccomp}, and the markers before the participle ("as saying") move to it. Only
 * participles of saying from a fixed list, with no dependents of their own, before a clause
 * with a subject of its own, are touched.
 */
final class ReportingParticipleRepair {

  /**
   * Participles that report a clause; words that really subordinate ("considering", "assuming",
   * "given", "provided", "including", "following") are not in it.
   */
  static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "arguing",
      "claiming", "insisting", "warning", "explaining", "stressing", "asserting", "stating",
      "acknowledging", "suggesting", "contending", "charging", "alleging", "maintaining",
      "complaining", "predicting", "conceding", "emphasizing", "emphasising", "declaring",
      "announcing", "reporting", "writing", "recalling", "promising", "vowing", "boasting");

  private static final GrammaticalRelation MARK = UniversalEnglishGrammaticalRelations.MARKER;
  private static final GrammaticalRelation ADVCL =
      UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER;
  private static final GrammaticalRelation CCOMP =
      UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT;

  private ReportingParticipleRepair() {}

  /** Mends every such participle of {@code tree} in place. */
  static void apply(SemanticGraph tree) {
    for (SemanticGraphEdge edge : new ArrayList<>(tree.edgeListSorted())) {
      IndexedWord participle = edge.getDependent();
      IndexedWord clause = edge.getGovernor();
      if (isMisreadParticiple(tree, edge, participle, clause)) {
        mend(tree, edge, participle, clause);
      }
    }
  }

  private static boolean isMisreadParticiple(SemanticGraph tree, SemanticGraphEdge edge,
      IndexedWord participle, IndexedWord clause) {
    return edge.getRelation().toString().equals("mark")
        && "VBG".equals(participle.tag())
        && PARTICIPLES.contains(participle.word().toLowerCase(Locale.ROOT))
        && participle.index() < clause.index()
        && !tree.hasChildren(participle)
        && tree.getParent(clause) != null
        && hasSubject(tree, clause);
  }

  private static void mend(SemanticGraph tree, SemanticGraphEdge markEdge,
      IndexedWord participle, IndexedWord clause) {
    IndexedWord parent = tree.getParent(clause);
    SemanticGraphEdge clauseEdge = tree.getEdge(parent, clause);
    List<SemanticGraphEdge> markersBefore = new ArrayList<>();
    for (SemanticGraphEdge e : tree.outgoingEdgeIterable(clause)) {
      if (e != markEdge && e.getRelation().toString().equals("mark")
          && e.getDependent().index() < participle.index()) {
        markersBefore.add(e); // "as" of "as saying"
      }
    }
    tree.removeEdge(markEdge);
    tree.removeEdge(clauseEdge);
    tree.addEdge(parent, participle, ADVCL, clauseEdge.getWeight(), false);
    tree.addEdge(participle, clause, CCOMP, clauseEdge.getWeight(), false);
    for (SemanticGraphEdge e : markersBefore) {
      tree.removeEdge(e);
      tree.addEdge(participle, e.getDependent(), MARK, e.getWeight(), false);
    }
  }

  private static boolean hasSubject(SemanticGraph tree, IndexedWord clause) {
    for (SemanticGraphEdge e : tree.outgoingEdgeIterable(clause)) {
      if (e.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }
}
