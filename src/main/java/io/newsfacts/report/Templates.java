package io.newsfacts.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.newsfacts.output.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Mustache templates of the report, compiled once from the jar. {@code {{x}}} escapes HTML; the
 * templates use {@code {{{x}}}} only for the marked text, which {@link MarkedTextRenderer} escaped.
 */
final class Templates {

  private final Mustache index;
  private final Mustache article;

  Templates() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("io/newsfacts/report/templates");
    index = factory.compile("index.mustache");
    article = factory.compile("article.mustache");
  }

  void writeIndex(IndexPage page, Path file) throws IOException {
    write(index, page, file);
  }

  void writeArticle(ArticlePage page, Path file) throws IOException {
    write(article, page, file);
  }

  /** Atomically: a full disk leaves the previous page (or none), never half of one. */
  private static void write(Mustache template, Object model, Path file) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      template.execute(out, model);
      out.flush();
    });
  }
}
