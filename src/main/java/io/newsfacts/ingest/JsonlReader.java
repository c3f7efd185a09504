package io.newsfacts.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the articles of one JSONL file: one JSON object per line with {@code id}, {@code text} or
 * {@code html}, and optional {@code title}, {@code publishedDate}, {@code url}. A bad line fails on
 * its own; reading goes on with the next. Files are named {@code file:LINE}.
 */
final class JsonlReader implements Iterator<IngestResult>, AutoCloseable {

  private final CorpusFile file;
  private final Opener opener;
  private final IngestOptions options;
  private final HtmlArticleReader html;
  private final ArticleAssembler assembler;
  private BoundedLineReader lines;
  private IngestResult next;
  private boolean done;

  /** Opens the JSONL file; a step of its own so that files on other file systems read alike. */
  @FunctionalInterface
  interface Opener {
    java.io.InputStream open() throws IOException, ArticleProblem;
  }

  JsonlReader(CorpusFile file, IngestOptions options, HtmlArticleReader html,
      ArticleAssembler assembler) {
    this(file, () -> {
      ArticleBytes.requireRegularFile(file.path());
      return Files.newInputStream(file.path());
    }, options, html, assembler);
  }

  JsonlReader(CorpusFile file, Opener opener, IngestOptions options, HtmlArticleReader html,
      ArticleAssembler assembler) {
    this.file = file;
    this.opener = opener;
    this.options = options;
    this.html = html;
    this.assembler = assembler;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult result = next;
    next = null;
    return result;
  }

  /** The next non-blank line's result; a read error becomes one failure and ends the file. */
  private IngestResult advance() {
    try {
      if (lines == null) {
        lines = new BoundedLineReader(opener.open(), options.maxRawBytes());
      }
      BoundedLineReader.Line line;
      while ((line = lines.next()) != null) {
        if (!line.tooLong() && isBlank(line.bytes())) {
          continue;
        }
        return readLine(line);
      }
    } catch (IOException e) {
      return endWithFailure("cannot read: " + IoErrors.reason(e));
    } catch (ArticleProblem problem) {
      return endWithFailure(problem.getMessage());
    }
    close();
    done = true;
    return null;
  }

  private IngestResult endWithFailure(String reason) {
    close();
    done = true;
    return new IngestResult.Failed(new ArticleFailure(null, file.display(), reason));
  }

  private IngestResult readLine(BoundedLineReader.Line line) {
    String where = file.display() + ":" + line.number();
    String id = null;
    try {
      if (line.tooLong()) {
        throw ArticleBytes.tooLarge(line.length(), options.maxRawBytes());
      }
      JsonNode object = JsonFields.parseObject(Utf8Decoder.decode(line.bytes()));
      id = idOf(object);
      Metadata fields = JsonFields.metadata(object);
      // "text" wins when a line has both: it is what the producer already extracted.
      String text = JsonFields.optionalString(object, "text");
      Metadata metadata = fields;
      boolean fromPage = text == null;
      if (fromPage) {
        String page = JsonFields.optionalString(object, "html");
        if (page == null) {
          throw new ArticleProblem("missing text (a \"text\" or \"html\" field is required)");
        }
        HtmlArticleReader.HtmlArticle article = html.read(page);
        metadata = article.metadata().overriddenBy(fields);
        text = article.text();
      }
      if (text.isBlank()) {
        throw new ArticleProblem("empty article");
      }
      ArticleBytes.requireTextWithin(text, options.maxArticleBytes());
      SourceInfo source = new SourceInfo(where, SourceFormat.JSONL, Sha256.hex(line.bytes()));
      return new IngestResult.Ok(assembler.assemble(id, source, metadata, text, fromPage));
    } catch (ArticleProblem problem) {
      return new IngestResult.Failed(new ArticleFailure(id, where, problem.getMessage()));
    } catch (RuntimeException | StackOverflowError bug) {
      // A library failing on one odd article must not end the run for all the others.
      return new IngestResult.Failed(new ArticleFailure(id, where, Unexpected.reason(bug)));
    }
  }

  private static String idOf(JsonNode object) throws ArticleProblem {
    JsonNode id = object.get("id");
    if (id == null || id.isNull()) {
      throw new ArticleProblem("missing id");
    }
    if (!id.isTextual()) {
      throw new ArticleProblem("id must be a string");
    }
    String value = id.textValue();
    if (!DocumentIds.isSafe(value)) {
      throw new ArticleProblem("unsafe id \"" + value + "\" (allowed: letters, digits, . _ - /;"
          + " a relative path without '..' or empty parts)");
    }
    DocumentIds.requireFileNameFits(value);
    return value;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    if (lines != null) {
      try {
        lines.close();
      } catch (IOException e) {
        // Closing a file we only read loses nothing; it must not fail the corpus stream.
      }
      lines = null;
    }
  }
}
