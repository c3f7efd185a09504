package io.newsfacts.output;

import io.newsfacts.model.ArticleFacts;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code <output>/articles/<id>.json}, pretty-printed, in the records' field order. */
public final class ArticleWriter {

  private final Path articlesDir;

  public ArticleWriter(Path outputDir) {
    this.articlesDir = outputDir.resolve("articles");
  }

  /** The file an article's JSON goes to; ids may hold '/' and then name subfolders. */
  public Path pathOf(String id) {
    return articlesDir.resolve(id + ".json");
  }

  public Path write(ArticleFacts facts) throws IOException {
    Path target = pathOf(facts.id());
    AtomicFiles.write(target, out -> {
      out.write(Json.PRETTY.writeValueAsBytes(facts));
      out.write('\n');
    });
    return target;
  }
}
