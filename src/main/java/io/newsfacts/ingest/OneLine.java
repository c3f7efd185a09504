package io.newsfacts.ingest;

/** Keeps failure messages on one line: reasons from libraries may hold newlines or run long. */
final class OneLine {

  private static final int MAX_CHARS = 300;

  static String of(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    String flat = message.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_CHARS ? flat : flat.substring(0, MAX_CHARS - 1) + "…";
  }

  private OneLine() {}
}
