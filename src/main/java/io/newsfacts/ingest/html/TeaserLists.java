package io.newsfacts.ingest.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Lists of other stories set as cards: a site prints "more from this section", its newest or
 * related posts as a list whose every item holds a link to the other story, as the story's title
 * or as an empty link laid over the whole card, beside a paragraph of its teaser. The teasers are
 * running text, each as long as a short story's paragraph, and a list of twenty outscores the
 * story it stands under; a story's own list holds its links inside its sentences.
 */
final class TeaserLists {

  /** Fewer items are a story's list of points as often as a listing. */
  private static final int MIN_CARDS = 3;

  private TeaserLists() {}

  /** The items of {@code body}'s lists that are cards of other stories. */
  static Set<Element> cards(Element body) {
    Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element list : body.select("ul, ol")) {
      int items = 0;
      int found = 0;
      for (Element item : list.children()) {
        if (item.normalName().equals("li")) {
          items++;
          if (isCard(item)) {
            found++;
          }
        }
      }
      if (found >= MIN_CARDS && found * 2 > items) {
        for (Element item : list.children()) {
          if (isCard(item)) {
            cards.add(item);
          }
        }
      }
    }
    return cards;
  }

  /** Is {@code p} one of {@code cards} (a list item scores as a paragraph) or on one? */
  static boolean onCard(Element p, Set<Element> cards) {
    Element item = p.closest("li");
    return item != null && cards.contains(item);
  }

  /** An item holding a paragraph and, outside every paragraph, a link to another page. */
  private static boolean isCard(Element item) {
    if (item.selectFirst("p") == null) {
      return false;
    }
    for (Element a : item.select("a[href]")) {
      String href = a.attr("href").strip();
      if (!href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:")
          && a.closest("p") == null) {
        return true;
      }
    }
    return false;
  }
}
