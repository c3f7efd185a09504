package io.newsfacts.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Signals of running text that scoring and cleaning share: commas, sentence ends, links. */
final class TextSignals {

  /** Commas of many scripts; the ideographic comma and full stop count in CJK text. */
  static final Pattern COMMAS = Pattern.compile("[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34"
      + "\u2E32\uFF0C\u3001\u3002]");
  static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?:\\s|$)");

  private TextSignals() {}

  /** A paragraph of 80+ characters that ends a sentence and is not mostly link text. */
  static boolean isRunningText(Element p) {
    String text = p.text();
    return text.length() >= 80 && SENTENCE_END.matcher(text).find() && linkDensity(p) < 0.3;
  }

  /** Share of the text that sits in links ("#" links count less: they are often footnotes). */
  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    double linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      String href = a.attr("href");
      double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
      linked += a.text().length() * coefficient;
    }
    return Math.min(1, linked / length);
  }
}
