package io.newsfacts.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.AtomicFiles;
import io.newsfacts.output.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code .newsfacts/journal.jsonl} in the output folder: one line per article done, appended (and
 * flushed to the operating system) the moment its output is in place. It is what lets a batch that
 * was killed, or a nightly run over a grown corpus, redo only what is not done yet: an article is
 * reused when its key (its content, metadata and the code's fingerprint) matches a line here and
 * its output is still there.
 *
 * <p>The first line holds the settings the lines were made with; a journal made with other settings
 * is not read. At the end of a batch the journal is rewritten with exactly that batch's articles.
 * A torn last line (the process died while writing it) is ignored.
 */
final class RunJournal implements AutoCloseable {

  static final String FILE_NAME = "journal.jsonl";

  /** The journal's first line. */
  @JsonPropertyOrder({"settings"})
  record Header(String settings) {}

  /**
   * One article done.
   *
   * @param key {@link ArticleKey} of the article as it was read
   * @param line its compact JSON, kept only for {@code --format jsonl}, whose single file cannot
   *     keep finished articles while the rest of the batch is redone
   */
  @JsonPropertyOrder({"key", "entry", "line"})
  record Done(String key, ManifestEntry entry, String line) {
    /** The same, with its article file where this run's output folder puts it. */
    Done withOutput(String output) {
      ManifestEntry e = entry;
      return new Done(key, new ManifestEntry(e.id(), e.file(), e.status(), e.error(), e.entities(),
          e.dates(), e.quotes(), e.quotesWithSpeaker(), e.attributions(), output), line);
    }
  }

  private static final ObjectReader HEADER = Json.MAPPER.readerFor(Header.class);
  private static final ObjectReader DONE = Json.MAPPER.readerFor(Done.class);

  private final Path file;
  private final String settings;
  private final BufferedWriter writer;

  private RunJournal(Path file, String settings, BufferedWriter writer) {
    this.file = file;
    this.settings = settings;
    this.writer = writer;
  }

  /**
   * What an earlier batch with the same settings finished, by article id (the last line for an id
   * wins); empty when there is no journal or it was made with other settings.
   */
  static Map<String, Done> previous(Path stateDir, String settings) throws IOException {
    Path file = stateDir.resolve(FILE_NAME);
    Map<String, Done> done = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return done;
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      var iterator = lines.iterator();
      if (!iterator.hasNext() || !settings.equals(header(iterator.next()))) {
        return done;
      }
      while (iterator.hasNext()) {
        Done line = parse(iterator.next());
        if (line != null && line.entry() != null && line.entry().id() != null) {
          done.put(line.entry().id(), line);
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // Not UTF-8 or unreadable: start afresh rather than trust part of it.
      done.clear();
    }
    return done;
  }

  /**
   * Opens the journal: appending to it when {@code previous} holds what it recorded (read by
   * {@link #previous} with the same settings), else started afresh with a header.
   */
  static RunJournal open(Path stateDir, String settings, Map<String, Done> previous)
      throws IOException {
    Files.createDirectories(stateDir);
    Path file = stateDir.resolve(FILE_NAME);
    boolean append = !previous.isEmpty();
    BufferedWriter writer = append
        ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    RunJournal journal = new RunJournal(file, settings, writer);
    if (!append) {
      journal.writeLine(Json.COMPACT.writeValueAsString(new Header(settings)));
    }
    return journal;
  }

  /** Records one finished article. */
  synchronized void add(Done done) throws IOException {
    writeLine(Json.COMPACT.writeValueAsString(done));
  }

  /** Replaces the journal with exactly {@code done}, the articles of the batch that just ended. */
  synchronized void compact(Collection<Done> done) throws IOException {
    writer.close();
    AtomicFiles.write(file, out -> {
      out.write((Json.COMPACT.writeValueAsString(new Header(settings)) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      for (Done line : done) {
        out.write((Json.COMPACT.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }

  private void writeLine(String json) throws IOException {
    writer.write(json);
    writer.write('\n');
    writer.flush();
  }

  private static String header(String line) {
    try {
      Header header = HEADER.readValue(line);
      return header.settings();
    } catch (IOException e) {
      return null;
    }
  }

  private static Done parse(String line) {
    try {
      return DONE.readValue(line);
    } catch (IOException e) {
      return null; // a torn last line
    }
  }
}
