package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The other parts of a story that the site's template split into several blocks of the same kind:
 * news CMS and page builders cut a story's body around an advertisement, a photo, a video or a
 * share bar, and print each part in a container with the same tag and class
 * ({@code <div class="story-text">} twice, each several levels down in its own page row). Those
 * parts are cousins of the best-scoring part, not siblings, so sibling merging cannot reach them,
 * and the part that loses is usually the story's opening. The class name is the template's own
 * statement that the blocks are one kind of thing; a part is taken only when it holds running text
 * and is not another story (its own {@code <h1>}, another {@code <article>}).
 */
final class StoryParts {

  private StoryParts() {}

  /** The parts before the best-scoring one and after it, each in document order. */
  record Parts(List<Element> before, List<Element> after) {}

  /**
   * Blocks of {@code body} with the same tag and class as {@code top}, outside it and below the
   * story's headline (when one is marked), holding at least one paragraph of running text and few
   * links. None when {@code top} has no class.
   */
  static Parts of(Element body, Element top) {
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    String className = templateClasses(top);
    if (className.isEmpty() || top == body) {
      return new Parts(before, after);
    }
    Element mark = Headline.marked(body);
    Element article = top.closest("article");
    boolean belowHeadline = mark == null;
    boolean afterTop = false;
    List<Element> found = new ArrayList<>();
    Set<String> texts = new HashSet<>(List.of(top.text()));
    Set<Element> topAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a = top; a != null; a = a.parent()) {
      topAndAncestors.add(a);
    }
    for (Element e : body.getAllElements()) {
      if (e == mark) {
        belowHeadline = true;
      }
      if (e == top) {
        afterTop = true;
        continue;
      }
      if (!belowHeadline || !e.normalName().equals(top.normalName())
          || !templateClasses(e).equals(className) || Trees.isAncestor(e, top)
          || Trees.isAncestor(top, e) || found.stream().anyMatch(p -> Trees.isAncestor(p, e))) {
        continue;
      }
      if (e.closest("article") != article || e.selectFirst("h1") != null
          || underLinkedHeading(e, topAndAncestors)) {
        continue; // another story, or a story's whole page with its own headline
      }
      if (TextSignals.linkDensity(e) < 0.3 && holdsRunningText(e) && texts.add(e.text())) {
        found.add(e);
        (afterTop ? after : before).add(e);
      }
    }
    return new Parts(before, after);
  }

  /**
   * Is {@code part} in a branch of the page (up to where it meets the best part) that carries a
   * heading which is a link? A story's subheadings are text; the linked title over a block is a
   * listing's teaser for another page (a blog's front page prints each post's body under its
   * linked title, all with the same class).
   */
  private static boolean underLinkedHeading(Element part, Set<Element> topAndAncestors) {
    Element branch = part;
    while (branch.parent() != null && !topAndAncestors.contains(branch.parent())) {
      branch = branch.parent();
    }
    for (Element h : branch.select("h1, h2, h3, h4")) {
      int length = h.text().length();
      if (length > 0 && h.select("a[href]").text().length() * 2 >= length) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes that name the block's kind in the template, without the ones that name one
   * instance: page builders add a class made from a number to each block they style
   * ({@code wpb_text_column vc_custom_1570185518034}), so two parts of one story differ by it.
   */
  static String templateClasses(Element e) {
    StringBuilder kind = new StringBuilder();
    for (String c : e.className().trim().split("\\s+")) {
      if (!c.isEmpty() && !INSTANCE_NUMBER.matcher(c).find()) {
        kind.append(kind.length() == 0 ? "" : " ").append(c);
      }
    }
    return kind.toString();
  }

  /** Three digits or more: an id or a timestamp, not a word of the template's vocabulary. */
  private static final java.util.regex.Pattern INSTANCE_NUMBER =
      java.util.regex.Pattern.compile("\\d{3}");

  /** A paragraph of 80+ characters that ends a sentence and is not mostly link text. */
  private static boolean holdsRunningText(Element e) {
    return e.select("p, blockquote, li, dd").stream().anyMatch(TextSignals::isRunningText);
  }
}
