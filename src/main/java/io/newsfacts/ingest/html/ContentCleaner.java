package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Readability's conditional cleaning of the chosen content: link lists, image galleries, blocks
 * with more list items than paragraphs or with form inputs go (data tables stay); so do headings
 * named like chrome and headings left with no text after them.
 */
final class ContentCleaner {

  private static final int MIN_BLOCK_CHARS = 25;
  private static final int MAX_LINK_PARAGRAPH_CHARS = 200;
  private static final Evaluator FIGURE = QueryParser.parse("figure");

  /** A candidate's score from the scoring pass (0 for elements that were not candidates). */
  private final ToDoubleFunction<Element> score;
  private final boolean weightClasses;

  ContentCleaner(ToDoubleFunction<Element> score, boolean weightClasses) {
    this.score = score;
    this.weightClasses = weightClasses;
  }

  void clean(Element content) {
    BlockStats stats = new BlockStats(content, TextSignals.COMMAS);
    int contentLength = stats.of(content).chars;
    for (String tag : List.of("form", "fieldset", "table", "ul", "ol", "dl", "div", "section",
        "header", "footer")) {
      List<Element> elements = new ArrayList<>(content.getElementsByTag(tag));
      Collections.reverse(elements); // innermost first
      for (Element e : elements) {
        // A block holding most of the chosen text is the story's wrapper, whatever its name.
        if (e.parent() != null && e != content && stats.of(e).chars * 2 <= contentLength
            && isFishy(e, stats.of(e))) {
          stats.remove(e);
        }
      }
    }
    removeShortMetadataLines(content, stats);
    removePostMetadata(content, stats);
    removeDateLines(content);
    removeShortParagraphs(content, MAX_CREDIT_LINE_CHARS, CREDIT_LINE);
    removeShortParagraphs(content, MAX_CAPTION_CHARS, NUMBERED_CAPTION);
    removeShortParagraphs(content, MAX_PROMOTION_CHARS, OWN_CHANNEL_PROMOTION);
    removeShortParagraphs(content, MAX_PROMOTION_CHARS, LATEST_NEWS_OFFER);
    removeShortParagraphs(content, MAX_PROMOTION_CHARS, READER_SUPPORT_APPEAL);
    removeLinkParagraphs(content);
    DeskNotes.remove(content);
    // Headings named like chrome ("Related", "Share this") go too.
    for (Element h : new ArrayList<>(content.select("h1, h2, h3, h4, h5, h6"))) {
      if (classWeight(h) < 0) {
        h.remove();
      }
    }
    removeHeadingsWithoutText(content);
  }

  /**
   * A short paragraph that is mostly one link is a pointer to another page ("See also: <headline>",
   * a teaser line), not a sentence of this story. A paragraph that is nothing but a web or e-mail
   * address is not such a pointer: the story prints where to sign a petition or whom to write to,
   * and the address is its text.
   */
  private static void removeLinkParagraphs(Element content) {
    for (Element p : new ArrayList<>(content.getElementsByTag("p"))) {
      String text = p.text();
      if (!text.isEmpty() && text.length() < MAX_LINK_PARAGRAPH_CHARS
          && TextSignals.linkDensity(p) > 0.5 && !PRINTED_ADDRESS.matcher(text).matches()) {
        p.remove();
      }
    }
  }

  /**
   * A paragraph that is only a date or a time ("23.10.2018", "2018-10-23 14:05", "17:05 Uhr"),
   * or one short label before a date ("Aktualisiert am 17.01.2021.", "Updated: 3/10/2004") or
   * before a {@code <time>} element, dates the page: it is metadata, read from the markup, not a
   * sentence of the story. A date inside a sentence or a line with more words is text.
   */
  private static void removeDateLines(Element content) {
    removeShortParagraphs(content, MAX_DATE_LINE_CHARS, p -> {
      Elements times = p.getElementsByTag("time");
      // a <time> element is a date whatever words it shows ("yesterday", "3 days ago")
      String line = times.isEmpty() ? p.text() : p.text().replace(times.text(), ANY_DATE).strip();
      return DATE_LINE.matcher(line).matches();
    });
  }

  /** Removes each non-empty paragraph of at most {@code maxChars} that opens with {@code line}. */
  private static void removeShortParagraphs(Element content, int maxChars, Pattern line) {
    removeShortParagraphs(content, maxChars, p -> line.matcher(p.text()).lookingAt());
  }

  /** Removes each non-empty paragraph of at most {@code maxChars} that {@code isMetadata} names. */
  private static void removeShortParagraphs(Element content, int maxChars,
      Predicate<Element> isMetadata) {
    for (Element p : new ArrayList<>(content.getElementsByTag("p"))) {
      String text = p.text();
      if (!text.isEmpty() && text.length() <= maxChars && isMetadata.test(p)) {
        p.remove();
      }
    }
  }

  private static final int MAX_DATE_LINE_CHARS = 60;
  /** Stands for a {@code <time>} element's words: any date {@link #DATE_LINE} reads as one. */
  private static final String ANY_DATE = " 1.1.2000 ";
  /** Up to three words of label (ending in a colon or not), a numeric date or time, a time. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?:\\p{L}[\\p{L}.]*(?:\\s+\\p{L}[\\p{L}.]*){0,2}\\s*:?\\s+)?"
      + "(?:\\d{1,4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{1,4}(?:,?\\s+\\d{1,2}[:.]\\d{2})?"
      + "|\\d{1,2}:\\d{2})\\s*(?:\\p{L}{1,3})?\\.?");

  /**
   * A short paragraph that opens with the label of a picture credit ("Foto: Anna Berg",
   * "Titelbild: …/dpa", "Crédits photos : …", "Image: …") credits the page's pictures, as the
   * press prints it under a photo or at the foot of a story: who took the picture, not a sentence
   * of the story (a credit inside a caption line, "… Photo: AFP", is not at the line's start).
   * A source line at the foot of a story or under a table ("Quelle: dpa", "Source: Eurostat",
   * "Fuente: EFE") credits where the story or its figures came from in the same way. The
   * pattern: a picture-credit or source label in the languages of the press, its colon, the
   * credit.
   */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?:(?:titel|beitrags)?(?:bild|bilder|foto|fotos)|bildnachweis|fotonachweis|bildquelle"
      + "|photos?|photograph|images?|pictures?|(?:photo\\s+)?credits?|crédits?\\s+photos?"
      + "|fotografía|imagen|quellen?|sources?|fuentes?|fontes?)\\s*:\\s*\\S",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A credit names a photographer or an agency, a caption at most a short phrase with it. */
  private static final int MAX_CREDIT_LINE_CHARS = 120;

  /**
   * A short paragraph that opens with a numbered figure label ("Abbildung 4: …", "Fig. 2: …",
   * "Figure 3. …") is the caption of the picture or chart beside it, set as a paragraph of its own
   * rather than in a {@code <figcaption>}, which is not text either. A sentence that refers to a
   * figure names it inside the sentence ("As figure 3 shows, …"), not as its label. The pattern:
   * a figure's label in the languages of the press, its number, a colon or a full stop.
   */
  private static final Pattern NUMBERED_CAPTION = Pattern.compile(
      "(?:abbildung|abb\\.|figure|fig\\.|figura|grafik|schaubild)\\s*\\d+\\s*[:.]\\s*\\S",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_CAPTION_CHARS = 250;

  /**
   * A paragraph with no quotation mark: a promotion or an appeal is the desk's own voice, while the
   * same words in quoted speech ("Our app reached a million users," she said) are the story's.
   */
  private static final String UNQUOTED = "(?![^„“”\"«»]*[„“”\"«»])";

  /**
   * A short paragraph inviting the reader to the publication's own channel ("Never miss the
   * latest news by signing up to our newsletter today!", "Abonnieren Sie unseren Newsletter",
   * "¡Mira lo que tiene nuestro canal de YouTube!") is the desk's promotion set in plain type
   * inside the story's container, the same call {@link DeskNotes} takes when it is set in bold:
   * the site's newsletter, app or channel, named as its own or with a call to subscribe or join.
   * Quoted speech ("Our app reached a million users," she said) is a sentence of the story, and so
   * is news about someone else's app ("Farmers who join the co-operative's app can sell …"): a
   * call is the imperative opening a sentence or the gerund after "by" ("by signing up to …"). The
   * pattern: no quotation mark, then "our" anywhere or a call, at most two words, and a
   * newsletter, an app or a channel.
   */
  private static final Pattern OWN_CHANNEL_PROMOTION = Pattern.compile(
      UNQUOTED + ".*(?:\\b(?:our|unser\\p{L}*|nuestr[oa]s?|notre|nos|tenemos)"
      + "|(?:^|[.!?¡¿:]\\s*|\\bby\\s+)(?:subscribe|abonnier\\p{L}*|suscr[ií]b\\p{L}*|sign(?:ing)? up"
      + "|join(?:ing)?|únete))(?:\\s+\\S+){0,2}?\\s+(?:\\S+-)?"
      + "(?:newsletters?|apps?|canal|kanal|channel)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  private static final int MAX_PROMOTION_CHARS = 250;

  /**
   * A short paragraph that opens by offering the reader the latest news and names an app or a
   * newsletter ("Get the latest news straight to your phone with the … app.", "For the latest
   * stories and breaking news updates download the … apps for iOS and Android.") is the same
   * promotion of the publication's own channel, worded as what it brings rather than as "our".
   * A sentence of the story about an app does not open by addressing the reader ("The latest
   * prices now reach every farm through the co-operative's app."), and quoted speech stays.
   */
  private static final Pattern LATEST_NEWS_OFFER = Pattern.compile(
      UNQUOTED + "(?:get|for|receive|für|erhalten sie|para|recibe)\\s+"
      + "(?:the\\s+|die\\s+|las\\s+)?(?:latest|breaking|neuesten|aktuellsten|últimas)\\b"
      + "(?=.*\\b(?:apps?|newsletters?)\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  /**
   * A short paragraph asking the reader to pay for the publication's work ("If you enjoyed this
   * post, would you consider supporting our work?", "Unterstütze unser Magazin", "Apóyanos
   * nuestro periodismo") or to join it as a member ("… HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS",
   * "Become a member") is the desk's appeal for reader revenue, not the story. The call names the
   * publication's own work ("our", "unser", "nuestro"), or opens a sentence as an imperative:
   * "She hopes to become a member of the council", "a fund in support of local journalism" and
   * "El alcalde apoya el trabajo de los bomberos" are sentences of a story. Quoted speech stays.
   */
  private static final Pattern READER_SUPPORT_APPEAL = Pattern.compile(
      UNQUOTED + ".*?(?:\\b(?:support(?:ing)?|unterstütz\\p{L}*|apoy\\p{L}*|apóyanos"
      + "|help(?: us)?)\\s+(?:our|my|unser\\p{L}*|nuestr[oa]s?)\\s+(?:\\p{L}+\\s+)?"
      + "(?:work|journalism|journalismus|periodismo|magazin\\p{L}*|reporting|redaktion|arbeit"
      + "|trabajo)\\b"
      + "|(?:^|[.!?]\\s+)(?:hazte (?:miembro|soci[oa])|become a (?:member|supporter)"
      + "|werde (?:mitglied|unterstützer\\p{L}*)|werden sie (?:mitglied|unterstützer\\p{L}*)"
      + "|devenez membre)\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  /** A whole paragraph that is one web or e-mail address, as printed ("http://…", "a@b.org"). */
  private static final Pattern PRINTED_ADDRESS = Pattern.compile(
      "(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.\\p{L}{2,}", Pattern.CASE_INSENSITIVE);

  /**
   * A short element named as a byline, date line or photo credit ("By Ana Souza", "2:54pm",
   * "Photograph by …") is metadata about the story, read elsewhere, not its text; so is a short
   * picture caption named as such ({@link ClassNames#isCaption}), set apart from its picture.
   */
  private static void removeShortMetadataLines(Element content, BlockStats stats) {
    for (Element e : new ArrayList<>(content.getAllElements())) {
      if (e == content || e.parent() == null || !e.hasAttr("class") && !e.hasAttr("id")) {
        continue;
      }
      // Lengths from the bottom-up stats: asking each element for its text is quadratic.
      if (stats.of(e).chars <= MAX_METADATA_LINE_CHARS
          && (ClassNames.nameWords(e.className() + " " + e.id()).stream()
              .anyMatch(METADATA_WORDS::contains) || ClassNames.isCaption(e))
          && !opensRunningText(e)) {
        stats.remove(e);
      }
    }
  }

  /**
   * A blog theme's line of post metadata under or over the story ({@code postmetadata},
   * {@code entry-meta}, {@code entry-utility}, {@code post-info}: "This entry was posted on … in
   * News, Events. Comments are closed.") lists the date, categories, tags and comment links, read
   * elsewhere or not at all: it goes, up to the length of such a line (a block so named that holds
   * more is a wrapper of the story, as some themes name it).
   */
  private static void removePostMetadata(Element content, BlockStats stats) {
    for (Element e : new ArrayList<>(content.getAllElements())) {
      if (e != content && e.parent() != null && stats.of(e).chars <= MAX_POST_METADATA_CHARS
          && ClassNames.isPostMetadata(e)) {
        stats.remove(e);
      }
    }
  }

  private static final int MAX_POST_METADATA_CHARS = 400;

  /**
   * A wire dateline set in a span of its own at the start of the first paragraph ("KOBE – A total
   * of …") is the sentence's opening, not a line apart: it stays with the running text it opens.
   */
  private static boolean opensRunningText(Element e) {
    Element p = e.parent();
    return p != null && p.normalName().equals("p") && firstNonBlank(p) == e
        && TextSignals.isRunningText(p) && p.text().length() > 2 * e.text().length();
  }

  private static Node firstNonBlank(Element p) {
    for (Node n : p.childNodes()) {
      if (!(n instanceof TextNode t) || !t.isBlank()) {
        return n;
      }
    }
    return null;
  }

  private static final int MAX_METADATA_LINE_CHARS = 100;
  private static final Set<String> METADATA_WORDS = Set.of("byline", "dateline", "credit",
      "credits", "caption", "timestamp", "date", "author", "copyright", "photographer");

  private double classWeight(Element e) {
    return weightClasses ? ClassNames.weight(e) : 0;
  }

  /**
   * A heading with no text after it before the next heading or the end headed a block that was
   * cleaned away ("More stories", "Read also" over a list of links): it goes with it.
   */
  private static void removeHeadingsWithoutText(Element content) {
    List<Element> headings = new ArrayList<>(content.select("h1, h2, h3, h4, h5, h6"));
    // A paragraph of running text set in heading type (a blog's opening lines in an <h3>) heads
    // nothing: it is text, whatever follows it.
    headings.removeIf(ContentCleaner::isRunningText);
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(headings);
    Element pending = null;
    for (Element e : content.getAllElements()) {
      if (set.contains(e)) {
        if (pending != null) {
          pending.remove();
        }
        pending = e;
      } else if (pending != null && !Trees.isAncestor(pending, e)
          && !Trees.isAncestor(e, pending) && e.childrenSize() == 0 && !e.text().isBlank()) {
        pending = null; // text follows the heading
      } else if (pending != null && !Trees.isAncestor(pending, e)
          && !Trees.isAncestor(e, pending) && !e.ownText().isBlank()) {
        pending = null;
      }
    }
    if (pending != null) {
      pending.remove();
    }
  }

  private static boolean isRunningText(Element heading) {
    String text = heading.text();
    return text.length() >= RUNNING_TEXT_CHARS && TextSignals.SENTENCE_END.matcher(text).find();
  }

  private static final int RUNNING_TEXT_CHARS = 100;

  /** Does this block look like chrome rather than story? */
  private boolean isFishy(Element e, BlockStats.Counts counts) {
    if (e.normalName().equals("table") && isDataTable(e)) {
      return false;
    }
    double weight = classWeight(e);
    // A chrome name that the block's text does not outweigh. Only the name: a list's or form's
    // score starts below zero for its tag (a poor candidate), which must not take out a story's
    // short bullet list of two or three points.
    if (weight < 0 && weight + score.applyAsDouble(e) < 0 && !isProseUnderAWeakName(e)) {
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
    if (images > 1 && (double) paragraphs / images < 0.5 && !inFigure
        && !isPicturesBesideStory(e)) {
      return true;
    }
    if (!isList && items > paragraphs) {
      return true;
    }
    if (inputs > Math.floor(paragraphs / 3.0)) {
      return true;
    }
    if (!isList && length < MIN_BLOCK_CHARS && (images == 0 || images > 2) && !inFigure
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

  /**
   * A block of the story's running text whose name only hints at chrome (Bootstrap's and
   * TYPO3's {@code media} object, a text beside a picture; a {@code meta} or {@code contact}
   * word in a section's name) is story: the hint counts twice against it (in its score and as
   * the weight), so a section of a few long paragraphs fell for its name. Names that clearly
   * mark chrome ({@link ClassNames#isUnlikely}: comments, related links, share bars) still go.
   */
  private static boolean isProseUnderAWeakName(Element block) {
    if (ClassNames.isUnlikely(block)) {
      return false;
    }
    int prose = 0;
    int paragraphs = 0;
    for (Element p : block.children()) {
      if (p.normalName().equals("p") && TextSignals.isRunningText(p)) {
        prose += p.text().length();
        paragraphs++;
      }
    }
    return paragraphs >= MIN_PROSE_PARAGRAPHS && prose >= PROSE_SHARE * block.text().length();
  }

  private static final int MIN_PROSE_PARAGRAPHS = 2;
  private static final double PROSE_SHARE = 0.8;

  /**
   * A row of pictures set beside the story's paragraphs (an image strip a CMS puts in the same
   * block as the text below it) is not a gallery: a gallery's text is captions and credits, short
   * lines, so a block whose every piece of text is a paragraph of running text holds story, which
   * the gallery test (many pictures, few paragraphs) would take out with the pictures.
   */
  private static boolean isPicturesBesideStory(Element block) {
    if (block.textNodes().stream().anyMatch(t -> !t.isBlank())) {
      return false;
    }
    boolean story = false;
    for (Element child : block.children()) {
      if (child.normalName().equals("p") && TextSignals.isRunningText(child)) {
        story = true;
      } else if (child.hasText()) {
        return false;
      }
    }
    return story;
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
}
