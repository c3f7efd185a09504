package io.newsfacts.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A date printed next to the headline, in markup that names it nothing ("<p>12.03.2022 –
 * Pressemitteilung</p>" under the {@code <h1>}): news pages print the publication date just above
 * or below the headline. Only short pieces of text close to the headline count, so a date in the
 * story's own sentences or in a list of other stories is not taken.
 */
final class HeadlineDate {

  /** How much visible text after the headline's end, and before its start, is looked at. */
  private static final int AFTER_CHARS = 300;
  private static final int BEFORE_CHARS = 150;
  private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template",
      "nav", "footer", "aside");

  private HeadlineDate() {}

  static LocalDate near(Document page) {
    Element body = page.body();
    Element h1 = body == null ? null : body.selectFirst("article h1, main h1, h1");
    if (h1 == null) {
      return null;
    }
    List<TextNode> before = new ArrayList<>();
    List<TextNode> after = new ArrayList<>();
    // One walk with counters, not a climb to the root per text node: pages nest deeply.
    NodeTraversor.traverse(new NodeVisitor() {
      private boolean passed;
      private boolean inHeadline;
      private int hidden;

      @Override
      public void head(Node node, int depth) {
        if (node == h1) {
          inHeadline = true;
        } else if (node instanceof Element e && NOT_TEXT.contains(e.normalName())) {
          hidden++;
        } else if (node instanceof TextNode t && !t.isBlank() && !inHeadline && hidden == 0) {
          (passed ? after : before).add(t);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == h1) {
          inHeadline = false;
          passed = true;
        } else if (node instanceof Element e && NOT_TEXT.contains(e.normalName())) {
          hidden--;
        }
      }
    }, body);
    int seen = 0;
    for (TextNode t : after) {
      LocalDate date = MetaDates.inText(t.text().strip());
      if (date != null) {
        return date;
      }
      seen += t.text().strip().length();
      if (seen >= AFTER_CHARS) {
        break;
      }
    }
    seen = 0;
    for (int i = before.size() - 1; i >= 0; i--) {
      String text = before.get(i).text().strip();
      LocalDate date = MetaDates.inText(text);
      if (date != null) {
        return date;
      }
      seen += text.length();
      if (seen >= BEFORE_CHARS) {
        break;
      }
    }
    return null;
  }
}
