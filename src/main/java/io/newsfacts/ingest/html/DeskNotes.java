package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The desk's notes set around a story: a short paragraph printed wholly in bold or italics at the
 * start or the end of the body that points the reader somewhere (a link, an e-mail address) is a
 * call to action ("Follow us on …, write to …", "Sign up here", "Submit your letter via this
 * form"), not a sentence of the story. Both marks are needed: stories end on italic source lines
 * and update notes, and on plain paragraphs with links.
 */
final class DeskNotes {

  private static final int MAX_NOTE_CHARS = 250;
  /** Paragraphs read from the end of the body: a sign-off and a follow line often stand together. */
  private static final int MAX_TRAILING_NOTES = 2;
  private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.[a-z]{2,}");

  private DeskNotes() {}

  static void remove(Element content) {
    List<Element> paragraphs = new ArrayList<>();
    for (Element p : content.getElementsByTag("p")) {
      if (p.hasText()) {
        paragraphs.add(p);
      }
    }
    if (paragraphs.size() < 3) {
      return; // a short post: its few lines are the story
    }
    List<Element> notes = new ArrayList<>();
    if (isNote(paragraphs.get(0))) {
      notes.add(paragraphs.get(0));
    }
    for (int i = paragraphs.size() - 1; i >= paragraphs.size() - MAX_TRAILING_NOTES; i--) {
      if (!isNote(paragraphs.get(i))) {
        break;
      }
      notes.add(paragraphs.get(i));
    }
    notes.forEach(Element::remove);
  }

  static boolean isNote(Element p) {
    String text = p.text();
    return text.length() <= MAX_NOTE_CHARS && p.closest("blockquote") == null
        && isWhollyEmphasised(p) && pointsElsewhere(p, text);
  }

  /** A link to another page or an e-mail address; a "#" link is a footnote of this one. */
  private static boolean pointsElsewhere(Element p, String text) {
    for (Element a : p.select("a[href]")) {
      if (!a.attr("href").startsWith("#")) {
        return true;
      }
    }
    return EMAIL.matcher(text).find();
  }

  /** Every piece of the paragraph's text sits inside bold or italic type. */
  static boolean isWhollyEmphasised(Element p) {
    for (TextNode t : allText(p)) {
      if (!t.isBlank() && !isEmphasised(t, p)) {
        return false;
      }
    }
    return true;
  }

  private static List<TextNode> allText(Element p) {
    List<TextNode> texts = new ArrayList<>();
    p.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        texts.add(t);
      }
    });
    return texts;
  }

  private static boolean isEmphasised(TextNode t, Element p) {
    for (Node n = t.parent(); n != null && n != p; n = n.parent()) {
      if (n instanceof Element e && EMPHASIS.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }
}
