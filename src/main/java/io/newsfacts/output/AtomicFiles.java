package io.newsfacts.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file under a temporary name and renames it, so a crash never leaves half a file. The
 * temporary file is created as any new file is (mode 0666 less the umask), not with the 0600 of
 * {@link Files#createTempFile}: the renamed output must be as readable as the user's other files.
 */
public final class AtomicFiles {

  /** Writes the body of a file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = temporarySibling(target);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      replace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A fresh hidden name beside {@code target} ({@code .NAME.RANDOM.tmp}), not yet created; create
   * it with {@link StandardOpenOption#CREATE_NEW} so that the umask applies.
   */
  public static Path temporarySibling(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    return dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
        RANDOM.nextLong(), 36) + ".tmp");
  }

  /** Puts a finished temporary file in place of the target, atomically where supported. */
  public static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
