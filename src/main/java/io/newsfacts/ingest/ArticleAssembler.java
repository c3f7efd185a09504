package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceInfo;
import java.time.LocalDate;

/** Cleans extracted text and puts it together with its metadata into an {@link Article}. */
final class ArticleAssembler {

  private final TextCleaner cleaner = new TextCleaner();

  Article assemble(String id, SourceInfo source, Metadata metadata, String text)
      throws ArticleProblem {
    return assemble(id, source, metadata, text, false);
  }

  /** {@code fromPage}: {@code text} is a web page's main text, its headline found in the markup. */
  Article assemble(String id, SourceInfo source, Metadata metadata, String text, boolean fromPage)
      throws ArticleProblem {
    CleanText clean = cleaner.clean(text, metadata.title(), fromPage);
    if (clean.body().isEmpty()) {
      boolean headlineTaken = clean.title() != null && metadata.title() == null;
      throw new ArticleProblem(whyEmpty(text, headlineTaken));
    }
    // Without a publication date of its own, a wire article is dated by its dateline's date
    // ("WASHINGTON, March 12, 1998 (AP) _"), which anchors its relative dates.
    LocalDate published = metadata.publishedDate() != null ? metadata.publishedDate()
        : Dateline.find(clean.body()).flatMap(Dateline::date)
            .filter(d -> !d.isBefore(PublishedDates.EARLIEST) && !d.isAfter(PublishedDates.LATEST))
            .orElse(null);
    return new Article(id, source, clean.title(), published, metadata.url(), clean.body(),
        metadata.authors());
  }

  /** Which of the cleaner's steps left nothing: the reason names it. */
  private static String whyEmpty(String text, boolean headlineTaken) {
    if (TextCleaner.normalise(text).isBlank()) {
      return "empty article";
    }
    if (headlineTaken) {
      return "empty article: only a headline, no text";
    }
    return "empty article: every line was taken for site chrome (menus, share and subscribe "
        + "lines) and removed";
  }
}
