package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfacts.output.Json;
import io.newsfacts.testing.SharedPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one evaluation test that loads models (the shared NewsFacts pipeline, and plain CoreNLP's):
 * both systems on the first three TimeBank documents.
 * Skipped when {@code ../shared/eval/timebank} is absent.
 */
@Tag("models")
class EvaluateTimeBankIntegrationTest {

  private static final Path TIMEBANK = Path.of("../shared/eval/timebank");

  @Test
  void bothSystemsOnThreeTimeBankDocuments(@TempDir Path out) throws Exception {
    assumeTrue(Files.isDirectory(TIMEBANK), "no " + TIMEBANK);
    Evaluator evaluator = new Evaluator(SharedPipeline::get, true, true);
    EvalReport report = evaluator.evaluate(EvalTask.DATES, TIMEBANK, 3, (s, n) -> Progress.none());

    assertEquals(3, report.documents());
    assertEquals(Evaluator.NEWSFACTS, report.systems().get(0).name());
    assertEquals(Evaluator.BASELINE, report.systems().get(1).name());
    for (EvalReport.SystemResult system : report.systems()) {
      assertTrue(system.failures().isEmpty(), system.name() + ": " + system.failures());
      Prf relaxed = system.metrics().get(DateScorer.RELAXED);
      assertTrue(relaxed.gold() > 10, "gold TIMEX3s: " + relaxed.gold());
      assertTrue(relaxed.f1() > 0.6, system.name() + " relaxed F1 " + relaxed.f1());
    }
    Path json = Evaluator.write(report, out);
    assertEquals("timebank.json", json.getFileName().toString());
    assertEquals("dates", Json.MAPPER.readTree(json.toFile()).get("task").asText());
    assertTrue(report.markdown().contains("| value F1 |"));
  }
}
