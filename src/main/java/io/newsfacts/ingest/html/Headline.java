package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The story's headline as a landmark: a standfirst or lead paragraph often sits between the
 * {@code <h1>} and the body, in a container of its own that scoring does not reach.
 */
final class Headline {

  private static final String MARK = "data-newsfacts-headline";
  private static final int MIN_LEDE_CHARS = 100;

  private Headline() {}

  /**
   * Marks the story's headline: the heading that the page's microdata states as the headline of
   * the item holding the article's body (news modules of some CMS set it in an {@code <h2>} or
   * {@code <h3>} while {@code <h1>} titles the site's boxes), else the story's h1.
   */
  static void mark(Element body, String title) {
    Element h1 = statedHeadline(body);
    if (h1 == null) {
      h1 = body.selectFirst("article h1, main h1, h1");
    }
    if (title != null && (h1 == null || !sameText(h1.text(), title))) {
      // Blog themes and some CMS set the site's name or a box title in the h1 and the story's
      // headline in an h2 or h3: the heading that reads as the page's title is the headline.
      Element named = headingReading(body, title);
      if (named != null) {
        h1 = named;
      }
    }
    if (h1 != null) {
      h1.attr(MARK, "");
    }
  }

  private static Element headingReading(Element body, String title) {
    for (Element h : body.select("h1, h2, h3, h4")) {
      if (sameText(h.text(), title)) {
        return h;
      }
    }
    return null;
  }

  private static boolean sameText(String a, String b) {
    return normal(a).equals(normal(b)) && !normal(a).isEmpty();
  }

  private static String normal(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static Element statedHeadline(Element body) {
    for (Element h : body.select("[itemprop=headline]")) {
      if (!HEADINGS.contains(h.normalName()) || h.text().isBlank()) {
        continue;
      }
      Element item = h.parent() == null ? null : h.parent().closest("[itemscope]");
      if (item != null && item.selectFirst("[itemprop=articleBody]") != null) {
        return h;
      }
    }
    return null;
  }

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4");

  /** The marked headline (or the mark left where it was removed), or null. */
  static Element marked(Element body) {
    return body.selectFirst("[" + MARK + "]");
  }

  /** Before {@code e} is removed: leaves a mark in its place if it holds the headline. */
  static void keepMark(Element e) {
    if (e.selectFirst("[" + MARK + "]") != null) {
      e.before(new Element("span").attr(MARK, ""));
    }
  }

  /**
   * A box named as a teaser, intro or summary just under the headline (at most two elements
   * between, such as a date line) that holds a line or a few sentences of text with few links is
   * the story's standfirst, not a teaser for another story: German and other sites name their
   * standfirsts "teaser" ({@code <div class="teaser-text">}), while teaser boxes elsewhere on the
   * page stay chrome. The name and the place are the evidence, so a one-line standfirst without a
   * full stop counts, as {@link #isLede} counts a short paragraph named so. So is one that the
   * story's text follows ({@link #storyAfter}), wherever the headline is.
   */
  static boolean isStandfirst(Element e, Element body) {
    if (!isNamedStandfirst(e)) {
      return false;
    }
    Element mark = marked(body);
    boolean underHeadline = false;
    Element previous = e.previousElementSibling();
    for (int i = 0; i < 3 && previous != null && mark != null && !underHeadline; i++) {
      underHeadline = previous == mark || Trees.isAncestor(previous, mark);
      previous = previous.previousElementSibling();
    }
    return (underHeadline || isOneParagraph(e) && storyAfter(e, mark) != null)
        && hasStandfirstText(e);
  }

  private static boolean isNamedStandfirst(Element e) {
    if (e.hasAttr(MARK) || e.selectFirst("[" + MARK + "]") != null) {
      return false; // the story's header: its standfirst is given back when it goes (keepLede)
    }
    String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    return STANDFIRST_NAME.matcher(names).find();
  }

  private static boolean hasStandfirstText(Element e) {
    String text = e.text();
    return text.length() >= MIN_SHORT_LEDE_CHARS && text.length() <= MAX_STANDFIRST_CHARS
        && TextSignals.linkDensity(e) < 0.2;
  }

  /**
   * One paragraph, with or without a heading over it: a box of several is a list of teasers or
   * a section of the story, not a standfirst.
   */
  private static boolean isOneParagraph(Element e) {
    return e.select("p, li").stream().filter(Element::hasText).count() <= 1;
  }

  /**
   * Standfirst boxes that {@code top}, the story's text, follows ({@link #storyAfter}) and that
   * scoring left out: news modules set the standfirst ("teaser-text", "intro") and the body in
   * boxes of their own, side by side under the item's heading, which is not always the page's
   * marked headline (an {@code <h3>} under a site's {@code <h1>}, a heading inside a header).
   * In page order; a box inside another found box is not taken twice.
   */
  static List<Element> standfirstsBefore(Element body, Element top) {
    Element mark = marked(body);
    List<Element> found = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (!e.hasAttr("class") && !e.hasAttr("id") || Trees.isAncestor(e, top)
          || Trees.isAncestor(top, e) || !isNamedStandfirst(e) || !hasStandfirstText(e)
          || found.stream().anyMatch(f -> Trees.isAncestor(f, e))) {
        continue;
      }
      Element story = isOneParagraph(e) ? storyAfter(e, mark) : null;
      if (story != null && (Trees.isAncestor(story, top) || Trees.isAncestor(top, story))) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * The block of running text that directly follows {@code box}, or null: the box, or the
   * wrapper that holds nothing else with text, is followed by a sibling holding a paragraph of
   * running text and at least twice the box's text, with at most two short blocks between (a
   * picture and its caption, a share bar, a date line). A teaser for another story is followed
   * by more teasers (boxes of the same tag and class), or by nothing in its own box; a box before
   * the headline is not the headline's standfirst.
   */
  private static Element storyAfter(Element box, Element mark) {
    Element b = box;
    while (b.parent() != null && isOnlyTextOfParent(b)) {
      b = b.parent();
    }
    int skipped = 0;
    for (Element next = b.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (mark != null && (next == mark || Trees.isAncestor(next, mark))) {
        return null;
      }
      if (next.select("p").stream().anyMatch(TextSignals::isRunningText)) {
        // The next of a row of like boxes (teasers one after another) is not the story.
        boolean story = next.text().length() >= 2 * box.text().length() && next.getAllElements()
            .stream().noneMatch(x -> x.normalName().equals(box.normalName())
                && x.className().equals(box.className()));
        return story ? next : null;
      }
      if (next.hasText() && (next.text().length() > MAX_BETWEEN_CHARS || ++skipped > 2)) {
        return null;
      }
    }
    return null;
  }

  /** A short block between a standfirst and the body: a caption, a share bar, a date line. */
  private static final int MAX_BETWEEN_CHARS = 200;

  private static boolean isOnlyTextOfParent(Element e) {
    Element parent = e.parent();
    if (parent.normalName().equals("body") || parent.textNodes().stream().anyMatch(
        t -> !t.isBlank())) {
      return false;
    }
    return parent.children().stream().noneMatch(c -> c != e && c.hasText());
  }

  private static final java.util.regex.Pattern STANDFIRST_NAME = java.util.regex.Pattern.compile(
      "teaser|intro|lead|summary|standfirst|excerpt|abstract|subtitle|subhead|deck|chapo|chapeau");

  /**
   * Paragraphs of running text between the headline and {@code top}: the story's start. Empty when
   * there are more than two (far from the body, text is more likely a teaser box than a lead).
   */
  static List<Element> ledeBefore(Element body, Element top) {
    List<Element> lede = new ArrayList<>();
    Element mark = marked(body);
    if (mark == null || Trees.isAncestor(top, mark) || Trees.isAncestor(mark, top)) {
      return lede;
    }
    boolean between = false;
    for (Element e : body.getAllElements()) {
      if (e == mark) {
        between = true;
      } else if (e == top) {
        break;
      } else if (between && e.parent() != null && isLede(e)
          && lede.stream().noneMatch(l -> Trees.isAncestor(l, e))) {
        lede.add(e);
      }
    }
    return lede.size() <= 2 ? lede : List.of();
  }

  /**
   * Does this block, found under the headline, read as the story's standfirst? A paragraph of a
   * sentence or more, or a subheading of as many characters with or without a full stop; or a
   * shorter one, or a shorter subheading ({@code <h2 class="article-lead">},
   * {@code <h2 class="subheadline">}), of several words that ends a sentence or is named as a
   * standfirst (sites set standfirsts in headings as often as in paragraphs, and not always with a
   * full stop). Link-heavy blocks are teasers for other stories.
   */
  static boolean isLede(Element e) {
    // A div holding only text and inline markup: a paragraph, as preparation will make it (a
    // header removed as chrome is searched for its standfirst before that).
    boolean paragraph = e.normalName().equals("p")
        || e.normalName().equals("div") && PagePreparation.holdsNoBlock(e);
    if (!paragraph && !SUBHEADING.contains(e.normalName())) {
      return false;
    }
    String text = e.text();
    if (text.length() < MIN_SHORT_LEDE_CHARS || text.length() > MAX_STANDFIRST_CHARS
        || TextSignals.linkDensity(e) >= 0.2 || e.select("p, h2, h3, h4").size() > 1) {
      return false;
    }
    boolean sentence = TextSignals.SENTENCE_END.matcher(text).find();
    if (paragraph && text.length() >= MIN_LEDE_CHARS && sentence) {
      return true;
    }
    if (!paragraph && text.length() >= MIN_LEDE_CHARS) {
      // Headings take no full stop, a deck included: one of a long sentence under the headline
      // is the standfirst (a section heading is a few words).
      return true;
    }
    Element parent = e.parent();
    String names = e.className() + " " + e.id()
        + (parent == null ? "" : " " + parent.className() + " " + parent.id());
    return sentence || STANDFIRST_NAME.matcher(names.toLowerCase(java.util.Locale.ROOT)).find();
  }

  /**
   * The longest standfirst: a news standfirst is a sentence or two, but a magazine's or an
   * institute's introduction under the headline runs to a long paragraph of 1,000 characters
   * (a cap of 800 characters left such intros out). Longer text under the headline is the body.
   */
  private static final int MAX_STANDFIRST_CHARS = 1200;

  /** A standfirst shorter than a lead paragraph: a subheading of one sentence. */
  private static final int MIN_SHORT_LEDE_CHARS = 60;
  private static final java.util.Set<String> SUBHEADING = java.util.Set.of("h2", "h3", "h4");

  /**
   * Before a site or story header holding the headline is removed: the standfirsts after the
   * headline in it are moved out, in front of it, so that the story keeps its start.
   */
  static void keepLede(Element header) {
    Element mark = header.selectFirst("[" + MARK + "]");
    if (mark == null) {
      return;
    }
    boolean after = false;
    List<Element> lede = new ArrayList<>();
    for (Element e : header.getAllElements()) {
      if (e == mark) {
        after = true;
      } else if (after && !Trees.isAncestor(mark, e) && isLede(e)
          && lede.stream().noneMatch(l -> Trees.isAncestor(l, e))) {
        lede.add(e);
      }
    }
    if (lede.size() <= 2) {
      for (Element l : lede) {
        header.before(l);
      }
    }
  }
}
