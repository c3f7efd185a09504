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
    for (Element list : body.getAllElements()) {
      if (list.childrenSize() < MIN_CARDS) {
        continue;
      }
      java.util.Map<String, java.util.List<Element>> kinds = new java.util.HashMap<>();
      for (Element item : list.children()) {
        kinds.computeIfAbsent(item.normalName() + "." + StoryParts.templateClasses(item),
            k -> new java.util.ArrayList<>()).add(item);
      }
      for (java.util.List<Element> items : kinds.values()) {
        if (items.size() < MIN_CARDS || !(items.get(0).normalName().equals("li")
            || items.get(0).normalName().equals("article") || items.get(0).hasAttr("class"))) {
          continue;
        }
        long found = items.stream().filter(TeaserLists::isCard).count();
        if (found >= MIN_CARDS && found * 2 > items.size()) {
          items.stream().filter(TeaserLists::isCard).forEach(cards::add);
        }
      }
    }
    return cards;
  }

  /** Is {@code p} one of {@code cards} (a list item scores as a paragraph) or on one? */
  static boolean onCard(Element p, Set<Element> cards) {
    for (Element a = p; a != null; a = a.parent()) {
      if (cards.contains(a)) {
        return true;
      }
    }
    return false;
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
