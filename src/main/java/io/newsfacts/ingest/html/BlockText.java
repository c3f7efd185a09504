package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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

  private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

  private BlockText() {}

  /** The paragraphs of {@code root}, in document order. */
  public static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /**
   * Each block without nested blocks becomes a paragraph; inline text sitting directly in a block
   * next to nested blocks (a div with direct text) becomes a paragraph of its own.
   */
  private static void collect(Element el, List<String> out) {
    boolean pre = el.tagName().equals("pre");
    StringBuilder inline = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        inline.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          inline.append('\n');
        } else if (isBlock(e) || containsBlock(e)) {
          flush(inline, out);
          collect(e, out);
        } else {
          appendInline(e, inline, pre);
        }
      }
    }
    flush(inline, out);
  }

  private static void appendInline(Element el, StringBuilder into, boolean pre) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        into.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          into.append('\n');
        } else {
          appendInline(e, into, pre);
        }
      }
    }
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  static boolean containsBlock(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && isBlock(d)) {
        return true;
      }
    }
    return false;
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
