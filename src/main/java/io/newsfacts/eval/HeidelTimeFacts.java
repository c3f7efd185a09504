package io.newsfacts.eval;

import io.newsfacts.annotate.BaselinePipeline;
import io.newsfacts.extract.DateTokens;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HeidelTime as a third system in {@code evaluate --dates}: plain CoreNLP tokenizes, splits and
 * tags parts of speech ({@link BaselinePipeline.Task#POS}), HeidelTime finds and normalises the
 * dates. Only dates are filled in. Needs HeidelTime and UIMA on the class path (target/eval-lib).
 */
final class HeidelTimeFacts {

  private final BaselinePipeline pipeline = new BaselinePipeline(BaselinePipeline.Task.POS);
  private final HeidelTimeTagger tagger = new HeidelTimeTagger();

  synchronized ArticleFacts process(Article article) {
    String text = article.text();
    List<DateTokens.PosToken> tokens = DateTokens.of(
        pipeline.annotate(text, article.publishedDate()));
    List<DateFact> dates = new ArrayList<>();
    for (HeidelTimeTagger.Timex t : tagger.tag(text, article.publishedDate(), tokens)) {
      TimexType type;
      try {
        type = TimexType.valueOf(t.type().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException notTimeMl) {
        continue;
      }
      int sentence = tokens.stream().filter(k -> k.begin() >= t.begin()).findFirst()
          .map(DateTokens.PosToken::sentence).orElse(-1);
      dates.add(new DateFact(text.substring(t.begin(), t.end()), cp(text, t.begin()),
          cp(text, t.end()), sentence, type, t.value(),
          t.value() != null && !t.value().contains("X")));
    }
    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, article.id(), article.source(),
        article.title(), article.publishedDate(), article.url(), text, List.of(), List.of(), dates,
        List.of());
  }

  private static int cp(String text, int charOffset) {
    return text.codePointCount(0, Math.min(charOffset, text.length()));
  }
}
