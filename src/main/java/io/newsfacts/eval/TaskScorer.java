package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import java.util.List;
import java.util.Map;

/** Scores one system's facts for one gold document on one task. */
public interface TaskScorer {

  /** The task's name: dates, entities, quotes. */
  String task();

  /** The metrics' names, in report order. */
  List<String> metrics();

  /** Counts per metric (every name of {@link #metrics()}) and the disagreements of one document. */
  DocScore score(GoldDocument gold, ArticleFacts facts);

  /** One document's counts and disagreements. */
  record DocScore(Map<String, Prf> counts, List<Disagreement> disagreements) {}
}
