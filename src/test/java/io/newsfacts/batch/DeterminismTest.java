package io.newsfacts.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfacts.NewsFacts;
import io.newsfacts.eval.TimeMlReader;
import io.newsfacts.model.Article;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import io.newsfacts.output.Json;
import io.newsfacts.testing.SharedPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An article's JSON is a function of that article alone: the same whatever ran before it in the
 * JVM, in which order, and on how many threads. Each set runs three times: forward on one thread
 * with a future-tense "primer" article before every article, backward with a past-tense one, and
 * backward on two threads with both.
 */
@Tag("models")
class DeterminismTest {

  private static final Path TIMEBANK = Path.of("../shared/eval/timebank");

  /** Weekdays, months and seasons in every tense: what SUTime's shared state used to carry. */
  private static final List<Article> PRIMERS = List.of(
      article("primer-past", "1991-12-03", "Sources said Monday that aides met Tuesday. They "
          + "talked in March, met Sunday and Saturday, and the report came out in the spring."),
      article("primer-future", "2005-07-14", "Ministers will vote Monday and will meet Friday. "
          + "The law takes effect in January and the summit will open in the fall."));

  private static final List<Article> OWN = List.of(
      article("weekday-present", "1998-05-01",
          "He and the Palestinian leader meet separately Monday with the secretary of state."),
      article("weekday-past", "1998-05-01", "Officials said Wednesday the talks had stalled."),
      article("weekday-future", "1998-05-01", "The board will decide Tuesday."),
      article("months", "2003-06-10", "Sales rose in March. Elections are due in November, "
          + "and the company reports in the fall."),
      article("deadline", "1989-11-01", "Lawmakers worked toward the Tuesday deadline."));

  @Test
  void ownArticlesGiveTheSameJsonInAnyOrderAfterAnyArticleOnAnyThreadCount() throws Exception {
    assertSameJsonInEveryRun(OWN);
  }

  @Test
  void timeBankGivesTheSameJsonInAnyOrderAfterAnyArticleOnAnyThreadCount() throws Exception {
    assumeTrue(Files.isDirectory(TIMEBANK), "../shared/eval/timebank is not here");
    List<Article> articles = TimeMlReader.readFolder(TIMEBANK).stream()
        .map(doc -> article(doc.id(), doc.publishedDate() == null ? null
            : doc.publishedDate().toString(), doc.text()))
        .toList();
    assertSameJsonInEveryRun(articles);
  }

  private static void assertSameJsonInEveryRun(List<Article> articles) throws Exception {
    List<Article> backward = new ArrayList<>(articles);
    Collections.reverse(backward);
    Map<String, String> first = run(articles, 1, List.of(PRIMERS.get(1)));
    Map<String, String> second = run(backward, 1, List.of(PRIMERS.get(0)));
    Map<String, String> third = run(backward, 2, PRIMERS);

    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(third.keySet()).isEqualTo(first.keySet());
    for (String id : first.keySet()) {
      assertThat(second.get(id)).as("article %s, backward after past tense", id)
          .isEqualTo(first.get(id));
      assertThat(third.get(id)).as("article %s, backward on two threads", id)
          .isEqualTo(first.get(id));
    }
  }

  /**
   * Each article's JSON, as the batch writes it. The primers take turns just before each article
   * (on one thread, strictly before it).
   */
  private static Map<String, String> run(List<Article> articles, int threads,
      List<Article> primers) throws Exception {
    NewsFacts pipeline = SharedPipeline.get();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<String>> pending = new TreeMap<>();
      int turn = 0;
      for (Article article : articles) {
        Article primer = primers.get(turn++ % primers.size());
        pending.put(article.id(), workers.submit(() -> {
          pipeline.process(primer);
          return Json.PRETTY.writeValueAsString(pipeline.process(article));
        }));
      }
      Map<String, String> json = new TreeMap<>();
      for (Map.Entry<String, Future<String>> entry : pending.entrySet()) {
        json.put(entry.getKey(), entry.getValue().get());
      }
      return json;
    } finally {
      workers.shutdownNow();
    }
  }

  private static Article article(String id, String publishedDate, String text) {
    return new Article(id, new SourceInfo(id + ".txt", SourceFormat.TXT, "0"), null,
        publishedDate == null ? null : LocalDate.parse(publishedDate), null, text);
  }
}
