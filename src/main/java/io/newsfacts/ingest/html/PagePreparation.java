package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readies a page's body for scoring: removes what is never content (scripts, navigation, hidden
 * elements), on the strict pass also what is named as chrome, and turns divs without block
 * children (and loose text beside blocks) into paragraphs so that they can score.
 */
final class PagePreparation {

  private static final Pattern DISPLAY_NONE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** rt/rp: ruby readings (furigana) printed over the base text, not part of the sentence. */
  private static final String NEVER_CONTENT = "script, style, template, svg, iframe, rt, rp, "
      + "canvas, object, embed, video, audio, button, select, textarea, input, dialog, link, meta, "
      + "figcaption, "
      + "nav, aside, [hidden], [aria-hidden=true], [role=navigation], "
      + "[role=contentinfo], [role=complementary], [role=menu], [role=menubar], [role=search], "
      + "[role=dialog], [role=alertdialog], [role=toolbar]";

  /** Tags that, holding none of these, make a div a paragraph (Readability's DIV_TO_P_ELEMS). */
  private static final Set<String> DIV_BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p",
      "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
      "header", "footer", "main", "form", "li");


  /**
   * Some pages print their whole story inside {@code <noscript>} (a fallback for readers without
   * scripts, e.g. Blogger): a noscript holding this much text is content, not a tracking pixel or
   * a "please enable JavaScript" note.
   */
  private static final int NOSCRIPT_CONTENT_CHARS = 500;

  private PagePreparation() {}

  static void prepare(Element body, boolean stripUnlikely, String title) {
    ImageCaptions.remove(body); // before images go with the never-content below (picture, a)
    for (Element e : body.select(NEVER_CONTENT)) {
      if (!isMainMarkedAsAside(e)) {
        e.remove();
      }
    }
    removeControls(body);
    // The headline is marked once navigation and hidden boxes are gone: an <h1> in a menu
    // ("Navigation", set for screen readers) is not the story's.
    Headline.mark(body, title);
    for (Element e : body.select("[role=banner]")) {
      if (e.parent() != null && !holdsMain(e)) {
        e.remove();
      }
    }
    for (Element e : body.select("noscript")) {
      if (e.parent() != null && e.text().length() < NOSCRIPT_CONTENT_CHARS) {
        e.remove();
      }
    }
    for (Element e : body.select("[style]")) {
      if (DISPLAY_NONE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    ImageCaptions.removeImageBoxes(body); // once noscript copies of lazy-loaded images are gone
    if (stripUnlikely) {
      stripUnlikely(body);
    }
    // A div without block children is a paragraph; inline text beside blocks is one too.
    Set<Element> holdingBlocks = elementsHoldingBlocks(body);
    for (Element div : new ArrayList<>(body.select("div"))) {
      if (!holdingBlocks.contains(div)) {
        div.tagName("p");
      } else {
        wrapLooseText(div, holdingBlocks);
      }
    }
  }

  /**
   * WAI-ARIA marks an element that works as a control with a widget role: a toggle that shows an
   * image or a list of sources ("Bild anzeigen", "Quellen ausblenden"), a "Pin it" or "Print"
   * button drawn as a {@code <div>} or {@code <a>}. Its text names an action, not part of the
   * story, as for a {@code <button>}. One that holds a heading is an accordion's title over the
   * panel it opens, and stays; so does a long one (a script made a block of text clickable: a
   * control's label is a few words).
   */
  private static void removeControls(Element body) {
    for (Element e : body.select(CONTROL_ROLES)) {
      if (e.parent() != null && e.selectFirst("h1, h2, h3, h4, h5, h6") == null
          && e.text().length() <= MAX_CONTROL_CHARS) {
        e.remove();
      }
    }
  }

  private static final int MAX_CONTROL_CHARS = 200;

  private static final String CONTROL_ROLES = "[role=button], [role=switch], [role=checkbox], "
      + "[role=radio], [role=slider], [role=spinbutton], [role=progressbar], [role=scrollbar]";

  private static void stripUnlikely(Element body) {
    BlockStats stats = new BlockStats(body, TextSignals.COMMAS);
    int bodyLength = stats.of(body).chars;
    Element mark = Headline.marked(body);
    for (Element e : new ArrayList<>(body.getAllElements())) {
      // A wrapper named like "layout-with-sidebar" can hold the story itself: an element holding
      // most of the text is layout, not chrome (reader comments excepted), unless the story
      // stands beside it under the headline.
      if (e != body && e.parent() != null && ClassNames.isUnlikely(e)
          && (e.normalName().equals("header") || stats.of(e).chars * 2 <= bodyLength
              || ClassNames.isComments(e) || isBesideTheStory(e, mark))
          && !Headline.isStandfirst(e, body)) {
        Headline.keepMark(e);
        Headline.keepLede(e);
        stats.remove(e);
      }
    }
  }

  /**
   * A box named as chrome beside the branch that holds the headline and the story's paragraphs is
   * chrome however much text it holds: a sidebar of the newest posts, each with its teaser,
   * outweighs a short post beside it, but a wrapper holding the story holds its headline too.
   */
  private static boolean isBesideTheStory(Element e, Element mark) {
    if (mark == null || Trees.isAncestor(e, mark)) {
      return false;
    }
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (Trees.isAncestor(a, mark)) {
        Element branch = mark;
        while (branch.parent() != a) {
          branch = branch.parent();
        }
        return branch.select("p").stream().filter(TextSignals::isRunningText).count()
            >= MIN_STORY_PARAGRAPHS;
      }
    }
    return false;
  }

  /** Paragraphs of running text beside the headline that make a story, not a standfirst. */
  private static final int MIN_STORY_PARAGRAPHS = 2;

  /**
   * An {@code <aside>} that holds nearly all the text of the page's {@code <main>} is the main
   * content marked with the wrong tag (a CMS that sets the story in a "panel" aside): nothing in
   * {@code <main>} is left for it to stand beside.
   */
  private static boolean isMainMarkedAsAside(Element e) {
    if (!e.normalName().equals("aside") || e.parent() == null) {
      return false;
    }
    Element main = e.parent().closest("main, [role=main]");
    if (main == null) {
      return false;
    }
    int asideChars = e.text().length();
    return asideChars > 0 && asideChars >= MAIN_SHARE * main.text().length();
  }

  private static final double MAIN_SHARE = 0.8;

  /**
   * A site header (tag or ARIA banner) around the page's {@code <main>} is an unclosed header tag
   * that the parser stretched over the page, not chrome.
   */
  static boolean holdsMain(Element e) {
    return e.selectFirst("main, [role=main]") != null;
  }

  /**
   * Does this element hold no block below it, so that a div of it reads as a paragraph? The walk
   * stops at the first block: asked of each of thousands of nested divs, a whole-subtree select
   * made reading such a page quadratic (minutes for 20,000 levels).
   */
  static boolean holdsNoBlock(Element e) {
    boolean[] found = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node != e && node instanceof Element d && DIV_BLOCKS.contains(d.normalName())) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return !found[0];
  }

  /** Every element with a block descendant, found in one bottom-up walk (pages nest deeply). */
  private static Set<Element> elementsHoldingBlocks(Element root) {
    Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.parent() != null
            && (DIV_BLOCKS.contains(e.normalName()) || holding.contains(e))) {
          holding.add(e.parent());
        }
      }
    }, root);
    return holding;
  }

  /** Wraps each run of text and inline elements sitting directly in {@code div} into a p. */
  private static void wrapLooseText(Element div, Set<Element> holdingBlocks) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(div.childNodes())) {
      boolean inline = child instanceof TextNode
          || (child instanceof Element e && !BlockText.isBlock(e) && !holdingBlocks.contains(e)
              && !DIV_BLOCKS.contains(e.normalName()));
      if (inline) {
        run.add(child);
      } else {
        wrap(run);
      }
    }
    wrap(run);
  }

  private static void wrap(List<Node> run) {
    boolean hasText = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
        : n instanceof Element e && !e.text().isBlank());
    if (hasText) {
      Element p = new Element("p");
      run.get(0).before(p);
      for (Node n : run) {
        p.appendChild(n);
      }
    }
    run.clear();
  }
}
