package io.newsfacts.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, publication date, authors and URL. Each value is taken from
 * the first source that has it, most deliberate first: JSON-LD ({@code NewsArticle} and kin), then
 * Open Graph and other meta tags, then schema.org microdata and {@code <time datetime>}, then the
 * page title, headline or URL.
 */
public record PageMetadata(String title, LocalDate publishedDate, List<String> authors,
    String url) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** JSON-LD types that describe the story itself (not the site, a breadcrumb or a person). */
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
      "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "askpublicnewsarticle", "livebloposting", "liveblogposting",
      "techarticle", "scholarlyarticle", "socialmediaposting", "report", "webpage", "posting",
      "creativework", "medicalwebpage", "itempage", "aboutpage", "review");

  private static final List<String> DATE_META = List.of("article:published_time",
      "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
      "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
      "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
      "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime",
      "date_published", "published_time", "citation_publication_date", "citation_date",
      "created");

  private static final List<String> AUTHOR_META = List.of("author", "article:author",
      "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author",
      "twitter:creator");

  /** Reads the page's metadata; {@code page} is not changed. */
  public static PageMetadata of(Document page) {
    JsonLd ld = JsonLd.of(page);
    Map<String, String> metaTags = metaTags(page);
    String url = url(page, metaTags);
    return new PageMetadata(PageTitles.title(page, metaTags, ld.headline(), ld.publisher(), url),
        publishedDate(page, metaTags, ld, url), authors(page, metaTags, ld), url);
  }

  // ---- dates ----

  private static LocalDate publishedDate(Document page, Map<String, String> metaTags, JsonLd ld,
      String url) {
    LocalDate date = MetaDates.parse(ld.datePublished());
    for (int i = 0; date == null && i < DATE_META.size(); i++) {
      date = MetaDates.parse(meta(metaTags, DATE_META.get(i)));
    }
    if (date == null) {
      for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
        date = firstDate(e.attr("content"), e.attr("datetime"), e.text());
        if (date != null) {
          break;
        }
      }
    }
    if (date == null) {
      date = timeElement(page);
    }
    if (date == null) {
      date = MetaDates.fromUrl(url);
    }
    if (date == null) {
      date = visibleDate(page);
    }
    if (date == null) {
      date = HeadlineDate.near(page);
    }
    if (date == null) {
      date = MetaDates.parse(ld.dateModified());
    }
    if (date == null) {
      date = MetaDates.parse(meta(metaTags, "article:modified_time"));
    }
    return date;
  }

  /**
   * A {@code <time datetime>}: one marked as the publication time first, then the first inside the
   * article or main content, then the first on the page (lists of other stories come later).
   */
  private static LocalDate timeElement(Document page) {
    for (String query : List.of("time[pubdate][datetime]", "time[class*=publish][datetime], "
        + "[class*=publish] time[datetime], [class*=entry-date][datetime]",
        "article time[datetime], main time[datetime]", "time[datetime]")) {
      Element time = page.selectFirst(query);
      if (time != null) {
        LocalDate date = MetaDates.parse(time.attr("datetime"));
        if (date != null) {
          return date;
        }
      }
    }
    // A <time> with no readable datetime ("Viernes, 22 de abril de 2022", a Unix timestamp) still
    // marks the date printed in it.
    for (Element time : page.select("time")) {
      if (time.closest("footer, nav, aside") == null) {
        LocalDate date = MetaDates.inText(spacedText(time));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /**
   * The element's text with a space between its text nodes: a long and a short form of one date in
   * sibling spans (one hidden by CSS) would otherwise run together ("de 202221/04/2022").
   */
  private static String spacedText(Element e) {
    StringBuilder text = new StringBuilder();
    e.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t) {
        text.append(t.text()).append(' ');
      }
    });
    return text.toString().replaceAll("\\s+", " ");
  }

  /** A date printed in an element named as a date or byline ("news-date", "post-meta"), if any. */
  private static LocalDate visibleDate(Document page) {
    BlockStats stats = null;
    for (Element e : page.select("[class*=date], [class*=datum], [class*=publish], [class*=posted],"
        + " [class*=time], [id*=date], [class*=meta], [class*=byline], [class*=author]")) {
      if (stats == null) {
        stats = new BlockStats(page, TextSignals.COMMAS); // only pages that get this far
      }
      // Lengths measured once bottom-up: asking each nested element for its text is quadratic.
      if (stats.of(e).chars > MetaDates.MAX_TEXT_CHARS || e.closest("footer, nav, aside") != null) {
        continue;
      }
      LocalDate date = MetaDates.inText(e.text());
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate firstDate(String... values) {
    for (String v : values) {
      LocalDate d = MetaDates.parse(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  // ---- authors ----

  private static List<String> authors(Document page, Map<String, String> metaTags, JsonLd ld) {
    List<String> names = AuthorNames.clean(ld.authors());
    for (int i = 0; names.isEmpty() && i < AUTHOR_META.size(); i++) {
      String value = meta(metaTags, AUTHOR_META.get(i));
      if (value != null && !value.startsWith("@")) {
        names = AuthorNames.clean(List.of(value));
      }
    }
    if (names.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (Element e : page.select("[itemprop=author]")) {
        Element name = e.selectFirst("[itemprop=name]");
        String value = name != null ? first(name.attr("content"), name.text())
            : first(e.attr("content"), e.text());
        if (value != null && !found.contains(value)) {
          found.add(value);
        }
      }
      names = AuthorNames.clean(found);
    }
    if (names.isEmpty()) {
      names = bylineElement(page, "article [rel=author], article [class*=author], "
          + "article [class*=byline], article [class*=autor], main [class*=author], "
          + "main [class*=byline], main [class*=autor]", "footer, nav");
    }
    if (names.isEmpty()) {
      names = printedByline(page);
    }
    if (names.isEmpty()) {
      names = bylineElement(page, "[rel=author], [class*=author], [class*=byline], [class*=autor]",
          "footer, nav, aside");
    }
    return names;
  }

  /**
   * The first short element named as a byline or author ("author-name", "byline__name"), read as
   * names; author boxes with a biography are too long to be a byline and are passed over, and so
   * are reader comments and the comment form's "Name *" label.
   */
  private static List<String> bylineElement(Document page, String query, String notInside) {
    for (Element e : page.select(query)) {
      String value = spacedText(e).strip();
      if (value.length() >= 3 && value.length() <= 60 && e.closest(notInside) == null
          && !inComments(e)) {
        List<String> names = AuthorNames.clean(List.of(value));
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  private static final String COMMENTS =
      "form, [class*=comment], [id*=comment], [id=respond], [class*=respond]";
  /** A printed byline is a line with a link or two, not a block of many elements. */
  private static final int BYLINE_ELEMENTS = 20;
  private static final Pattern BYLINE_LABEL = Pattern.compile(
      "(?iu)^(?:by|von|par|por)\\s+\\p{Lu}|^(?:autor|autorin|author|auteur|autore|text)\\s*:");
  private static final Pattern LABEL_ALONE =
      Pattern.compile("(?iu)^(?:autor|autorin|author|auteur|autore|von|by)\\s*:?$");

  /**
   * A byline printed without a class that names it: a short element of the story that starts with
   * a byline word ("By J.R. Stone", "Auteur : Kossivi Tiassou", "Von: …"), or a label such as
   * "Autor" followed by the name in the next element or text.
   */
  private static List<String> printedByline(Document page) {
    Element scope = page.selectFirst("article, main, [role=main]");
    BlockStats stats = new BlockStats(page, TextSignals.COMMAS);
    Set<Element> notBylines = inside(page, "footer, nav, " + COMMENTS);
    for (Element e : (scope != null ? scope : page.body() != null ? page.body() : page)
        .select("p, span, div, li, em, i, strong, b, small, address, h4, h5, h6, dt, td")) {
      // Sizes measured once bottom-up, and the chrome looked up once: reading each wrapper's
      // text, or walking up from each element, would be quadratic in the page's depth.
      if (stats.of(e).chars > 100 || stats.of(e).elements > BYLINE_ELEMENTS
          || notBylines.contains(e)) {
        continue;
      }
      String own = spacedText(e).strip();
      if (own.length() > 80) {
        continue;
      }
      String value = null;
      if (BYLINE_LABEL.matcher(own).find()) {
        // The innermost such element: a wrapper would add the lines after the byline.
        if (e.children().stream().anyMatch(c -> BYLINE_LABEL.matcher(c.text().strip()).find())) {
          continue;
        }
        value = own;
      } else if (LABEL_ALONE.matcher(own).matches()) {
        org.jsoup.nodes.Node next = e.nextSibling();
        while (next instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
          next = next.nextSibling();
        }
        value = next instanceof Element n ? n.text() : next instanceof org.jsoup.nodes.TextNode t
            ? t.text() : null;
      }
      if (value != null && value.length() <= 80) {
        List<String> names = AuthorNames.clean(List.of(value));
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** Reader comments and the comment form name their own authors, not the story's. */
  private static boolean inComments(Element e) {
    return e.closest(COMMENTS) != null;
  }

  /** Every element matching {@code query} and all inside them, in one pass over the page. */
  private static Set<Element> inside(Document page, String query) {
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : page.select(query)) {
      if (!found.contains(e)) { // one inside another was added with it
        found.addAll(e.getAllElements());
      }
    }
    return found;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  // ---- URL and meta tags ----

  private static String url(Document page, Map<String, String> metaTags) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.attr("href").strip().matches("(?i)https?://.+")) {
      return canonical.attr("href").strip();
    }
    String og = meta(metaTags, "og:url");
    return og != null && og.matches("(?i)https?://.+") ? og : null;
  }

  /** A meta tag's content, whether the page names it with property=, name= or itemprop=. */
  static String meta(Map<String, String> metaTags, String key) {
    return metaTags.get(key.toLowerCase(Locale.ROOT));
  }

  /** Every meta tag's first non-empty content by its lower-cased name, read in one pass. */
  static Map<String, String> metaTags(Document page) {
    Map<String, String> tags = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop")) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.putIfAbsent(key, content);
        }
      }
    }
    return tags;
  }

  /** The story's JSON-LD object, if the page has one. */
  record JsonLd(String headline, String datePublished, String dateModified, List<String> authors,
      String publisher) {

    /** Types that describe the site, its owner or parts of a page rather than the story. */
    private static final Set<String> NOT_THE_STORY = Set.of("website", "organization",
        "newsmediaorganization", "corporation", "person", "breadcrumblist", "listitem", "itemlist",
        "imageobject", "sitenavigationelement", "wpheader", "wpfooter", "wpsidebar", "searchaction",
        "place", "localbusiness", "product", "offer", "comment");

    static final JsonLd NONE = new JsonLd(null, null, null, List.of(), null);

    static JsonLd of(Document page) {
      List<JsonNode> objects = new ArrayList<>();
      for (Element script : page.select("script[type=application/ld+json]")) {
        try {
          collect(JSON.readTree(script.data()), objects);
        } catch (java.io.IOException | RuntimeException e) {
          // A broken JSON-LD block is common and says nothing: skip it.
        }
      }
      JsonNode best = null;
      for (JsonNode o : objects) {
        if (isArticle(o) && (best == null || rank(o) < rank(best))) {
          best = o;
        }
      }
      // Other creative works (a HowTo, a RadioEpisode) describe the page's content as well; only
      // the site, its publisher, people, places and navigation do not.
      for (int i = 0; best == null && i < objects.size(); i++) {
        JsonNode o = objects.get(i);
        if ((o.has("headline") || o.has("datePublished"))
            && types(o).stream().noneMatch(NOT_THE_STORY::contains)) {
          best = o;
        }
      }
      if (best == null) {
        return NONE;
      }
      List<String> authors = new ArrayList<>();
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode o : objects) {
        String id = text(o.get("@id"));
        if (id != null && o.size() > 1) {
          byId.putIfAbsent(id, o);
        }
      }
      collectAuthors(best.get("author"), byId, authors);
      if (authors.isEmpty()) {
        collectAuthors(best.get("creator"), byId, authors);
      }
      String publisher = best.path("publisher").isObject() ? text(best.path("publisher").get("name"))
          : null;
      return new JsonLd(first(text(best.get("headline")), text(best.get("name"))),
          first(text(best.get("datePublished")), text(best.get("dateCreated"))),
          text(best.get("dateModified")), authors, publisher);
    }

    /** News and blog types before generic pages. */
    private static int rank(JsonNode o) {
      for (String t : types(o)) {
        if (t.contains("article") || t.equals("blogposting") || t.contains("posting")) {
          return 0;
        }
      }
      return 1;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
      if (node == null) {
        return;
      }
      if (node.isArray()) {
        node.forEach(n -> collect(n, out));
      } else if (node.isObject()) {
        out.add(node);
        collect(node.get("@graph"), out);
        collect(node.get("mainEntity"), out);
      }
    }

    private static boolean isArticle(JsonNode o) {
      for (String t : types(o)) {
        if (ARTICLE_TYPES.contains(t) || t.endsWith("article") || t.contains("posting")
            || t.equals("recipe") || t.equals("event")) {
          return o.has("headline") || o.has("datePublished") || o.has("author");
        }
      }
      return false;
    }

    private static List<String> types(JsonNode o) {
      List<String> types = new ArrayList<>();
      JsonNode t = o.has("@type") ? o.get("@type") : o.get("type"); // "type": a common slip
      if (t != null && t.isArray()) {
        t.forEach(x -> types.add(x.asText().toLowerCase(Locale.ROOT)));
      } else if (t != null) {
        types.add(t.asText().toLowerCase(Locale.ROOT));
      }
      return types;
    }

    /** Person names; organisations are usually the publisher repeated, not a byline. */
    private static void collectAuthors(JsonNode a, Map<String, JsonNode> byId, List<String> out) {
      if (a == null || a.isNull()) {
        return;
      }
      if (a.isArray()) {
        a.forEach(x -> collectAuthors(x, byId, out));
      } else if (a.isTextual()) {
        out.add(a.asText());
      } else if (a.isObject() && !a.has("name") && byId.containsKey(text(a.get("@id")))) {
        // {"@id": "…#/schema/person/…"}: a reference to a Person elsewhere in the @graph (Yoast).
        JsonNode target = byId.get(text(a.get("@id")));
        if (target.has("name")) {
          collectAuthors(target, byId, out);
        }
      } else if (a.isObject()) {
        boolean organisation = types(a).stream().anyMatch(t -> t.contains("organization"));
        String name = text(a.get("name"));
        if (name != null && !organisation) {
          out.add(name);
        }
      }
    }

    private static String text(JsonNode n) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (n.isArray()) {
        return n.isEmpty() ? null : text(n.get(0));
      }
      String s = n.isValueNode() ? n.asText().strip() : null;
      return s == null || s.isEmpty() ? null : s;
    }
  }
}
