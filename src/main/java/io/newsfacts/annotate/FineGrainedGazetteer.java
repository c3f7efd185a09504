package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CoreNLP's own fine-grained NER gazetteer (the KBP lists behind COUNTRY, CITY, NATIONALITY,
 * TITLE, ...), with its regex entries rewritten by {@link GazetteerLineRewriter} so they no longer
 * run on every sentence, and without the place-participle compounds; see
 * {@link GazetteerLineRewriter}.
 *
 * <p>The rewritten files are written once per JVM to a temporary directory (CoreNLP reads mapping
 * files by path or classpath name only) and removed when the JVM exits.
 */
final class FineGrainedGazetteer {

  private static final Pattern FILE_SEPARATOR = Pattern.compile(";");

  private FineGrainedGazetteer() {}

  private static String mapping;

  /**
   * The {@code ner.fine.regexner.mapping} value that points at the rewritten files, written on
   * first use.
   *
   * @throws UncheckedIOException when the files cannot be written (tried again on the next call)
   */
  static synchronized String mapping() {
    if (mapping == null) {
      mapping = rewriteAll(DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS);
    }
    return mapping;
  }

  /**
   * Rewrites every file of a mapping setting ({@code opt=v,opt=v,path;path}), keeping each file's
   * options.
   */
  static String rewriteAll(String setting) {
    try {
      Path dir = Files.createTempDirectory("newsfacts-gazetteer");
      dir.toFile().deleteOnExit();
      List<String> specs = new ArrayList<>();
      int index = 0;
      for (String spec : FILE_SEPARATOR.split(setting)) {
        int cut = spec.lastIndexOf(',') + 1;
        String resource = spec.substring(cut).trim();
        Path target = dir.resolve(index++ + "-" + Path.of(resource).getFileName());
        target.toFile().deleteOnExit();
        rewrite(resource, target);
        specs.add(spec.substring(0, cut) + target);
      }
      return String.join(";", specs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the fine-grained NER gazetteer in "
          + System.getProperty("java.io.tmpdir") + ": " + e, e);
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
