package io.newsfacts.testing;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.time.LocalDate;

/** Tiny inline articles for tests. */
public final class Articles {

  private Articles() {}

  public static Article of(String text, String publishedDate) {
    return new Article("test", new SourceInfo("test/test.txt", SourceFormat.TXT, "0"), null,
        publishedDate == null ? null : LocalDate.parse(publishedDate), null, text);
  }
}
