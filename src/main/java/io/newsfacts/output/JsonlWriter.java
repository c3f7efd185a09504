package io.newsfacts.output;

import io.newsfacts.model.ArticleFacts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeMap;

/**
 * Writes {@code <output>/articles.jsonl}, one article per line in corpus order, whatever order the
 * workers finish in: a line waits until every article before it is written or has failed. Only the
 * articles still in flight are held in memory. The file appears under its name when closed.
 */
public final class JsonlWriter implements AutoCloseable {

  public static final String FILE_NAME = "articles.jsonl";

  private final Path target;
  private final Path temp;
  private final BufferedWriter writer;
  private final TreeMap<Long, String> waiting = new TreeMap<>();
  private long next;

  public JsonlWriter(Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    target = outputDir.resolve(FILE_NAME);
    temp = AtomicFiles.temporarySibling(target);
    writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
  }

  /** Article number {@code sequence} (0-based, corpus order) was done. */
  public synchronized void add(long sequence, ArticleFacts facts) throws IOException {
    waiting.put(sequence, Json.COMPACT.writeValueAsString(facts));
    drain();
  }

  /** Article number {@code sequence} was done earlier: its line, already serialised. */
  public synchronized void addLine(long sequence, String line) throws IOException {
    waiting.put(sequence, line);
    drain();
  }

  /** Article number {@code sequence} failed or was skipped: nothing to wait for. */
  public synchronized void skip(long sequence) throws IOException {
    waiting.put(sequence, null);
    drain();
  }

  private void drain() throws IOException {
    while (!waiting.isEmpty() && waiting.firstKey() == next) {
      String line = waiting.pollFirstEntry().getValue();
      if (line != null) {
        writer.write(line);
        writer.write('\n');
      }
      next++;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
    AtomicFiles.replace(temp, target);
  }
}
