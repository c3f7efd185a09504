package io.newsfacts.extract;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.annotate.AnnotationPipeline;
import io.newsfacts.annotate.DependenciesOnDemand;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.eval.Disagreement;
import io.newsfacts.eval.EvalRunner;
import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.Prf;
import io.newsfacts.eval.QuoteJsonlReader;
import io.newsfacts.eval.QuoteScorer;
import io.newsfacts.eval.TaskScorer;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Quote;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool for speaker error analysis, not a test: annotates each gold article once (every
 * sentence parsed) and keeps the annotation on disk, so that a change to the extractors is
 * re-scored in seconds instead of re-annotating. Prints speaker accuracy as {@code evaluate} counts
 * it and writes every speaker disagreement with its context.
 *
 * <p>Run: {@code mvn -q test-compile} then {@code java -cp
 * target/test-classes:target/classes:target/lib/* io.newsfacts.extract.SpeakerDevHarness
 * GOLD.jsonl LIMIT CACHE_DIR OUT.txt}.
 */
public final class SpeakerDevHarness {

  public static void main(String[] args) throws Exception {
    List<GoldDocument> docs = QuoteJsonlReader.read(Path.of(args[0]));
    int limit = Integer.parseInt(args[1]);
    Path cache = Path.of(args[2]);
    Files.createDirectories(cache);
    AnnotationPipeline pipeline = null;
    FactExtractor extractor = new FactExtractor();
    QuoteScorer scorer = new QuoteScorer();
    Prf speaker = Prf.ZERO;
    Prf overlap = Prf.ZERO;
    Prf exact = Prf.ZERO;
    int descriptions = 0;
    int linked = 0;
    int missed = 0;
    int missedInside = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
      for (GoldDocument doc : docs.subList(0, limit == 0 ? docs.size() : Math.min(limit,
          docs.size()))) {
        Path file = cache.resolve(doc.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".ser.gz");
        Annotation annotation;
        if (Files.exists(file)) {
          try (ObjectInputStream in = new ObjectInputStream(
              new GZIPInputStream(Files.newInputStream(file)))) {
            annotation = (Annotation) in.readObject();
          }
        } else {
          if (pipeline == null) {
            pipeline = new AnnotationPipeline(PipelineConfig.defaults(),
                QuoteFinder::primaryMarkBegins);
          }
          CoreDocument fresh = pipeline.annotate(doc.text(), doc.publishedDate());
          for (CoreSentence s : fresh.sentences()) {
            DependenciesOnDemand.basicTree(s);
          }
          annotation = fresh.annotation();
          annotation.remove(DependenciesOnDemand.ParserAnnotation.class);
          try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(
              new GZIPOutputStream(Files.newOutputStream(file))))) {
            o.writeObject(annotation);
          }
        }
        CoreDocument document = new CoreDocument(annotation);
        if (args.length > 4) {
          // debugging: the basic trees of the sentences that hold a given phrase
          for (CoreSentence s : document.sentences()) {
            if (s.text().contains(args[4])) {
              System.out.println(s.text() + "\n" + DependenciesOnDemand.basicTree(s));
            }
          }
        }
        ArticleFacts facts = extractor.extract(EvalRunner.article(doc, "dev"), document);
        TaskScorer.DocScore score = scorer.score(doc, facts);
        for (Quote q : facts.quotes()) {
          if (q.speaker() != null && q.speaker().text().matches("(?i)^((the|a|an) .*|they|we)")) {
            descriptions++;
            linked += q.speaker().entityId() == null ? 0 : 1;
            if (args.length > 5) {
              System.out.println("DESC " + q.speaker().text() + " -> " + facts.entities().stream()
                  .filter(e -> e.id().equals(q.speaker().entityId())).map(e -> e.name())
                  .findFirst().orElse("-"));
            }
          }
        }
        speaker = speaker.plus(score.counts().get(QuoteScorer.SPEAKER));
        overlap = overlap.plus(score.counts().get(QuoteScorer.OVERLAP));
        exact = exact.plus(score.counts().get(QuoteScorer.EXACT));
        for (Disagreement d : score.disagreements()) {
          if (d.kind().equals("missed")) {
            missed++;
            boolean covered = facts.quotes().stream()
                .anyMatch(q -> q.start() <= d.gold().start() && d.gold().end() <= q.end());
            missedInside += covered ? 1 : 0;
          }
          if (!d.kind().contains("speaker") && !d.kind().equals("missed")) {
            continue;
          }
          Quote ours = d.ours() == null ? null : facts.quotes().stream()
              .filter(q -> q.start() == d.ours().start()).findFirst().orElse(null);
          out.printf("== %s %s%n  GOLD %s | %s%n  OURS %s [%s] cue=%s%n  CTX %s%n%n", d.doc(),
              d.kind(), d.gold().value(), clip(d.gold().text()),
              d.ours() == null ? "-" : d.ours().value(),
              ours == null || ours.speaker() == null ? "" : ours.speaker().entityId(),
              ours == null ? "" : ours.cue(), context(doc.text(), d.gold().start(),
                  d.gold().end()));
        }
      }
    }
    System.out.printf("speaker %d/%d = %.1f; overlap recall %.1f exact recall %.1f%n",
        speaker.matchedGold(), speaker.gold(), 100.0 * speaker.matchedGold() / speaker.gold(),
        100.0 * overlap.matchedGold() / overlap.gold(), 100.0 * exact.matchedGold() / exact.gold());
    System.out.printf("gold quotes not aligned %d, of them inside a longer quotation of ours %d%n",
        missed, missedInside);
    System.out.printf("descriptions as speakers %d, linked to an entity %d%n", descriptions, linked);
  }

  private static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 300);
    int to = Math.min(text.length(), end + 150);
    return text.substring(from, to).replace('\n', '¶');
  }
}
