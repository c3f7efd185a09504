package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.DateFact;
import io.newsfacts.model.TimexType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner and report with stand-in systems: no models. */
class RunnerTest {

  @Test
  void runsEverySystemScoresWithTheSameCodeAndRecordsFailures() {
    GoldDocument doc = new GoldDocument("d1", "on Monday", java.time.LocalDate.of(2024, 6, 5),
        List.of(new GoldDate("Monday", 3, 9, TimexType.DATE, "2024-06-03")), List.of(), List.of());
    EvalSystem good = new EvalSystem("A", a -> {
      assertEquals(java.time.LocalDate.of(2024, 6, 5), a.publishedDate());
      return ScorersTest.facts(a.text(), List.of(), List.of(
          new DateFact("Monday", 3, 9, 0, TimexType.DATE, "2024-06-03", true)), List.of());
    });
    EvalSystem broken = new EvalSystem("B", a -> {
      throw new UnsupportedOperationException("being written");
    });
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    EvalReport r = EvalRunner.run("set", "data", new DateScorer(), List.of(doc, doc),
        List.of(good, broken), Progress.lines("set", 2, new PrintStream(lines, true,
            StandardCharsets.UTF_8)));
    assertEquals(2, r.documents());
    assertEquals(new Prf(2, 2, 2, 2), r.systems().get(0).metrics().get(DateScorer.VALUE));
    assertEquals(new Prf(0, 2, 0, 0), r.systems().get(1).metrics().get(DateScorer.VALUE));
    assertEquals(List.of("d1: UnsupportedOperationException: being written",
        "d1: UnsupportedOperationException: being written"), r.systems().get(1).failures());
    assertTrue(lines.toString(StandardCharsets.UTF_8).contains("set: 2/2 documents"));

    String md = r.markdown();
    assertTrue(md.startsWith("| set (dates, 2 docs) | A | B | delta |\n| --- | ---: | ---: | ---: |"),
        md);
    assertTrue(md.contains("| value F1 | 100.0 | 0.0 | +100.0 |"), md);
    assertTrue(md.contains("| failed documents | 0 | 2 | -2 |"), md);
  }

  @Test
  void setNames() {
    assertEquals("timebank", EvalTask.setName(java.nio.file.Path.of("../shared/eval/timebank/")));
    assertEquals("dev", EvalTask.setName(java.nio.file.Path.of("conll2003/dev.txt")));
  }

}
