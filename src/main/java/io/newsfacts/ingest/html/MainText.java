package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a page by scoring candidate blocks, after Mozilla's Readability.js: each
 * paragraph of 25+ characters scores its parent and (less) its ancestors by its commas and length;
 * a candidate's score is scaled down by its link density and nudged by class/id hints
 * ("article-body" up, "sidebar" down) and by semantic evidence ({@code <article>}, {@code <main>},
 * schema.org {@code articleBody}), which counts for something but is not taken on trust: an empty
 * {@code <main>}, a reader comment or a teaser {@code <article>} loses to the block that holds the
 * story's paragraphs. The best candidate is widened to siblings that score well (a story split over
 * several containers) and then cleaned of blocks that look like chrome (link lists, share bars,
 * image galleries). When that leaves too little text, the pass is repeated with fewer rules, as
 * Readability does, and the longest result is kept.
 *
 * <p>This class scores and chooses; {@link PagePreparation} removes what is never content,
 * {@link ClassNames} reads class/id hints, {@link Headline} finds a lead beside the headline and
 * {@link ContentCleaner} cleans the chosen block.
 */
public final class MainText {

  /** Below this many characters a result is suspected too short and a gentler pass is tried. */
  static final int ENOUGH_CHARS = 500;
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
  private static final Evaluator IN_PARAGRAPH = QueryParser.parse("p, pre, li, dd");

  private record Pass(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {}

  private static final List<Pass> PASSES = List.of(new Pass(true, true, true),
      new Pass(false, true, true), new Pass(false, false, true), new Pass(false, false, false));

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private Pass pass;

  private final String title;

  private MainText(String title) {
    this.title = title;
  }

  /**
   * The element holding the page's main text (detached from {@code page}, which is not changed), or
   * null when the page has no text at all. {@code title} is the page's metadata title (or null): a
   * heading that reads as it is the story's headline when the first {@code <h1>} names the site or
   * a box.
   */
  public static Element find(Document page, String title) {
    Element best = null;
    int bestProse = -1;
    for (Pass pass : PASSES) {
      Element result = new MainText(title).run(page.clone(), pass);
      int length = result == null ? 0 : result.text().length();
      if (length == 0) {
        continue;
      }
      if (best == null && length >= ENOUGH_CHARS) {
        return result;
      }
      if (best != null && proseParagraphs(best) >= 2) {
        return best; // short but a story: a gentler pass would mostly bring chrome back
      }
      // A gentler pass brings chrome back with the text it recovers (share bars, "most popular"
      // lists, form labels): worth it only for much more running text, whatever its total length.
      int prose = prose(result);
      if (best == null || prose > 2 * bestProse + 200) {
        best = result;
        bestProse = prose;
      }
    }
    return best;
  }

  private static long proseParagraphs(Element result) {
    return result.select("p, pre, li, dd, blockquote, td").stream().filter(MainText::isProse)
        .count();
  }

  private static boolean isProse(Element p) {
    return p.text().length() >= 80 && p.parent() != null && p.parent().closest(IN_PARAGRAPH) == null
        && TextSignals.linkDensity(p) < 0.3;
  }

  /**
   * Characters of running text: paragraphs of 80+ characters that are not mostly link text. Menus,
   * share bars, headline lists and form labels are short lines and do not count.
   */
  private static int prose(Element result) {
    int chars = 0;
    for (Element p : result.select("p, pre, li, dd, blockquote, td")) {
      if (isProse(p)) {
        chars += p.text().length();
      }
    }
    return chars;
  }

  private Element run(Document doc, Pass pass) {
    this.pass = pass;
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    PagePreparation.prepare(body, pass.stripUnlikely, title);
    List<Element> candidates = scoreParagraphs(body);
    if (candidates.isEmpty()) {
      return semanticContainer(body);
    }
    Element top = inHeadlinesArticle(body, topCandidate(body, candidates), candidates);
    StoryParts.Parts parts = StoryParts.of(body, top);
    Element start = parts.before().isEmpty() ? top : parts.before().get(0);
    List<Element> lede = Headline.ledeBefore(body, start);
    if (lede.isEmpty()) {
      lede = Headline.standfirstsBefore(body, start);
    }
    Element content = withSiblings(top);
    for (Element part : parts.after()) {
      if (!Trees.isAncestor(content, part)) {
        content.appendChild(part);
      }
    }
    for (int i = parts.before().size() - 1; i >= 0; i--) {
      if (!Trees.isAncestor(content, parts.before().get(i))) {
        content.prependChild(parts.before().get(i));
      }
    }
    for (int i = lede.size() - 1; i >= 0; i--) {
      if (lede.get(i).parent() != null && !Trees.isAncestor(content, lede.get(i))) {
        content.prependChild(lede.get(i));
      }
    }
    if (pass.cleanConditionally) {
      new ContentCleaner(this::score, pass.weightClasses).clean(content);
    }
    return content;
  }

  /**
   * With no paragraph long enough to score, markup is the only evidence: the largest non-empty
   * {@code <article>}, else {@code <main>}, else the whole (cleaned) body.
   */
  private static Element semanticContainer(Element body) {
    Element best = null;
    int bestLength = 0;
    for (Element article : body.select("article, [itemprop=articleBody]")) {
      int length = article.text().length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best == null) {
      for (Element main : body.select("main, [role=main]")) {
        if (!main.text().isBlank()) {
          return main;
        }
      }
    }
    return best != null ? best : body;
  }

  // ---- scoring ----

  private List<Element> scoreParagraphs(Element body) {
    List<Element> candidates = new ArrayList<>();
    Set<Element> cards = TeaserLists.cards(body);
    for (Element p : body.getAllElements()) {
      if (!SCORED_TAGS.contains(p.normalName())) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      if (ClassNames.inReferenceList(p) || TeaserLists.onCard(p, cards)) {
        continue;
      }
      // Nested scored tags (a p inside a blockquote) would count the same text twice.
      if (p.parent() != null && p.parent().closest(IN_PARAGRAPH) != null
          && !p.normalName().equals("td")) {
        continue;
      }
      double score = 1 + TextSignals.COMMAS.matcher(text).results().count()
          + Math.min(Math.floor(text.length() / 100.0), 3);
      Element ancestor = p.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (ancestor.normalName().equals("html")) {
          break;
        }
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    BlockStats stats = new BlockStats(body, TextSignals.COMMAS);
    for (Element c : candidates) {
      scores.put(c, scores.get(c) * (1 - stats.of(c).linkDensity()));
    }
    return candidates;
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    // Semantic markup is evidence of the story, weighed like a good class name.
    if (e.normalName().equals("article") || e.normalName().equals("main")
        || e.attr("itemprop").equalsIgnoreCase("articleBody")
        || e.attr("role").equalsIgnoreCase("main")) {
      score += 10;
    }
    return score + classWeight(e);
  }

  private double classWeight(Element e) {
    return pass.weightClasses ? ClassNames.weight(e) : 0;
  }

  private double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  private Element topCandidate(Element body, List<Element> candidates) {
    List<Element> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble(this::score).reversed());
    Element top = ranked.get(0);
    if (top == body) {
      return body;
    }
    // Several near-equal candidates under one ancestor: the story is split, take the ancestor.
    List<Element> close = new ArrayList<>();
    for (Element c : ranked.subList(1, Math.min(5, ranked.size()))) {
      if (score(c) / score(top) >= 0.75) {
        close.add(c);
      }
    }
    if (close.size() >= 3) {
      for (Element parent = top.parent(); parent != null && parent != body;
          parent = parent.parent()) {
        final Element p = parent;
        long contained = close.stream().filter(c -> Trees.isAncestor(p, c)).count();
        if (contained >= 3) {
          top = parent;
          break;
        }
      }
    }
    // Climb while the parent scores higher than the child: the child was one part of the story.
    double last = score(top);
    double threshold = last / 3;
    int chars = top.text().length();
    for (Element parent = top.parent(); parent != null && parent != body;
        parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double s = score(parent);
      if (s < threshold && wrapsNoMoreText(parent, chars)) {
        continue;
      }
      if (s < threshold) {
        break;
      }
      if (s > last) {
        top = parent;
        break;
      }
      last = s;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  /**
   * A wrapper that holds no text beyond the element below it (a table around its one row of
   * signatures, a div around a list) is the same block: its score is lower only because a
   * paragraph counts less the further up it sits, so falling under the threshold must not end the
   * climb to the container that holds the story's paragraphs beside it.
   */
  private static boolean wrapsNoMoreText(Element parent, int childChars) {
    return parent.text().length() <= childChars;
  }

  /**
   * Pages that load the next stories as the reader scrolls, or that list other stories as full
   * {@code <article>}s, can hold a longer story than the page's own: when the best candidate sits in
   * another {@code <article>} than the headline, the best candidate of the headline's article wins
   * if it scores at least a third as much.
   */
  private Element inHeadlinesArticle(Element body, Element top, List<Element> candidates) {
    Element mark = Headline.marked(body);
    if (mark == null || Trees.isAncestor(top, mark)) {
      return top;
    }
    Element own = mark.closest("article");
    Element other = top.closest("article");
    if (own == null || other == null || own == other || Trees.isAncestor(own, other)
        || Trees.isAncestor(other, own)) {
      return top;
    }
    Element best = null;
    for (Element c : candidates) {
      if ((c == own || Trees.isAncestor(own, c)) && (best == null || score(c) > score(best))) {
        best = c;
      }
    }
    return best != null && score(best) * 3 >= score(top) ? best : top;
  }

  /** The top candidate and those siblings that score well or read as story paragraphs. */
  private Element withSiblings(Element top) {
    Element parent = top.parent();
    Element content = new Element("div");
    if (parent == null || top.normalName().equals("body")) {
      content.appendChild(top);
      return content;
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : new ArrayList<>(parent.children())) {
      boolean append = sibling == top;
      // An article with a headline of its own beside the chosen one is another story, however well
      // it scores (parts of one page, such as a recipe's ingredients, have no h1).
      boolean otherStory = top.normalName().equals("article")
          && sibling.normalName().equals("article") && sibling.selectFirst("h1") != null;
      if (!append && !otherStory) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className())
            ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
          append = true;
        } else if (sibling.normalName().equals("p")) {
          String text = sibling.text();
          double density = TextSignals.linkDensity(sibling);
          append = (text.length() > 80 && density < 0.25)
              || (!text.isEmpty() && text.length() <= 80 && density == 0
                  && TextSignals.SENTENCE_END.matcher(text).find());
        }
      }
      if (append) {
        content.appendChild(sibling);
      }
    }
    return content;
  }
}
