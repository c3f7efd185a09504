package io.newsfacts.output;

import java.io.IOException;

/** The output folder cannot take the batch's output; the message names it and says why. */
public final class OutputException extends IOException {

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
