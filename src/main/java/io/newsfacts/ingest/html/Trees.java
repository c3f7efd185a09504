package io.newsfacts.ingest.html;

import org.jsoup.nodes.Element;

/** Small tree questions the scoring classes share. */
final class Trees {

  private Trees() {}

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
