package io.newsfacts.ingest;

/**
 * The corpus as a whole cannot be read (missing folder, not a folder, unreadable). The message is
 * one line meant for the user; there is no cause worth a stack trace.
 */
public final class IngestException extends RuntimeException {

  public IngestException(String message) {
    super(message);
  }
}
