package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;

/**
 * CoreNLP's own fine-grained NER gazetteer (the KBP lists behind COUNTRY, CITY, NATIONALITY,
 * TITLE, ...), with its regex entries rewritten by {@link GazetteerLineRewriter} so they no longer
 * run on every sentence, and without the place-participle compounds; see
 * {@link GazetteerLineRewriter}.
 *
 * <p>CoreNLP reads mapping files by path or classpath name only, so the rewritten files go to a
 * temporary directory while the pipeline loads, and are deleted as soon as it has read them
 * ({@link #close}). A JVM killed while loading leaves its directory behind; the next
 * {@link #prepare} removes every such directory whose process is gone, so they never pile up.
 */
final class FineGrainedGazetteer implements AutoCloseable {

  private static final Pattern FILE_SEPARATOR = Pattern.compile(";");
  /** Directory names carry the owner's pid: {@code newsfacts-gazetteer-<pid>-<random>}. */
  private static final String PREFIX = "newsfacts-gazetteer-";
  private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
  /** What versions before this one named them: {@code newsfacts-gazetteer<random digits>}. */
  private static final String OLD_PREFIX = "newsfacts-gazetteer";
  private static final Pattern UNOWNED = Pattern.compile("newsfacts-gazetteer\\d+");

  private final Path dir;
  private final String mapping;

  private FineGrainedGazetteer(Path dir, String mapping) {
    this.dir = dir;
    this.mapping = mapping;
  }

  /**
   * Writes CoreNLP's default fine-grained lists, rewritten, after removing what killed runs left.
   *
   * @throws UncheckedIOException when the files cannot be written
   */
  static FineGrainedGazetteer prepare() {
    return rewriteAll(DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS);
  }

  /** The {@code ner.fine.regexner.mapping} value that points at the rewritten files. */
  String mapping() {
    return mapping;
  }

  /** Deletes the rewritten files: call once the pipeline that reads them is built. */
  @Override
  public void close() {
    deleteQuietly(dir);
  }

  /**
   * Rewrites every file of a mapping setting ({@code opt=v,opt=v,path;path}), keeping each file's
   * options.
   */
  static FineGrainedGazetteer rewriteAll(String setting) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    removeLeftovers(tmp);
    Path dir = null;
    try {
      dir = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
      List<String> specs = new ArrayList<>();
      int index = 0;
      for (String spec : FILE_SEPARATOR.split(setting)) {
        int cut = spec.lastIndexOf(',') + 1;
        String resource = spec.substring(cut).trim();
        Path target = dir.resolve(index++ + "-" + Path.of(resource).getFileName());
        rewrite(resource, target);
        specs.add(spec.substring(0, cut) + target);
      }
      return new FineGrainedGazetteer(dir, String.join(";", specs));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(dir);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot prepare the fine-grained NER gazetteer in "
            + tmp + ": " + e, io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Deletes gazetteer directories whose process no longer runs (a kill -9 during loading), and
   * those of versions before the pid was in the name once they are an hour old (their loading,
   * the only time they are read, is long over).
   */
  static void removeLeftovers(Path tmp) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, OLD_PREFIX + "*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        Matcher owner = OWNED.matcher(name);
        if (owner.matches() ? !isAlive(Long.parseLong(owner.group(1)))
            : UNOWNED.matcher(name).matches() && isOlderThanAnHour(entry)) {
          deleteQuietly(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only housekeeping: an unreadable temporary directory fails the next step clearly.
    }
  }

  private static boolean isOlderThanAnHour(Path dir) throws IOException {
    return Files.getLastModifiedTime(dir).toInstant()
        .isBefore(Instant.now().minus(Duration.ofHours(1)));
  }

  private static boolean isAlive(long pid) {
    return pid == ProcessHandle.current().pid()
        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void deleteQuietly(Path dir) {
    if (dir != null) {
      FileUtils.deleteQuietly(dir.toFile());
    }
  }

  private static void rewrite(String resource, Path target) throws IOException {
    try (InputStream in = open(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        for (String rewritten : GazetteerLineRewriter.rewrite(line)) {
          writer.write(rewritten);
          writer.write('\n');
        }
      }
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("CoreNLP's gazetteer " + resource
          + " is not on the classpath (is the stanford-corenlp models jar missing?)");
    }
    return in;
  }
}
