package io.newsfacts.ingest;

/** One-line reason for an error nobody anticipated (a bug here or in a library). */
final class Unexpected {

  static String reason(Throwable t) {
    String message = t.getMessage();
    return "cannot process: " + t.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + OneLine.of(message));
  }

  private Unexpected() {}
}
