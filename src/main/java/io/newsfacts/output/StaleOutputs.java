package io.newsfacts.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes what the last batch did not write: article files of articles no longer in the corpus (or
 * now failing), temporary files a killed run left, and the other format's output. Afterwards
 * {@code articles/} and {@code articles.jsonl} hold exactly the manifest's articles, so the report
 * and a user's {@code articles/*.json} glob never show an article from an earlier corpus.
 */
public final class StaleOutputs {

  private StaleOutputs() {}

  /**
   * Deletes every file under {@code OUTPUT/articles/} that is not in {@code keep}, and
   * {@code OUTPUT/articles.jsonl} unless {@code keepJsonl}.
   *
   * @return the ids (paths under {@code articles/} without {@code .json}) whose files were removed,
   *     in name order
   */
  public static List<String> remove(Path outputDir, Set<Path> keep, boolean keepJsonl)
      throws IOException {
    List<String> removed = new ArrayList<>();
    Path articles = outputDir.resolve("articles");
    if (Files.isDirectory(articles)) {
      Set<Path> kept = Set.copyOf(keep.stream().map(p -> p.toAbsolutePath().normalize()).toList());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(articles)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        if (kept.contains(file.toAbsolutePath().normalize())) {
          continue;
        }
        Files.deleteIfExists(file);
        String name = articles.relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".json") && !isTemporary(file)) {
          removed.add(name.substring(0, name.length() - ".json".length()));
        }
      }
      removeEmptyFolders(articles);
    }
    if (!keepJsonl) {
      Files.deleteIfExists(outputDir.resolve(JsonlWriter.FILE_NAME));
    }
    try (Stream<Path> leftovers = Files.list(outputDir)) {
      for (Path file : leftovers.filter(StaleOutputs::isTemporary).toList()) {
        Files.deleteIfExists(file);
      }
    }
    return removed;
  }

  /** {@code .NAME.RANDOM.tmp}, as {@link AtomicFiles} names what it has not yet renamed. */
  private static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(file);
  }

  private static void removeEmptyFolders(Path articles) throws IOException {
    List<Path> folders;
    try (Stream<Path> walk = Files.walk(articles)) {
      folders = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path folder : folders) {
      if (!folder.equals(articles)) {
        try {
          Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
          // still holds current articles
        }
      }
    }
  }
}
