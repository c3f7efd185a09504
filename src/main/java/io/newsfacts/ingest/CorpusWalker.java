package io.newsfacts.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks a folder depth-first in name order, lazily: one directory is listed only when the walk
 * reaches it. Name order (not the file system's) makes every run see the same articles in the
 * same order, which decides which of two duplicate ids wins. Hidden entries (".name") are skipped;
 * symlinked folders are followed once (a link back up the tree would otherwise loop forever).
 */
final class CorpusWalker implements Iterator<CorpusWalker.Entry> {

  /** A file to consider, or a folder that could not be listed. */
  sealed interface Entry permits FileEntry, UnreadableFolder {}

  /** A file, with the names of the files and folders beside it (hidden ones left out). */
  record FileEntry(Path path, Set<String> siblingNames) implements Entry {}

  record UnreadableFolder(Path path, String reason) implements Entry {}

  /** What is still to walk, each path with the names in its folder. */
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Set<Path> visitedFolders = new HashSet<>();
  private Entry next;

  /** Starts the walk; the root is listed now so that an unreadable root fails at once. */
  CorpusWalker(Path root) throws IOException {
    visitedFolders.add(root.toRealPath());
    pushChildren(root);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !pending.isEmpty()) {
      Pending entry = pending.pop();
      Path path = entry.path();
      if (!Files.isDirectory(path)) {
        next = new FileEntry(path, entry.siblingNames());
      } else {
        try {
          if (visitedFolders.add(path.toRealPath())) {
            pushChildren(path);
          }
        } catch (IOException e) {
          next = new UnreadableFolder(path, IoErrors.reason(e));
        }
      }
    }
    return next != null;
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry entry = next;
    next = null;
    return entry;
  }

  private void pushChildren(Path folder) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path child : stream) {
        if (!child.getFileName().toString().startsWith(".")) {
          children.add(child);
        }
      }
    }
    // Compare names as strings: Path ordering is platform-dependent.
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    Set<String> names = new HashSet<>();
    children.forEach(child -> names.add(child.getFileName().toString()));
    Set<String> siblingNames = Set.copyOf(names);
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(new Pending(children.get(i), siblingNames));
    }
  }

  private record Pending(Path path, Set<String> siblingNames) {}
}
