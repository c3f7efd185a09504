package io.newsfacts.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The batch's output folder, checked and held for one batch at a time.
 *
 * <p>Checked before any model loads, so a folder that cannot take the output fails in a second,
 * not after the whole corpus was annotated. Held by an operating-system lock on
 * {@code .newsfacts/lock}: a second batch into the same folder is refused instead of mixing its
 * articles with the first's. The lock goes with the process, so a batch killed with {@code kill
 * -9} never leaves the folder locked.
 */
public final class OutputFolder implements AutoCloseable {

  /** NewsFacts' own state inside the output folder: the lock and the run journal. */
  public static final String STATE_DIR = ".newsfacts";

  private final Path dir;
  private final FileChannel lockFile;
  private final FileLock lock;

  private OutputFolder(Path dir, FileChannel lockFile, FileLock lock) {
    this.dir = dir;
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /**
   * Creates the folder if needed, checks that files can be written in it, and locks it.
   *
   * @throws OutputException naming the folder and what is wrong with it
   */
  public static OutputFolder claim(Path dir) throws OutputException {
    Path state = writableFolder(dir).resolve(STATE_DIR);
    FileChannel channel = null;
    try {
      Files.createDirectories(state);
      channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String owner = readOwner(channel);
        channel.close();
        throw new OutputException("output folder " + dir + " is in use by another NewsFacts batch"
            + (owner.isEmpty() ? "" : " (" + owner + ")")
            + "; wait for it to finish or choose another -o");
      }
      writeOwner(channel);
      return new OutputFolder(dir, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      if (e instanceof OutputException output) {
        throw output;
      }
      throw new OutputException("cannot lock output folder " + dir + ": " + reason(e), e);
    }
  }

  /**
   * Creates {@code dir} if needed and proves a file can be created and removed in it.
   *
   * @throws OutputException when it is a file, cannot be created, or is read-only
   */
  public static Path writableFolder(Path dir) throws OutputException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException("output " + dir + " is a file, not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException("cannot create output folder " + dir + ": " + reason(e), e);
    }
    Path probe = AtomicFiles.temporarySibling(dir.resolve("write-check"));
    try {
      Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
      Files.delete(probe);
    } catch (IOException e) {
      throw new OutputException("cannot write in output folder " + dir + ": " + reason(e), e);
    }
    return dir;
  }

  public Path path() {
    return dir;
  }

  /** {@code .newsfacts/} inside the folder. */
  public Path stateDir() {
    return dir.resolve(STATE_DIR);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // The lock goes with the channel anyway.
    }
    closeQuietly(lockFile);
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this same JVM
    }
  }

  private static void writeOwner(FileChannel channel) throws IOException {
    String owner = "pid " + ProcessHandle.current().pid() + ", started "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  private static String readOwner(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(200);
    int read = channel.read(buffer, 0);
    return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing left to release
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file stands where a folder is needed: " + e.getMessage();
    }
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return message == null ? kind : kind + ": " + message;
  }
}
