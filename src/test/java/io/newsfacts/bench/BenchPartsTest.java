package io.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.eval.GoldDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's pure parts; nothing here loads models or measures time. */
class BenchPartsTest {

  private static final String STATUS = """
      Name:\tjava
      State:\tS (sleeping)
      Pid:\t4242
      VmPeak:\t 9876543 kB
      VmSize:\t 9000000 kB
      VmHWM:\t 4900000 kB
      VmRSS:\t 3100000 kB
      Threads:\t42
      """;

  @Test
  void medianOfOddEvenAndEmpty() {
    assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertTrue(Double.isNaN(Stats.median(List.of())));
    assertEquals(2.0, Stats.median(List.of(Double.NaN, 2.0))); // a run without figure is skipped
    assertEquals(0.5, Stats.ratio(1, 2));
    assertTrue(Double.isNaN(Stats.ratio(1, Double.NaN)));
  }

  @Test
  void readsKilobyteFieldsOfProcStatus() {
    assertEquals(OptionalLong.of(4_900_000L * 1024), ProcStatus.kilobytesField(STATUS, "VmHWM"));
    assertEquals(OptionalLong.of(3_100_000L * 1024), ProcStatus.kilobytesField(STATUS, "VmRSS"));
    assertEquals(OptionalLong.empty(), ProcStatus.kilobytesField(STATUS, "VmSwap"));
    assertEquals(OptionalLong.empty(), ProcStatus.kilobytesField("VmHWM:\tlots kB\n", "VmHWM"));
    assertEquals(OptionalLong.of(16L * 1024 * 1024 * 1024),
        ProcStatus.kilobytesField("MemTotal:       16777216 kB\n", "MemTotal"));
  }

  @Test
  void readsCpuTicksOfProcStat() {
    // the command name may hold spaces and parentheses; fields count from after the last ')'
    String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 12345 678 0 0 20 0 "
        + "42 0 1000 9000000000 750000 18446744073709551615";
    assertEquals(130.23, ProcStatus.cpuSeconds(stat, 100).orElseThrow(), 1e-9);
    assertTrue(ProcStatus.cpuSeconds("garbage", 100).isEmpty());
  }

  @Test
  void replicaNamesAreDistinct() {
    assertEquals("APW19980213.1310", Replicas.name("APW19980213.1310", 0));
    assertEquals("APW19980213.1310-copy9", Replicas.name("APW19980213.1310", 9));
    assertEquals(1830, Replicas.size(183, 10));
    assertThrows(IllegalArgumentException.class, () -> Replicas.size(183, 0));
  }

  @Test
  void writesEachCopyWithItsDateForBothSystems(@TempDir Path dir) throws Exception {
    List<GoldDocument> docs = List.of(
        new GoldDocument("a1", "Text one.", LocalDate.of(1998, 1, 8), List.of(), List.of(),
            List.of()),
        new GoldDocument("b2", "Text two.", null, List.of(), List.of(), List.of()));
    BenchCorpus corpus = BenchCorpus.write(docs, 3, dir);
    assertEquals(6, corpus.articles());
    assertEquals("Text one.", Files.readString(corpus.texts().resolve("a1-copy2.txt")));
    assertTrue(Files.readString(corpus.texts().resolve("a1-copy1.meta.json"))
        .contains("\"publishedDate\": \"1998-01-08\""));
    assertTrue(Files.notExists(corpus.texts().resolve("b2.meta.json")));
    assertEquals(6, Files.readAllLines(corpus.fileList()).size());
    assertEquals(List.of("a1.txt\t1998-01-08", "a1-copy1.txt\t1998-01-08",
        "a1-copy2.txt\t1998-01-08"), Files.readAllLines(corpus.dateMapping()));
  }

  @Test
  void steadyStateExcludesStartUp() {
    long s = 1_000_000_000L;
    // started at 0, first article at 10 s, last at 30 s, exit at 31 s; 5 articles, 1000 tokens
    RunObservation seen = new RunObservation(0, 10 * s, 30 * s, 31 * s, 5, 2_000_000_000L, 50.0, 0);
    RunFigures f = RunFigures.of("ours", 1, seen, 1000, "1.5");
    assertEquals(10.0, f.startupSeconds(), 1e-9);
    assertEquals(31.0, f.wallSeconds(), 1e-9);
    assertEquals(800.0 / 20, f.tokensPerSecond(), 1e-9);
    assertEquals(4.0 / 20, f.articlesPerSecond(), 1e-9);
    RunFigures none = RunFigures.of("ours", 1, new RunObservation(0, -1, -1, s, 0, 0, Double.NaN, 1), 0,
        "1.5");
    assertTrue(Double.isNaN(none.startupSeconds()));
    assertTrue(Double.isNaN(none.tokensPerSecond()));
  }

  @Test
  void tableHasMediansRatiosAndEveryRun() {
    List<RunFigures> runs = List.of(
        new RunFigures("ours", 1, 183, 9.0, 60.0, 65000, 1300, 3.0, 2_000_000_000L, 100, 0, "1.0"),
        new RunFigures("corenlp", 1, 183, 20.0, 400.0, 66000, 170, 0.5, 6_000_000_000L, 700, 0, "2.0"),
        new RunFigures("ours", 2, 183, 11.0, 70.0, 65000, 1100, 2.0, 2_200_000_000L, 110, 0, "1.0"),
        new RunFigures("corenlp", 2, 183, 22.0, 420.0, 66000, 160, 0.4, 6_200_000_000L, 800, 0, "2.0"));
    String medians = BenchTable.medians(runs);
    assertTrue(medians.startsWith("| median of 2 runs | NewsFacts | plain CoreNLP | ours/theirs |"),
        medians);
    assertTrue(medians.contains("| start-up to first article (s) | 10.0 | 21.0 | 0.48 |"), medians);
    assertTrue(medians.contains("| steady throughput (tokens/s) | 1200 | 165 | 7.27 |"), medians);
    assertTrue(medians.contains("| peak RSS (GB) | 2.10 | 6.10 | 0.34 |"), medians);
    String all = BenchTable.runs(runs);
    assertEquals(2 + 4, all.lines().count());
    assertTrue(all.contains("| 2 | corenlp | 183 | 22.0 | 160 | 0.40 | 420.0 | 800 | 6.20 | 0 | 2.0 |"),
        all);
    assertTrue(medians.contains("| CPU time, whole process (s) | 105 | 750 | 0.14 |"), medians);
    String oursOnly = BenchTable.medians(runs.subList(0, 1));
    assertTrue(oursOnly.contains("| total wall time (s) | 60.0 | – | – |"), oursOnly);
  }
}
