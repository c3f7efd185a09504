package io.newsfacts.eval;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs systems over a set's gold documents and scores them with one {@link TaskScorer}. Each
 * document goes to every system in turn (so a {@code --limit} run compares like with like); a
 * document a system fails on is recorded and scored as empty output.
 */
public final class EvalRunner {

  private EvalRunner() {}

  /** The article a gold document is fed as: its text and publication date, nothing else. */
  public static Article article(GoldDocument doc, String set) {
    return new Article(doc.id(), new SourceInfo(set + "/" + doc.id(), SourceFormat.TXT,
        sha256(doc.text())), null, doc.publishedDate(), null, doc.text());
  }

  public static EvalReport run(String set, String data, TaskScorer scorer,
      List<GoldDocument> docs, List<EvalSystem> systems, Progress progress) {
    int n = systems.size();
    List<Map<String, Prf>> totals = new ArrayList<>();
    List<List<String>> failures = new ArrayList<>();
    List<List<Disagreement>> disagreements = new ArrayList<>();
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      Map<String, Prf> t = new LinkedHashMap<>();
      scorer.metrics().forEach(m -> t.put(m, Prf.ZERO));
      totals.add(t);
      failures.add(new ArrayList<>());
      disagreements.add(new ArrayList<>());
    }
    for (GoldDocument doc : docs) {
      Article article = article(doc, set);
      for (int i = 0; i < n; i++) {
        ArticleFacts facts = null;
        long t0 = System.nanoTime();
        try {
          facts = systems.get(i).process().apply(article);
        } catch (RuntimeException e) {
          failures.get(i).add(doc.id() + ": " + oneLine(e));
        }
        nanos[i] += System.nanoTime() - t0;
        TaskScorer.DocScore score = scorer.score(doc, facts);
        Map<String, Prf> t = totals.get(i);
        score.counts().forEach((m, prf) -> t.merge(m, prf, Prf::plus));
        disagreements.get(i).addAll(score.disagreements());
      }
      progress.step();
    }
    List<EvalReport.SystemResult> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      results.add(new EvalReport.SystemResult(systems.get(i).name(), nanos[i] / 1e9,
          failures.get(i), totals.get(i), disagreements.get(i)));
    }
    return new EvalReport(set, scorer.task(), data, LocalDate.now().toString(), docs.size(),
        results);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
