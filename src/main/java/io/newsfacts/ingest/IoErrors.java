package io.newsfacts.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns an IOException into a short reason. NIO exceptions put the absolute path in their message;
 * the failure already names the file, and output must not depend on where the corpus lives.
 */
final class IoErrors {

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return OneLine.of(fse.getReason());
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : OneLine.of(message);
  }

  private IoErrors() {}
}
