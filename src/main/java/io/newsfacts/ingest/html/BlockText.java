package io.newsfacts.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element tree with its block structure kept: one paragraph per p, heading, list
 * item, … (joined by blank lines), because the cleaner and sentence splitting rely on paragraph
 * breaks. {@code <br>} is a line break inside a paragraph.
 */
public final class BlockText {

  /** Elements whose content is its own paragraph (or holds paragraphs). */
  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
      "figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr",
      "address", "details", "summary", "center", "body", "header", "footer", "nav", "aside", "form",
      "fieldset", "legend", "hgroup", "menu");

  /** Heading tags, h1 to h6. */
  private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Is {@code e} a heading, h1 to h6? */
  static boolean isHeading(Element e) {
    return HEADING_TAGS.contains(e.normalName());
  }

  private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

  private BlockText() {}

  /**
   * The paragraphs of {@code root}, in document order. Each block without nested blocks becomes a
   * paragraph; inline text sitting directly in a block next to nested blocks (a div with direct
   * text) becomes a paragraph of its own; an inline element that holds blocks (a link around a
   * div) counts as a block. Walked iteratively: pages nest elements tens of thousands deep.
   */
  public static List<String> paragraphs(Element root) {
    Set<Element> holdingBlocks = elementsHoldingBlocks(root);
    List<String> out = new ArrayList<>();
    StringBuilder inline = new StringBuilder();
    Deque<Boolean> preformatted = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          boolean pre = !preformatted.isEmpty() && preformatted.peek();
          inline.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            inline.append('\n');
          } else if (e == root || isBlock(e) || holdingBlocks.contains(e)) {
            flush(inline, out);
            preformatted.push(e.normalName().equals("pre"));
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && !e.normalName().equals("br")
            && (e == root || isBlock(e) || holdingBlocks.contains(e))) {
          flush(inline, out);
          preformatted.pop();
        }
      }
    }, root);
    return out;
  }

  /** Every element below {@code root} with a block element somewhere inside it, in one pass. */
  private static Set<Element> elementsHoldingBlocks(Element root) {
    Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : root.getAllElements()) {
      if (e != root && isBlock(e)) {
        for (Element up = e.parent(); up != null && up != root && holding.add(up);
            up = up.parent()) {
          // each ancestor is added once: the walk stops at the first one already known
        }
      }
    }
    return holding;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** HTML source whitespace (not NBSP, which the cleaner normalises) is one space. */
  private static String collapse(String s) {
    return SOURCE_WHITESPACE.matcher(s).replaceAll(" ");
  }

  /** Adds the inline text as a paragraph, lines trimmed, if it has any text. */
  private static void flush(StringBuilder inline, List<String> out) {
    List<String> lines = new ArrayList<>();
    for (String line : inline.toString().split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !isOnlyInvisible(stripped)) {
        lines.add(stripped);
      }
    }
    if (!lines.isEmpty()) {
      out.add(String.join("\n", lines));
    }
    inline.setLength(0);
  }

  private static boolean isOnlyInvisible(String s) {
    return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF);
  }
}
