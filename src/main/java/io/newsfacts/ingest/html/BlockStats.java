package io.newsfacts.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, summed bottom-up in one walk: asking each element for
 * its text and its links again would take time quadratic in the page's depth, and pages nest
 * thousands of elements deep. Removing an element subtracts its counts from its ancestors.
 */
final class BlockStats {

  /** Characters (whitespace runs as one), of those in links, commas, and tag counts. */
  static final class Counts {
    int chars;
    /** Elements in the subtree, this one included. */
    int elements;
    double linkChars;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int headingChars;

    void add(Counts o) {
      chars += o.chars;
      elements += o.elements;
      linkChars += o.linkChars;
      commas += o.commas;
      paragraphs += o.paragraphs;
      images += o.images;
      items += o.items;
      inputs += o.inputs;
      headingChars += o.headingChars;
    }

    void subtract(Counts o) {
      chars -= o.chars;
      elements -= o.elements;
      linkChars -= o.linkChars;
      commas -= o.commas;
      paragraphs -= o.paragraphs;
      images -= o.images;
      items -= o.items;
      inputs -= o.inputs;
      headingChars -= o.headingChars;
    }

    /** Share of the text that sits in links ("#" links count less: they are often footnotes). */
    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1, linkChars / chars);
    }

    double headingDensity() {
      return chars == 0 ? 0 : (double) headingChars / chars;
    }
  }

  private static final Counts EMPTY = new Counts();
  private final Map<Element, Counts> counts = new IdentityHashMap<>();
  private final Pattern commas;

  BlockStats(Element root, Pattern commas) {
    this.commas = commas;
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          finish(e);
        }
      }
    }, root);
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, EMPTY);
  }

  /** Removes {@code e} from the tree and its counts from its ancestors'. */
  void remove(Element e) {
    Counts c = of(e);
    for (Element p = e.parent(); p != null; p = p.parent()) {
      Counts pc = counts.get(p);
      if (pc != null) {
        pc.subtract(c);
      }
    }
    e.remove();
  }

  private void finish(Element e) {
    Counts c = new Counts();
    c.elements = 1;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        String text = t.text();
        c.chars += collapsedLength(text);
        c.commas += (int) commas.matcher(text).results().count();
      } else if (child instanceof Element ce) {
        Counts cc = counts.get(ce);
        if (cc != null) {
          c.add(cc);
        }
      }
    }
    switch (e.normalName()) {
      case "a" -> {
        String href = e.attr("href");
        c.linkChars = c.chars * (href.startsWith("#") && href.length() > 1 ? 0.3 : 1);
      }
      case "p" -> c.paragraphs++;
      case "img" -> c.images++;
      case "li" -> c.items++;
      case "input" -> c.inputs++;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> c.headingChars = c.chars;
      default -> { }
    }
    counts.put(e, c);
  }

  private static int collapsedLength(String s) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws || !space) {
        n++;
      }
      space = ws;
    }
    return n;
  }
}
