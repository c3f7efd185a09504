package io.newsfacts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.annotate.PlainCoreNlpBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The two systems compared: how each is launched, where it writes, how its tokens are counted. */
enum BenchSystem {

  /** NewsFacts' batch: {@code extract} with the report off. */
  OURS("ours", "NewsFacts") {
    @Override
    List<String> arguments(BenchCorpus corpus, Path work, Path out, int threads) {
      return List.of("io.newsfacts.cli.NewsFactsCli", "extract", corpus.texts().toString(),
          "-o", out.toString(), "--threads", Integer.toString(threads), "--no-report");
    }

    @Override
    Path outputFolder(Path out) {
      return out.resolve("articles");
    }

    @Override
    long tokens(Path out) throws IOException {
      // The batch counts the tokens CoreNLP made of each article into its manifest.
      return JSON.readTree(out.resolve("manifest.json").toFile()).path("timing").path("tokens")
          .asLong();
    }
  },

  /** Plain CoreNLP's own batch runner, with coref and quote, as documented. */
  CORENLP("corenlp", "plain CoreNLP") {
    @Override
    List<String> arguments(BenchCorpus corpus, Path work, Path out, int threads)
        throws IOException {
      Path props = work.resolve("corenlp.properties");
      try (OutputStream stream = Files.newOutputStream(props)) {
        PlainCoreNlpBatch.properties(corpus.dateMapping())
            .store(stream, "plain CoreNLP, as the benchmark runs it");
      }
      List<String> args = new ArrayList<>();
      args.add(PlainCoreNlpBatch.MAIN_CLASS);
      args.addAll(PlainCoreNlpBatch.arguments(props, corpus.fileList(), threads, out));
      return args;
    }

    @Override
    Path outputFolder(Path out) {
      return out;
    }

    @Override
    long tokens(Path out) throws IOException {
      long tokens = 0;
      try (Stream<Path> files = Files.list(out)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          for (JsonNode sentence : JSON.readTree(file.toFile()).path("sentences")) {
            tokens += sentence.path("tokens").size();
          }
        }
      }
      return tokens;
    }
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final String label;

  BenchSystem(String id, String label) {
    this.id = id;
    this.label = label;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  /** What follows {@code java -Xmx.. -cp ..}: the main class and its arguments. */
  abstract List<String> arguments(BenchCorpus corpus, Path work, Path out, int threads)
      throws IOException;

  /** Where its per-article files appear. */
  abstract Path outputFolder(Path out);

  /** Tokens of the corpus as this system tokenized it, read from its finished output. */
  abstract long tokens(Path out) throws IOException;

  static BenchSystem parse(String id) {
    for (BenchSystem system : values()) {
      if (system.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return system;
      }
    }
    throw new IllegalArgumentException("unknown system '" + id + "' (ours, corenlp)");
  }
}
