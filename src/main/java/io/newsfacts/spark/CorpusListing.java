package io.newsfacts.spark;

import io.newsfacts.ingest.ArticleSources;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The corpus as the driver lists it through Hadoop's FileSystem, in the local batch's walk order:
 * depth-first, names compared as strings, hidden (".name") entries skipped. Listing is cheap and
 * done once; reading the files is left to the executors.
 *
 * <p>A folder is its own root, so ids and file names equal the local batch's over that folder. A
 * glob ("s3a://bucket/news/2024-*") is rooted at the folder above its first wildcard: each match
 * that is a folder is walked, each match that is a file is taken as it is.
 *
 * @param root the qualified root that relative paths start from
 * @param rootName the root folder's own name, which starts every file name in output
 */
record CorpusListing(String root, String rootName, List<ListedFile> files) implements Serializable {

  static CorpusListing list(String input, Configuration conf) throws IOException {
    Path pattern = new Path(input);
    FileSystem fs = pattern.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(pattern);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("input not found: " + input);
    }
    Path root = fs.makeQualified(globRoot(pattern, matches));
    List<ListedFile> files = new ArrayList<>();
    Walk walk = new Walk(fs, root, files);
    Arrays.sort(matches, BY_NAME_PATH);
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        walk.folder(match.getPath());
      } else {
        walk.file(match.getPath(), matchedBeside(match, matches));
      }
    }
    return new CorpusListing(root.toString(), root.getName(), List.copyOf(files));
  }

  /** The names of the matched files in {@code match}'s folder: the batch sees no others there. */
  private static Set<String> matchedBeside(FileStatus match, FileStatus[] matches) {
    Path folder = match.getPath().getParent();
    return Arrays.stream(matches)
        .filter(m -> !m.isDirectory() && Objects.equals(m.getPath().getParent(), folder))
        .map(m -> m.getPath().getName())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static final Comparator<FileStatus> BY_NAME_PATH =
      Comparator.comparing(s -> s.getPath().toUri().getPath());

  /** The input itself when it is one folder without wildcards; else the folder above the glob. */
  private static Path globRoot(Path pattern, FileStatus[] matches) {
    if (!hasWildcard(pattern.toString())) {
      return matches[0].isDirectory() ? matches[0].getPath() : matches[0].getPath().getParent();
    }
    Path root = pattern;
    while (root.getParent() != null && hasWildcard(root.toString())) {
      root = root.getParent();
    }
    return root;
  }

  private static boolean hasWildcard(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Depth-first walk that numbers entries in the order the local batch meets them. */
  private record Walk(FileSystem fs, Path root, List<ListedFile> out) {

    void folder(Path folder) {
      FileStatus[] children;
      try {
        children = fs.listStatus(folder);
      } catch (IOException e) {
        out.add(new ListedFile(out.size(), relative(folder),
            failureReason(relative(folder), e)));
        return;
      }
      Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
      Set<String> names = Arrays.stream(children)
          .map(child -> child.getPath().getName())
          .filter(name -> !name.startsWith("."))
          .collect(Collectors.toUnmodifiableSet());
      for (FileStatus child : children) {
        if (child.getPath().getName().startsWith(".")) {
          continue;
        }
        if (child.isDirectory()) {
          folder(child.getPath());
        } else {
          file(child.getPath(), names);
        }
      }
    }

    /** Lists an article file, or the failure of a sidecar no file in {@code siblingNames} reads. */
    void file(Path file, Set<String> siblingNames) {
      String relative = relative(file);
      if (ArticleSources.isArticleFile(relative)) {
        out.add(new ListedFile(out.size(), relative, null));
        return;
      }
      ArticleSources.orphanSidecar("", relative, siblingNames).ifPresent(orphan ->
          out.add(new ListedFile(out.size(), relative, orphan.failure().error())));
    }

    private String failureReason(String relative, IOException e) {
      return ArticleSources.unreadableFolder("", relative, e).failure().error();
    }

    private String relative(Path path) {
      String rootPath = root.toUri().getPath();
      String full = fs.makeQualified(path).toUri().getPath();
      String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
      return full.startsWith(prefix) ? full.substring(prefix.length()) : path.getName();
    }
  }
}
