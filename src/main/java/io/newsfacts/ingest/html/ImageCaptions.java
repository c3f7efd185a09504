package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Captions printed beside an image without {@code <figure>} markup. Content systems write an
 * image's caption into its {@code alt} or {@code title} as well, and print it in a box next to the
 * image (a "legend", a span after the {@code <img>}): text near an image that repeats its
 * description is that image's caption, which is not the story's text (as {@code <figcaption>}).
 * Found by the page's own repetition, not by class names or wording.
 */
final class ImageCaptions {

  /** Shorter descriptions ("Foto", a file name) match too much by chance. */
  private static final int MIN_DESCRIPTION_CHARS = 15;
  /** How far above the image the caption box may sit. */
  private static final int LEVELS = 3;
  /** A caption may add a credit or a date to the description, not a story. */
  private static final int MAX_ADDED_CHARS = 60;

  private ImageCaptions() {}

  static void remove(Element body) {
    for (Element img : new ArrayList<>(body.select("img[alt], img[title], picture[title]"))) {
      if (img.parent() == null) {
        continue; // went with an earlier image's caption box
      }
      String description = description(img);
      if (description.length() < MIN_DESCRIPTION_CHARS) {
        continue;
      }
      Element scope = img;
      for (int i = 0; i < LEVELS && scope.parent() != null && scope.parent() != body; i++) {
        scope = scope.parent();
      }
      // One character in from each side of the middle third, for rounding.
      int third = description.length() / 3;
      String core = description.substring(third + 1, description.length() - third - 1);
      Element caption = outermostCaption(scope, description, core);
      if (caption != null && caption != body) {
        caption.remove();
      }
    }
  }

  /**
   * A box holding one picture and a short text is a figure without {@code <figure>} markup
   * (a "Beitragsbild" box, a div with the image and a span under it, a teaser tile): its text is
   * the picture's caption, credit or teaser headline, not the story's. A box holding a paragraph,
   * heading, list or table is part of the story's layout, not a figure.
   */
  static void removeImageBoxes(Element body) {
    // Lengths and image counts from the bottom-up stats: asking each image's ancestors for their
    // text would walk a long story once per picture.
    BlockStats stats = new BlockStats(body, TextSignals.COMMAS);
    for (Element img : new ArrayList<>(body.getElementsByTag("img"))) {
      if (img.parent() == null || isIcon(img)) {
        continue;
      }
      Element box = null;
      Element e = img;
      for (int i = 0; i < LEVELS && e.parent() != null && e.parent() != body; i++) {
        e = e.parent();
        if (!isImageBox(e, stats.of(e))) {
          break;
        }
        box = e;
      }
      if (box != null && !box.text().isBlank()) {
        stats.remove(box);
      }
    }
  }

  private static boolean isImageBox(Element e, BlockStats.Counts counts) {
    return BOX_TAGS.contains(e.normalName()) && counts.chars <= MAX_IMAGE_BOX_CHARS
        && counts.images == 1 && !holdsStoryBlock(e);
  }

  private static boolean holdsStoryBlock(Element box) {
    for (Element e : box.getAllElements()) {
      if (e != box && STORY_BLOCKS.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Smileys and icons drawn inline in a sentence, not pictures with captions. */
  private static boolean isIcon(Element img) {
    String name = img.className().toLowerCase(Locale.ROOT);
    return name.contains("emoji") || name.contains("smiley") || isSmall(img.attr("width"))
        || isSmall(img.attr("height"));
  }

  private static boolean isSmall(String size) {
    return size.matches("\\d{1,2}(?:px)?")
        && Integer.parseInt(size.replace("px", "")) < MIN_PICTURE_PIXELS;
  }

  private static final int MIN_PICTURE_PIXELS = 50;
  private static final int MAX_IMAGE_BOX_CHARS = 250;
  private static final Set<String> BOX_TAGS = Set.of("div", "span", "a");
  private static final Set<String> STORY_BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote");

  private static String description(Element img) {
    String alt = normalise(img.attr("alt"));
    return alt.length() >= MIN_DESCRIPTION_CHARS ? alt : normalise(img.attr("title"));
  }

  /**
   * The outermost element in {@code e} ({@code e} included) whose text is the description, give or
   * take a credit. Either way round, such a text holds the description's middle third: only
   * elements holding it are searched, so a large scope costs one text walk, not one per element.
   */
  private static Element outermostCaption(Element e, String description, String core) {
    if (BlockText.isHeading(e)) {
      return null; // a teaser's headline repeated in its picture's alt is a headline, not a caption
    }
    String text = normalise(e.text());
    if (!text.contains(core)) {
      return null;
    }
    if (isCaption(text, description) && e.selectFirst(HEADING_SELECTOR) == null) {
      return e;
    }
    for (Element child : e.children()) {
      Element caption = outermostCaption(child, description, core);
      if (caption != null) {
        return caption;
      }
    }
    return null;
  }

  /**
   * The description is most of the text (a credit may follow it) or the text most of the
   * description (a caption cut short): a quotation beside its speaker's portrait, or a phrase that
   * the description happens to repeat, is not a caption.
   */
  private static boolean isCaption(String text, String description) {
    int longer = Math.max(text.length(), description.length());
    int shorter = Math.min(text.length(), description.length());
    if (shorter < MIN_DESCRIPTION_CHARS || longer - shorter > MAX_ADDED_CHARS
        || shorter < longer * 2 / 3) {
      return false;
    }
    return text.contains(description) || description.contains(text);
  }

  private static final String HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6";

  private static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
