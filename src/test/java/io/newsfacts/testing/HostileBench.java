package io.newsfacts.testing;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.newsfacts.annotate.AnnotationPipeline;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.extract.QuoteFinder;
import io.newsfacts.extract.FactExtractor;
import io.newsfacts.model.Article;
import java.util.Map;

/**
 * Times annotation and extraction of each {@link HostileTexts#benchmark} text in one JVM (models
 * load once). A measuring aid, not a test:
 *
 * <pre>
 * java -Xmx3g -XX:+UseSerialGC -cp target/newsfacts.jar:target/test-classes:target/lib/* \
 *     io.newsfacts.testing.HostileBench [KIND ...]
 * </pre>
 */
public final class HostileBench {

  private HostileBench() {}

  public static void main(String[] args) {
    AnnotationPipeline pipeline = new AnnotationPipeline(PipelineConfig.defaults(),
        QuoteFinder::primaryMarkBegins);
    FactExtractor extractor = new FactExtractor();
    // Warm up on ordinary text, so the first kind does not pay for class loading.
    pipeline.annotate(HostileTexts.longSentences(5_000, 20), null);
    System.out.printf("%-18s %8s %8s %9s %9s %10s%n",
        "kind", "bytes", "tokens", "sentences", "annotate", "extract");
    for (Map.Entry<String, String> kind : HostileTexts.benchmark().entrySet()) {
      if (args.length > 0 && !java.util.List.of(args).contains(kind.getKey())) {
        continue;
      }
      Article article = Articles.of(kind.getValue(), "2026-11-30");
      long start = System.nanoTime();
      CoreDocument document = pipeline.annotate(article.text(), article.publishedDate());
      long annotated = System.nanoTime();
      String extract;
      try {
        extractor.extract(article, document);
        extract = String.format("%9.1fs", (System.nanoTime() - annotated) / 1e9);
      } catch (RuntimeException | StackOverflowError e) {
        extract = e.getClass().getSimpleName();
      }
      System.out.printf("%-18s %8d %8d %9d %8.1fs %10s%n", kind.getKey(),
          kind.getValue().length(), document.tokens().size(), document.sentences().size(),
          (annotated - start) / 1e9, extract);
    }
  }
}
