package io.newsfacts.ingest;

import java.util.HashMap;
import java.util.Map;

/** One-line reason for an error nobody anticipated (a bug here or in a library). */
public final class Unexpected {

  static String reason(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "cannot process: stack overflow in " + recursingMethod(t)
          + " (the page or text nests or repeats a structure too deeply)";
    }
    String message = t.getMessage();
    return "cannot process: " + t.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + OneLine.of(message));
  }

  /** The method that called itself until the stack ran out: the most frequent frame. */
  public static String recursingMethod(Throwable t) {
    Map<String, Integer> counts = new HashMap<>();
    String most = "an unknown method";
    int best = 0;
    for (StackTraceElement frame : t.getStackTrace()) {
      String name = frame.getClassName() + "." + frame.getMethodName();
      int count = counts.merge(name, 1, Integer::sum);
      if (count > best) {
        best = count;
        most = name;
      }
    }
    return most;
  }

  private Unexpected() {}
}
