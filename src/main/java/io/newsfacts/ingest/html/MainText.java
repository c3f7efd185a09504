package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
 */
public final class MainText {

  /** Below this many characters a result is suspected too short and a gentler pass is tried. */
  static final int ENOUGH_CHARS = 500;
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumb",
      "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
      "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
      "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
      "pager", "popup", "yom-remote", "cookie", "consent", "newsletter", "subscribe", "share",
      "sharing", "teaser", "recommend", "outbrain", "taboola", "navigation", "navbar", "toolbar",
      "widget", "login", "signup");
  private static final List<String> MAYBE_CANDIDATE = List.of("and", "article", "body", "column",
      "content", "main", "shadow", "story", "entry", "post");
  private static final List<String> POSITIVE = List.of("article", "body", "content", "entry",
      "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "beitrag", "artikel",
      "inhalt", "texto", "contenido", "corps");
  private static final List<String> NEGATIVE = List.of("-ad-", "hidden", "banner", "combx",
      "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain",
      "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
      "shopping", "tags", "widget", "byline", "author", "dateline", "teaser", "recommend",
      "newsletter", "cookie", "breadcrumb", "social", "caption", "credit");
  /** class/id words that clearly name chrome, matched as whole words. */
  private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "navigation", "menu",
      "breadcrumb", "breadcrumbs", "share", "sharing", "sharebar", "social", "cookie", "cookies",
      "consent", "gdpr", "related", "recommended", "recirculation", "comment", "comments", "disqus",
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
      "promo", "newsletter", "subscribe", "subscription", "paywall", "popup", "modal", "sidebar",
      "skip", "taboola", "outbrain");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  /** Commas of many scripts; the ideographic comma and full stop count in CJK text. */
  private static final Pattern COMMAS = Pattern.compile("[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34"
      + "\u2E32\uFF0C\u3001\u3002]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?:\\s|$)");
  private static final Pattern DISPLAY_NONE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** rt/rp: ruby readings (furigana) printed over the base text, not part of the sentence. */
  private static final String NEVER_CONTENT = "script, style, noscript, template, svg, iframe, rt, rp, "
      + "canvas, object, embed, video, audio, button, select, textarea, input, dialog, link, meta, "
      + "nav, aside, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
      + "[role=contentinfo], [role=complementary], [role=menu], [role=menubar], [role=search], "
      + "[role=dialog], [role=alertdialog], [role=toolbar]";

  /** Tags that, holding none of these, make a div a paragraph (Readability's DIV_TO_P_ELEMS). */
  private static final Set<String> DIV_BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p",
      "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
      "header", "footer", "main", "form", "li");

  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd");

  private record Pass(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {}

  private static final List<Pass> PASSES = List.of(new Pass(true, true, true),
      new Pass(false, true, true), new Pass(false, false, true), new Pass(false, false, false));

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private Pass pass;

  private MainText() {}

  /**
   * The element holding the page's main text (detached from {@code page}, which is not changed), or
   * null when the page has no text at all.
   */
  public static Element find(Document page) {
    Element best = null;
    int bestLength = -1;
    for (Pass pass : PASSES) {
      Element result = new MainText().run(page.clone(), pass);
      int length = result == null ? 0 : result.text().length();
      if (length == 0) {
        continue;
      }
      if (best == null && length >= ENOUGH_CHARS) {
        return result;
      }
      if (best != null && bestLength >= ENOUGH_CHARS / 2) {
        return best; // short but real: a gentler pass would mostly bring chrome back
      }
      // A gentler pass brings chrome back with the text it recovers: worth it only for much more.
      if (best == null || length > 2 * bestLength + 200) {
        best = result;
        bestLength = length;
      }
    }
    return best;
  }

  private Element run(Document doc, Pass pass) {
    this.pass = pass;
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    prepare(body);
    List<Element> candidates = scoreParagraphs(body);
    if (candidates.isEmpty()) {
      return semanticContainer(body);
    }
    Element top = topCandidate(body, candidates);
    List<Element> lede = ledeBetweenHeadlineAnd(body, top);
    Element content = withSiblings(top);
    for (int i = lede.size() - 1; i >= 0; i--) {
      if (lede.get(i).parent() != null) {
        content.prependChild(lede.get(i));
      }
    }
    clean(content);
    return content;
  }

  // ---- the headline's position ----

  private static final String HEADLINE_MARK = "data-newsfacts-headline";
  private static final int MIN_LEDE_CHARS = 100;

  /** Marks the story's h1, leaving a mark in its place should the header holding it go. */
  private static void markHeadline(Element body) {
    Element h1 = body.selectFirst("article h1, main h1, h1");
    if (h1 != null) {
      h1.attr(HEADLINE_MARK, "");
    }
  }

  /**
   * A standfirst or lead paragraph often sits between the headline and the body, in a container
   * of its own that scoring does not reach: paragraphs of running text in that stretch of the page
   * are the story's start.
   */
  private List<Element> ledeBetweenHeadlineAnd(Element body, Element top) {
    List<Element> lede = new ArrayList<>();
    Element mark = body.selectFirst("[" + HEADLINE_MARK + "]");
    if (mark == null || isAncestor(top, mark) || isAncestor(mark, top)) {
      return lede;
    }
    boolean between = false;
    for (Element e : body.getAllElements()) {
      if (e == mark) {
        between = true;
      } else if (e == top) {
        break;
      } else if (between && e.normalName().equals("p") && e.parent() != null
          && lede.stream().noneMatch(l -> isAncestor(l, e))) {
        String text = e.text();
        if (text.length() >= MIN_LEDE_CHARS && linkDensity(e) < 0.2
            && SENTENCE_END.matcher(text).find() && e.select("p").size() == 1) {
          lede.add(e);
        }
      }
    }
    // Far from the body, text is more likely a teaser box than a lead: a lead is short.
    return lede.size() <= 2 ? lede : List.of();
  }

  // ---- preparation ----

  private void prepare(Element body) {
    markHeadline(body);
    for (Element e : body.select(NEVER_CONTENT)) {
      e.remove();
    }
    for (Element e : body.select("[style]")) {
      if (DISPLAY_NONE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    if (pass.stripUnlikely) {
      BlockStats stats = new BlockStats(body, COMMAS);
      int bodyLength = stats.of(body).chars;
      for (Element e : new ArrayList<>(body.getAllElements())) {
        // A wrapper named like "layout-with-sidebar" can hold the story itself: an element holding
        // most of the text is layout, not chrome (reader comments excepted).
        if (e != body && e.parent() != null && isUnlikely(e)
            && (e.normalName().equals("header") || stats.of(e).chars * 2 <= bodyLength
                || isComments(e))) {
          if (e.selectFirst("[" + HEADLINE_MARK + "]") != null) {
            e.before(new Element("span").attr(HEADLINE_MARK, ""));
          }
          stats.remove(e);
        }
      }
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

  /** Every element with a block descendant, found in one bottom-up walk (pages nest deeply). */
  private static Set<Element> elementsHoldingBlocks(Element root) {
    Set<Element> holding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
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

  private static final Evaluator IN_CODE_OR_TABLE = QueryParser.parse("table, code, pre");
  private static final Evaluator IN_PARAGRAPH = QueryParser.parse("p, pre, li, dd");
  private static final Evaluator FIGURE = QueryParser.parse("figure");

  private static boolean isUnlikely(Element e) {
    String tag = e.normalName();
    boolean named = e.hasAttr("class") || e.hasAttr("id");
    if (named && !tag.equals("body") && isComments(e)) {
      return true; // reader comments are often marked up as articles too
    }
    if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")
        || tag.equals("table") || tag.equals("tbody") || tag.equals("tr") || tag.equals("td")) {
      return false;
    }
    if (tag.equals("footer")) {
      return true;
    }
    if (tag.equals("header")) {
      // A story's header holds headline, date and byline (metadata, read elsewhere); keep one that
      // also holds a standfirst paragraph.
      return e.select("p").stream().noneMatch(p -> p.text().length() >= 80);
    }
    if (tag.equals("form")) {
      return true;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    // Whole words that name chrome win over a hopeful word beside them ("related-articles").
    for (String word : nameWords(names)) {
      if (CHROME_WORDS.contains(word)) {
        return true;
      }
    }
    String lower = names.toLowerCase(Locale.ROOT);
    if (!containsAny(lower, UNLIKELY) || containsAny(lower, MAYBE_CANDIDATE)) {
      return false;
    }
    return e.closest(IN_CODE_OR_TABLE) == null;
  }

  /** Class and id hints are substrings, as Readability matches them ("article-body" has "body"). */
  private static boolean containsAny(String lowerNames, List<String> fragments) {
    for (String f : fragments) {
      if (lowerNames.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComments(Element e) {
    List<String> words = nameWords(e.className() + " " + e.id());
    return words.contains("comments") || words.contains("comment") || words.contains("disqus");
  }

  /** "shareBar related-links ad_slot" → share, bar, related, links, ad, slot. */
  static List<String> nameWords(String classAndId) {
    String spaced = CAMEL.matcher(classAndId).replaceAll("$1 $2");
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(spaced.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
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

  // ---- scoring ----

  private List<Element> scoreParagraphs(Element body) {
    List<Element> candidates = new ArrayList<>();
    for (Element p : body.getAllElements()) {
      if (!SCORED_TAGS.contains(p.normalName())) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      // Nested scored tags (a p inside a blockquote) would count the same text twice.
      if (p.parent() != null && p.parent().closest(IN_PARAGRAPH) != null
          && !p.normalName().equals("td")) {
        continue;
      }
      double score = 1 + COMMAS.matcher(text).results().count()
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
    BlockStats stats = new BlockStats(body, COMMAS);
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
    if (!pass.weightClasses) {
      return 0;
    }
    double weight = 0;
    for (String name : List.of(e.className(), e.id())) {
      if (name.isBlank()) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (containsAny(lower, NEGATIVE) || nameWords(lower).contains("hid")) {
        weight -= 25;
      }
      if (containsAny(lower, POSITIVE)) {
        weight += 25;
      }
    }
    return weight;
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
        long contained = close.stream().filter(c -> isAncestor(p, c)).count();
        if (contained >= 3) {
          top = parent;
          break;
        }
      }
    }
    // Climb while the parent scores higher than the child: the child was one part of the story.
    double last = score(top);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && parent != body;
        parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double s = score(parent);
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

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
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
      if (!append) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className())
            ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
          append = true;
        } else if (sibling.normalName().equals("p")) {
          String text = sibling.text();
          double density = linkDensity(sibling);
          append = (text.length() > 80 && density < 0.25)
              || (!text.isEmpty() && text.length() <= 80 && density == 0
                  && SENTENCE_END.matcher(text).find());
        }
      }
      if (append) {
        content.appendChild(sibling);
      }
    }
    return content;
  }

  // ---- cleaning the chosen content ----

  private void clean(Element content) {
    if (!pass.cleanConditionally) {
      return;
    }
    BlockStats stats = new BlockStats(content, COMMAS);
    int contentLength = stats.of(content).chars;
    for (String tag : List.of("form", "fieldset", "table", "ul", "ol", "dl", "div", "section",
        "header", "footer")) {
      List<Element> elements = new ArrayList<>(content.getElementsByTag(tag));
      java.util.Collections.reverse(elements); // innermost first
      for (Element e : elements) {
        // A block holding most of the chosen text is the story's wrapper, whatever its name.
        if (e.parent() != null && e != content && stats.of(e).chars * 2 <= contentLength
            && isFishy(e, stats.of(e))) {
          stats.remove(e);
        }
      }
    }
    // Headings named like chrome ("Related", "Share this") go too.
    for (Element h : new ArrayList<>(content.select("h1, h2, h3, h4, h5, h6"))) {
      if (classWeight(h) < 0) {
        h.remove();
      }
    }
    removeHeadingsWithoutText(content);
  }

  /**
   * A heading with no text after it before the next heading or the end headed a block that was
   * cleaned away ("More stories", "Read also" over a list of links): it goes with it.
   */
  private static void removeHeadingsWithoutText(Element content) {
    List<Element> headings = new ArrayList<>(content.select("h1, h2, h3, h4, h5, h6"));
    java.util.Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(headings);
    Element pending = null;
    for (Element e : content.getAllElements()) {
      if (set.contains(e)) {
        if (pending != null) {
          pending.remove();
        }
        pending = e;
      } else if (pending != null && !isAncestor(pending, e) && !isAncestor(e, pending)
          && e.childrenSize() == 0 && !e.text().isBlank()) {
        pending = null; // text follows the heading
      } else if (pending != null && !isAncestor(pending, e) && !isAncestor(e, pending)
          && !e.ownText().isBlank()) {
        pending = null;
      }
    }
    if (pending != null) {
      pending.remove();
    }
  }

  /** Readability's conditional cleaning: does this block look like chrome rather than story? */
  private boolean isFishy(Element e, BlockStats.Counts counts) {
    if (e.normalName().equals("table") && isDataTable(e)) {
      return false;
    }
    double weight = classWeight(e);
    if (weight + score(e) < 0) {
      return true;
    }
    if (counts.commas >= 10) {
      return false;
    }
    boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol")
        || e.normalName().equals("dl");
    int paragraphs = counts.paragraphs - (e.normalName().equals("p") ? 1 : 0);
    int images = counts.images;
    int items = counts.items - 100;
    int inputs = counts.inputs;
    double density = counts.linkDensity();
    int length = counts.chars;
    boolean inFigure = e.closest(FIGURE) != null;
    if (images > 1 && (double) paragraphs / images < 0.5 && !inFigure) {
      return true;
    }
    if (!isList && items > paragraphs) {
      return true;
    }
    if (inputs > Math.floor(paragraphs / 3.0)) {
      return true;
    }
    if (!isList && length < MIN_PARAGRAPH_CHARS && (images == 0 || images > 2) && !inFigure
        && counts.headingDensity() < 0.9) {
      return true;
    }
    if (!isList && weight < 25 && density > 0.2) {
      return true;
    }
    if (weight >= 25 && density > 0.5) {
      return true;
    }
    // A list of links (related stories, tags) rather than a list of points.
    return isList && density > 0.5;
  }

  private static boolean isDataTable(Element table) {
    if (table.attr("role").equals("presentation")) {
      return false;
    }
    if (!table.select("caption, thead, th").isEmpty() || !table.attr("summary").isEmpty()) {
      return true;
    }
    return table.select("table table").isEmpty() && table.getElementsByTag("tr").size() >= 10;
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
