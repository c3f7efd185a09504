package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
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
      Element caption = outermostCaption(scope, description);
      if (caption != null && caption != body) {
        caption.remove();
      }
    }
  }

  private static String description(Element img) {
    String alt = normalise(img.attr("alt"));
    return alt.length() >= MIN_DESCRIPTION_CHARS ? alt : normalise(img.attr("title"));
  }

  /** The largest element in scope (scope included) whose text is the description, give or take a credit. */
  private static Element outermostCaption(Element scope, String description) {
    List<Element> all = scope.getAllElements(); // document order: outer elements first
    for (Element e : all) {
      if (e.normalName().matches("h[1-6]") || !e.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
        continue; // a teaser's headline repeated in its picture's alt is a headline, not a caption
      }
      String text = normalise(e.text());
      // The description is most of the text (a credit may follow it) or the text most of the
      // description (a caption cut short): a quotation beside its speaker's portrait, or a phrase
      // that the description happens to repeat, is not a caption.
      int longer = Math.max(text.length(), description.length());
      int shorter = Math.min(text.length(), description.length());
      if (shorter < MIN_DESCRIPTION_CHARS || longer - shorter > MAX_ADDED_CHARS
          || shorter < longer * 2 / 3) {
        continue;
      }
      if (text.contains(description) || description.contains(text)) {
        return e;
      }
    }
    return null;
  }

  private static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
