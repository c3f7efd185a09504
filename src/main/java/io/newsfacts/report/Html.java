package io.newsfacts.report;

/** HTML escaping for text and attribute values; the one place article text becomes markup. */
final class Html {

  private Html() {}

  /** Appends {@code raw} with the five characters that can end text or an attribute value escaped. */
  static void appendEscaped(StringBuilder out, String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
