package io.newsfacts.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's pretty printer writing {@code "a": 1} instead of its default {@code "a" : 1}. A subclass
 * rather than {@code Separators.Spacing} because that API arrived in Jackson 2.16, and the project
 * stays on the 2.15 line that Spark 3.5 ships.
 */
final class ColonSpacePrettyPrinter extends DefaultPrettyPrinter {

  ColonSpacePrettyPrinter() {}

  private ColonSpacePrettyPrinter(ColonSpacePrettyPrinter base) {
    super(base);
  }

  /** Jackson makes a fresh copy per generator and insists that subclasses make their own kind. */
  @Override
  public DefaultPrettyPrinter createInstance() {
    return new ColonSpacePrettyPrinter(this);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }
}
