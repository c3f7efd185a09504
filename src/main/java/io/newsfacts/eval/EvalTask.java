package io.newsfacts.eval;

import io.newsfacts.annotate.BaselinePipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tasks the harness scores: how a set is read, how it is scored, and which of plain CoreNLP's
 * documented pipelines is its baseline. A set is any file or folder in the task's format.
 */
public enum EvalTask {
  /** TimeML folder ({@code *.tml}): TIMEX3 spans, types, values; DCT as publication date. */
  DATES(TimeMlReader::readFolder, DateScorer::new, BaselinePipeline.Task.NER),
  /** CoNLL-2003 column file, or folder of them: PER, ORG, LOC, MISC spans. */
  ENTITIES(ConllReader::read, EntityScorer::new, BaselinePipeline.Task.NER),
  /** Quotation JSONL file, or folder of them (format in the eval test resources' README). */
  QUOTES(QuoteJsonlReader::read, QuoteScorer::new, BaselinePipeline.Task.QUOTES),
  /**
   * Quotation JSONL with an {@code attributions} list (PolNeAR's layout). Plain CoreNLP has no
   * attribution relations, so its cheapest pipeline stands in and scores zero.
   */
  ATTRIBUTIONS(AttributionJsonlReader::read, AttributionScorer::new, BaselinePipeline.Task.NER);

  private final Function<Path, List<GoldDocument>> reader;
  private final Supplier<TaskScorer> scorer;
  private final BaselinePipeline.Task baseline;

  EvalTask(Function<Path, List<GoldDocument>> reader, Supplier<TaskScorer> scorer,
      BaselinePipeline.Task baseline) {
    this.reader = reader;
    this.scorer = scorer;
    this.baseline = baseline;
  }

  public List<GoldDocument> read(Path data) {
    return reader.apply(data);
  }

  public TaskScorer scorer() {
    return scorer.get();
  }

  public BaselinePipeline.Task baseline() {
    return baseline;
  }

  /** A set's name: its folder's name, or its file's name without extension. */
  public static String setName(Path data) {
    Path name = data.toAbsolutePath().normalize().getFileName();
    return name == null ? "set" : name.toString().replaceFirst("\\.[^.]+$", "");
  }
}
