package io.newsfacts.spark;

import io.newsfacts.ingest.ArticleSources;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;

/**
 * A corpus file on any Hadoop file system. Hadoop's "not found" and "permission" errors become the
 * NIO ones the local reader meets, so failure reasons read alike and name no absolute path.
 */
final class HadoopFileSource implements ArticleSources.FileSource {

  private final FileSystem fs;
  private final Path path;

  HadoopFileSource(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  @Override
  public boolean exists() throws IOException {
    return fs.exists(path);
  }

  @Override
  public long size() throws IOException {
    try {
      return fs.getFileStatus(path).getLen();
    } catch (IOException e) {
      throw asNio(e);
    }
  }

  @Override
  public InputStream open() throws IOException {
    try {
      return fs.open(path);
    } catch (IOException e) {
      throw asNio(e);
    }
  }

  private IOException asNio(IOException e) {
    if (e instanceof FileNotFoundException) {
      return new NoSuchFileException(path.getName());
    }
    if (e instanceof AccessControlException) {
      return new AccessDeniedException(path.getName());
    }
    return e;
  }
}
