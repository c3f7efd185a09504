package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an element's class and id say about it, after Readability.js: names that mark chrome
 * ("sidebar", "related-articles"), names that mark the story ("article-body", "entry-content"), and
 * the ±25 weight they add to a candidate's score. Hints only: callers weigh them against the text.
 */
final class ClassNames {

  private static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumb",
      "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
      "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
      "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
      "pager", "popup", "yom-remote", "cookie", "consent", "newsletter", "subscribe", "share",
      "sharing", "teaser", "recommend", "outbrain", "taboola", "navigation", "navbar", "toolbar",
      "widget", "login", "signup");
  private static final List<String> MAYBE_CANDIDATE = List.of("and", "article", "body", "column",
      "content", "main", "shadow", "story", "entry", "post");
  /**
   * Names of the story's own container. A recipe is the story of its page: its container and its
   * list of ingredients, whose names link to a shop or a glossary and so look like a link list
   * by their shape, are named as such ("recipe-ingredients", "zutaten", "rezept").
   */
  private static final List<String> POSITIVE = List.of("article", "body", "content", "entry",
      "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "beitrag", "artikel",
      "inhalt", "texto", "contenido", "corps", "ingredient", "zutaten", "recipe", "rezept");
  private static final List<String> NEGATIVE = List.of("-ad-", "hidden", "banner", "combx",
      "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain",
      "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
      "shopping", "tags", "widget", "byline", "author", "dateline", "teaser", "recommend",
      "newsletter", "cookie", "breadcrumb", "social", "caption", "credit", "kommentar", "comentario",
      "rating", "disclaimer");
  /**
   * class/id words that clearly name chrome, matched as whole words. Among them the notes a site
   * sets beside every story, whatever the story says: a disclaimer, an affiliate or advertising
   * disclosure ("We may earn a commission …"), a notice ("This is a reader's blog …").
   */
  private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "navigation", "menu",
      "breadcrumb", "breadcrumbs", "share", "sharing", "sharebar", "social", "cookie", "cookies",
      "consent", "gdpr", "related", "recommended", "recirculation", "comment", "comments", "disqus",
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
      "promo", "newsletter", "subscribe", "subscription", "paywall", "popup", "modal", "sidebar",
      "skip", "taboola", "outbrain", "rating", "ratings", "disclaimer", "saboxplugin", "cta",
      "follow", "siguenos", "disclosure", "affiliate", "notice");
  /**
   * Reader comments, named in the site's language as often as in English, or as the readers'
   * "forum" under the story (SPIP and other CMS name the thread {@code ul.forum}, its form
   * {@code formulaire_forum}).
   */
  private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus",
      "kommentar", "kommentare", "kommentarer", "commentaire", "commentaires", "comentario",
      "comentarios", "commenti", "commento", "reacties", "forum");
  /** With "author": a box about the writer under the story (bio, photo, other posts). */
  private static final Set<String> AUTHOR_BOX_WORDS = Set.of("box", "bio", "about", "profile");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Evaluator IN_CODE_OR_TABLE = QueryParser.parse("table, code, pre");

  private ClassNames() {}

  /** Readability's "unlikely candidate": named or tagged as chrome (not yet weighed by text). */
  static boolean isUnlikely(Element e) {
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
    if (tag.equals("header") && PagePreparation.holdsMain(e)) {
      return false;
    }
    if (tag.equals("header")) {
      // A story's header holds headline, date and byline (metadata, read elsewhere); keep one that
      // also holds a standfirst paragraph.
      return e.select("p").stream().noneMatch(p -> p.text().length() >= 80);
    }
    if (tag.equals("form")) {
      return true;
    }
    String names = roleClasses(e) + " " + (isAnchorOfOwnText(e) ? "" : e.id());
    if (names.isBlank()) {
      return false;
    }
    // Whole words that name chrome win over a hopeful word beside them ("related-articles").
    List<String> words = nameWords(names);
    for (String word : words) {
      if (CHROME_WORDS.contains(word)) {
        return true;
      }
    }
    if (words.contains("author") && words.stream().anyMatch(AUTHOR_BOX_WORDS::contains)) {
      return true;
    }
    String lower = hintText(names);
    if (!containsAny(lower, UNLIKELY) || containsAny(lower, MAYBE_CANDIDATE)) {
      return false;
    }
    return e.closest(IN_CODE_OR_TABLE) == null;
  }

  /**
   * A heading whose id spells its own opening words ({@code <h3 id="nav_lower_prices_1">Lower
   * prices ahead</h3>}) is a table of contents' anchor: the id is made from the text, so its
   * words ("nav") say nothing about the heading's role.
   */
  private static boolean isAnchorOfOwnText(Element e) {
    if (!BlockText.isHeading(e) || e.id().isEmpty()) {
      return false;
    }
    StringBuilder opening = new StringBuilder();
    for (String word : asciiLetters(e.text()).split(" ")) {
      opening.append(word);
      if (opening.length() >= MIN_ANCHOR_LETTERS) {
        return asciiLetters(e.id()).replace(" ", "").contains(opening);
      }
    }
    return false;
  }

  /** Enough of the text that an id holding it was made from it, not named for a role. */
  private static final int MIN_ANCHOR_LETTERS = 8;
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ASCII_ALNUM = Pattern.compile("[^a-z0-9]+");

  /** "Zurück  zu Hause" → "zuruck zu hause": ids are written in ASCII, accents dropped. */
  private static String asciiLetters(String s) {
    String folded = COMBINING_MARKS.matcher(
        java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD))
        .replaceAll("");
    return NON_ASCII_ALNUM.matcher(folded).replaceAll(" ").strip();
  }

  /** −25 for a class or id naming chrome, +25 for one naming the story (each of class and id). */
  static double weight(Element e) {
    double weight = 0;
    for (String name : List.of(roleClasses(e), e.id())) {
      if (name.isBlank()) {
        continue;
      }
      String lower = hintText(name);
      if (containsAny(lower, NEGATIVE) || nameWords(lower).contains("hid")) {
        weight -= 25;
      }
      if (containsAny(lower, POSITIVE)) {
        weight += 25;
      }
    }
    return weight;
  }

  /**
   * Named as a picture's caption or credit. Templates spell the name as one word as often as
   * two ("imagecaption", "imageDescription", "image__description", "photo-credit"), and in the
   * site's language ("bildunterschrift", "légende", "pie de foto", "didascalia"): each class and
   * the id are read with their separators dropped.
   */
  static boolean isCaption(Element e) {
    return hasJoinedName(e, CAPTION_NAMES);
  }

  /**
   * Named as a blog post's metadata line: WordPress and other blog themes name the block of date,
   * categories and tags {@code postmetadata}, {@code post-meta}, {@code entry-meta},
   * {@code entry__meta}, {@code entry-utility} or {@code post-info}, spelled with or without
   * separators (each class and the id read with them dropped, as for captions).
   */
  static boolean isPostMetadata(Element e) {
    return hasJoinedName(e, POST_METADATA_NAMES);
  }

  /** Does a class or the id, read with its separators dropped, hold one of {@code names}? */
  private static boolean hasJoinedName(Element e, List<String> names) {
    for (String name : (e.className() + " " + e.id()).split("\\s+")) {
      String joined = NON_LETTER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
      if (!joined.isEmpty() && containsAny(joined, names)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> POST_METADATA_NAMES = List.of("postmeta", "postinfo",
      "entrymeta", "entryinfo", "entryutility");

  private static final Pattern NON_LETTER = Pattern.compile("[^a-z]+");
  private static final List<String> CAPTION_NAMES = List.of("caption", "imagedescription",
      "imgdescription", "photodescription", "picturedescription", "photocredit", "imagecredit",
      "fotocredit", "bildunterschrift", "bildunterzeile", "bildbeschreibung", "bildtext",
      "bildnachweis", "fotonachweis", "legende", "piedefoto", "piefoto", "didascalia");

  /**
   * Inside a list of references (a scholarly article's {@code ol.c-article-references}, a
   * {@code div.article__references} around its {@code ul}, a "bibliography"): the citations
   * are the article's apparatus, full of commas, and must not outscore its abstract and body
   * as the block to read. Only the nearest few ancestors are asked: a page wrapper named
   * after the references it also holds is not a list of them.
   */
  static boolean inReferenceList(Element e) {
    Element a = e.parent();
    for (int i = 0; a != null && i < REFERENCE_LIST_DEPTH; i++, a = a.parent()) {
      if ((a.hasAttr("class") || a.hasAttr("id"))
          && nameWords(a.className() + " " + a.id()).stream().anyMatch(REFERENCE_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  private static final int REFERENCE_LIST_DEPTH = 3;
  private static final Set<String> REFERENCE_WORDS = Set.of("references", "bibliography",
      "literaturverzeichnis", "bibliographie", "bibliografia");

  /**
   * Named as reader comments: a comment word, or an English compound that starts with one
   * ("commentlist", WordPress's list of comments, "commentlinks", "commentsection"); not the
   * genre "commentary", an opinion piece.
   */
  static boolean isComments(Element e) {
    return nameWords(roleClasses(e) + " " + e.id()).stream().anyMatch(ClassNames::namesComments);
  }

  private static boolean namesComments(String word) {
    return COMMENT_WORDS.contains(word)
        || word.startsWith("comment") && !COMMENTARY.matcher(word).lookingAt();
  }

  /**
   * The element's classes without the post's taxonomy: blog themes class a story's container by
   * its categories and tags ({@code category-der-kommentar}, {@code tag-sidebar-tips}), which
   * name its topics, not the element's role on the page. WordPress prints a post's classes in a
   * fixed order, the theme's and its own ({@code post-12 type-post status-publish}) up to
   * {@code hentry}, then one class per term of every taxonomy the site defines
   * ({@code autor-…}, {@code serie-…}, {@code internet-estallido-comentarios}): after
   * {@code hentry}, nothing names the element's role. Nor does a page builder's name for its unit
   * of layout: Elementor classes every block it places a "widget" ({@code elementor-widget
   * elementor-widget-text-editor}, {@code elementor-widget-container}), the story's paragraphs as
   * much as a sidebar's box, so the word is read there as the block it is.
   */
  static String roleClasses(Element e) {
    String classes = BUILDER_WIDGET.matcher(e.className()).replaceAll("elementor");
    Matcher hentry = HENTRY.matcher(classes);
    if (hentry.find() && WORDPRESS_POST.matcher(classes).find()) {
      classes = classes.substring(0, hentry.end());
    }
    if (!classes.contains("category-") && !classes.contains("tag-")) {
      return classes;
    }
    return TAXONOMY.matcher(classes).replaceAll(" ").strip();
  }

  private static final Pattern BUILDER_WIDGET =
      Pattern.compile("(?<!\\S)elementor-widget(?=-|\\s|$)");
  private static final Pattern TAXONOMY = Pattern.compile("(?<!\\S)(?:category|tag)-\\S*");
  private static final Pattern HENTRY = Pattern.compile("(?<!\\S)hentry(?!\\S)");
  /** The classes WordPress gives every post: its status and its type. */
  private static final Pattern WORDPRESS_POST = Pattern.compile("(?<!\\S)status-\\S+");

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

  /**
   * Class and id, lower-cased, for the substring hints, without the names of the genre
   * "commentary": an opinion piece is a story, though its name holds "comment".
   */
  private static String hintText(String classAndId) {
    return COMMENTARY.matcher(classAndId.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static final Pattern COMMENTARY = Pattern.compile("commentar(?:y|ies)");

  /** Class and id hints are substrings, as Readability matches them ("article-body" has "body"). */
  private static boolean containsAny(String lowerNames, List<String> fragments) {
    for (String f : fragments) {
      if (lowerNames.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
