package io.newsfacts.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines of site chrome that scrapers carry into article text. The rules are general
 * shapes (whole-line chrome phrases, glued menu runs, separator-delimited menus), never phrases
 * taken from one article; a rule only fires on a whole, short line so that running text which
 * merely mentions "share" or "cookies" survives. Captions and credits ("… Photo: AFP") are content.
 */
final class Boilerplate {

  private static final String TRAILER = "[\\s:»›→>.…!|-]*";

  /** Chrome phrases that are the whole line (case-insensitive, trailing arrows/colons allowed). */
  private static final Pattern WHOLE_LINE = Pattern.compile("(?iu)(?:"
      + "related(?: articles?| stories| posts| content| news| coverage| topics| reading| links)?"
      + "|read more|read next|see also|more stories|recommended(?: for you| stories)?"
      + "|back to top(?: button)?|scroll to top|skip to (?:main )?content|skip navigation"
      + "|advertisement|advertising|sponsored(?: content)?|ad|ads"
      + "|share(?: this(?: article| story| post| page)?)?(?: on \\p{L}+)?|share on \\p{L}+"
      + "|share via \\p{L}+|tweet|email|e-mail|print|copy link|comments?|leave a comment"
      + "|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest"
      + "|subscribe(?: now| today| here)?|sign in|log in|login|register|menu|search|close"
      // The heading over the author's box under the story, a profile and not the story.
      + "|about the author|über den autor|über die autorin|zum autor|zur autorin"
      + "|sobre el autor|sobre la autora|à propos de l'auteur"
      // The same signposts in the other languages news is most often written in.
      + "|lesen sie auch|lesen sie mehr|mehr lesen|weiterlesen|auch interessant|schon gelesen"
      + "|das könnte sie auch interessieren|mehr zum thema|ähnliche (?:beiträge|artikel)"
      + "|verwandte (?:beiträge|artikel)|weitere (?:artikel|beiträge|nachrichten)|nach oben|zurück"
      + "|teilen|drucken|à lire aussi|lire aussi|lire la suite|sur le même sujet|partager"
      + "|lee también|leer más|le puede interesar|te puede interesar|temas relacionados"
      + "|noticias relacionadas|compartir|leggi anche|articoli correlati|condividi|leia também"
      + "|leia mais|compartilhe|lees ook|lees meer|delen"
      + ")" + TRAILER);

  /** Chrome that starts the line and may be followed by a few more words. */
  private static final Pattern SHORT_LINE_START = Pattern.compile("(?iu)(?:"
      + "click here\\b|follow us\\b|subscribe to\\b|advertisement\\b|skip to\\b"
      + "|copyright\\s*(?:©|\\(c\\)|\\d{4})|(?:©|\\(c\\))\\s*\\d{4}"
      + ").*");

  /**
   * A "See also: <headline>" signpost, the label and the other story's headline on one line. A
   * headline runs to twenty words and more ("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada
   * y para qué sirve?"), so the line may be longer than other chrome; the label and its colon at
   * the line's start are what no sentence of a story opens with.
   */
  private static final Pattern SIGNPOST_LINE = Pattern.compile("(?iu)(?:"
      + "(?:read more|related|see also|read next|also read|read also)\\s*:"
      // The same signposts in other languages news is often written in.
      + "|(?:lesen sie auch|auch lesen|zum weiterlesen|mehr zum thema|vea también|ver también"
      + "|puedes ver|lee también|le puede interesar|te puede interesar|à lire aussi|lire aussi"
      + "|voir aussi|leia também|veja também|leggi anche|lees ook)\\s*:"
      + ").*");

  /**
   * A blog's or a CMS's taxonomy line ("Kategorie: News", "Category : Press Releases", "Tags:
   * Elon Musk, KI", "Filed under: Culture", "Etiquetas: …"): the sections and keywords the page is
   * filed under, the site's index, not a sentence of the story.
   */
  private static final Pattern TAXONOMY_LINE = Pattern.compile("(?iu)(?:kategorien?|category"
      + "|categories|catégories?|categoría|categorías|tags|schlagwörter|schlagworte|filed under"
      + "|etiquetas)\\s*:.*");

  /**
   * The label over a press release's or a report's foot ("Kontakt:", "Pressekontakt",
   * "Ansprechpartnerin zum Thema:", "Weitere Informationen", "For more information:", "Más
   * información"): the heading of the contact box or the list of further links that closes the
   * text, a signpost to what follows and not a sentence. Only the label alone on its line, or with
   * the topic it points to and its colon ("Weitere Informationen zum Coronavirus in Thüringen:",
   * at most five words and no comma: "For more information on the plan, the council said:" opens
   * a quotation); the names and addresses below it are left to the other rules.
   */
  private static final Pattern FOOT_LABEL = Pattern.compile("(?iu)(?:"
      + "(?:presse|medien|media |press )?(?:kontakt(?:e|person)?|contacts?)|contacto|contact presse"
      + "|ansprechpartner(?:in|innen)?(?: für (?:die )?(?:presse|medien|rückfragen))?"
      + "|(?:weitere|mehr|zusätzliche|weiterführende) informationen|zusatzinformationen"
      + "|(?:for )?(?:more|further|additional) information|(?:para )?más información"
      + "|plus d.informations|pour en savoir plus"
      + ")(?:\\s+(?:zu[mr]?|zu den|on|about|sobre|sur)(?:\\s+[^\\s:,;.!?]+){1,5}\\s*:)?" + TRAILER);

  /**
   * The label that marks paid content inside a story, in the languages news is most often written
   * in ("Anzeige", "- Werbung -", "Publicidad", "ANZEIGE - Heute schon …?", "Anzeige, enthält
   * Affiliate Links"): press codes require an advertisement to be labelled so, and the line is the
   * ad's, not the story's. The label word must stand alone or before a separator: "Werbung nervt."
   * and "Anzeige gegen Unbekannt" (a complaint to the police) are sentences.
   */
  private static final Pattern AD_LABEL = Pattern.compile("(?iu)[\\s*\\-–—]*"
      + "(?:advertisement|advertorial|anzeige|werbung|publicidad|publicité|pubblicità)"
      + "\\s*(?:[-–—:,*.].*)?");

  /**
   * A read-also signpost worded a little longer, the label over a list of other stories ("Lesen Sie
   * auch die folgenden Beiträge:", "Das Thema könnte dich auch interessieren:", "You might also
   * like these stories:"): a short line ending in a colon that holds the signpost's words. The list
   * it heads is removed as links; the label is left alone at the foot of the story. A sentence
   * introducing a quotation or a list of its own is longer, or says something else.
   */
  private static final Pattern SIGNPOST_LABEL = Pattern.compile("(?iu)(?=.*\\b(?:"
      + "lesen sie auch|auch lesen|auch interessier\\p{L}*|auch interessant|mehr themen"
      + "|weitere themen|mehr zum thema|read more|read also|also read|see also|you may also like"
      + "|you might also like|lire aussi|voir aussi|lee también|vea también|te puede interesar"
      + "|le puede interesar|leggi anche)\\b).*:\\s*");

  /**
   * A paywall's note to the reader in place of the rest of the story ("To view the full story,
   * please subscribe …", "Already a subscriber? Log in to read this article"): a short line that
   * asks to subscribe (or speaks of subscribing and of reading, viewing or logging in) and names
   * the story or article itself ("Subscribe now to our e-edition for the full story"). A
   * story about a service's subscribers says nothing of "this article", and one about readers'
   * anger ("Subscribers wrote in after this story ran") asks no one to read on.
   */
  private static final Pattern PAYWALL_NOTE = Pattern.compile("(?iu)"
      + "(?=.*\\b(?:subscribe|subscribers?|subscription)\\b)"
      + "(?=.*\\b(?:read|view|continue|access|unlock|log in|sign in)\\b|\\s*subscribe\\b)"
      + ".*\\b(?:the full|this|the whole|the rest of (?:the|this)) (?:story|article)\\b.*");

  /**
   * A widget's prompt to share or rate the story, in words rather than icons ("Möchten Sie den
   * Artikel teilen?", "Wie bewerten Sie diesen Artikel?", "Valora esta noticia", "Share the
   * story:"): a short line naming both the action and the article, put as a question, a label
   * or a command. A sentence of the story that names both is longer, and a headline ("Survivors
   * share the story of the flood") states rather than asks.
   */
  private static final String SHARE_OR_RATE = "(?:share|teilen|bewerten|valora|valore|compartir"
      + "|comparte|partager|partagez|condividi)";
  private static final Pattern SHARE_OR_RATE_PROMPT = Pattern.compile("(?iu)"
      + "(?=.*\\b" + SHARE_OR_RATE + "\\b)"
      + "(?=.*[?:!]\\s*$|\\s*" + SHARE_OR_RATE + "\\b)"
      + "(?=.*\\b(?:article|story|artikel|beitrag|noticia|nota|artículo|articolo)\\b).*");

  private static final Pattern NEWSLETTER_SIGN_UP =
      Pattern.compile("(?iu).*\\bsign(?: |-)?up\\b.*\\bnewsletters?\\b.*");
  private static final Pattern RIGHTS_RESERVED = Pattern.compile("(?iu).*\\ball rights reserved\\b.*");
  private static final Pattern COOKIE_NOTICE = Pattern.compile(
      "(?iu).*\\b(?:we|this (?:web)?site|our (?:web)?site)(?: \\p{L}+)? uses? cookies\\b.*");
  private static final Pattern MENTIONS_COOKIES = Pattern.compile("(?iu).*\\bcookies?\\b.*");
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(".*[.!?。！？].*");
  /**
   * Letters of scripts without case (Han, kana, Hangul, Thai, Arabic…): they separate case-change
   * tokens, since such text is written without spaces and a whole CJK sentence is one "word".
   */
  private static final Pattern CASELESS_OR_SPACE = Pattern.compile("[\\s\\p{Lo}]+");

  /** Menu separators; the angle quotes are breadcrumb separators, which never occur in prose. */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("[|•·]");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("[›»]");

  static final int MAX_CHROME_WORDS = 12;
  /** The longest line any rule looks at (cookie notices). */
  private static final int MAX_RULE_WORDS = 40;
  static final int MAX_MENU_RUN_TOKENS = 8;
  /** A scraped menu is a line of section names; a longer line is content, however odd. */
  static final int MAX_MENU_RUN_CHARS = 300;

  /** A chrome line of its kind is at most so many words; a story's sentence that fits is longer. */
  private record ShortLineRule(int maxWords, Pattern line) {}

  private static final List<ShortLineRule> SHORT_LINE_RULES = List.of(
      new ShortLineRule(MAX_CHROME_WORDS, SHORT_LINE_START),
      new ShortLineRule(25, SIGNPOST_LINE), // the other story's headline runs long
      new ShortLineRule(20, TAXONOMY_LINE),
      new ShortLineRule(MAX_CHROME_WORDS, FOOT_LABEL),
      new ShortLineRule(MAX_CHROME_WORDS, AD_LABEL),
      new ShortLineRule(8, SIGNPOST_LABEL),
      new ShortLineRule(25, NEWSLETTER_SIGN_UP),
      new ShortLineRule(25, PAYWALL_NOTE),
      new ShortLineRule(8, SHARE_OR_RATE_PROMPT),
      new ShortLineRule(20, RIGHTS_RESERVED),
      new ShortLineRule(MAX_RULE_WORDS, COOKIE_NOTICE),
      new ShortLineRule(6, MENTIONS_COOKIES));

  static boolean isBoilerplate(String line) {
    int words = TextCleaner.words(line).length;
    if (words > MAX_RULE_WORDS) {
      return false; // every rule below needs a short line; most article lines are long
    }
    if (WHOLE_LINE.matcher(line).matches()) {
      return true;
    }
    for (ShortLineRule rule : SHORT_LINE_RULES) {
      if (words <= rule.maxWords() && rule.line().matcher(line).matches()) {
        return true;
      }
    }
    return isGluedMenuRun(line)
        || isSeparatedMenu(line);
  }

  /**
   * A menu scraped without separators: section names glued together ("AirAmericasAsia Pacific").
   * A token with two lower-to-upper case changes is very rare in prose (brand names like "iPhone"
   * or "McDonald" have one), and the line must be short and without sentence punctuation.
   */
  static boolean isGluedMenuRun(String line) {
    String[] tokens = TextCleaner.words(line);
    if (tokens.length > MAX_MENU_RUN_TOKENS || line.length() > MAX_MENU_RUN_CHARS
        || SENTENCE_PUNCTUATION.matcher(line).matches()) {
      return false;
    }
    for (String token : CASELESS_OR_SPACE.split(line.strip())) {
      if (caseChanges(token) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static int caseChanges(String token) {
    int changes = 0;
    for (int i = 1; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(token.charAt(i))) {
        changes++;
      }
    }
    return changes;
  }

  /** "World | Business | Tech | Sport": four or more short capitalised items (three for breadcrumbs). */
  static boolean isSeparatedMenu(String line) {
    return hasMenuItems(line, MENU_SEPARATOR, 4) || hasMenuItems(line, BREADCRUMB_SEPARATOR, 3);
  }

  private static boolean hasMenuItems(String line, Pattern separator, int minItems) {
    if (!separator.matcher(line).find()) {
      return false;
    }
    String[] parts = separator.split(line.strip(), -1);
    int items = 0;
    for (int i = 0; i < parts.length; i++) {
      String item = parts[i].strip();
      boolean edge = i == 0 || i == parts.length - 1;
      if (item.isEmpty()) {
        if (edge) {
          continue; // a leading or trailing separator
        }
        return false;
      }
      if (TextCleaner.words(item).length > 4 || !startsCapitalised(item)) {
        return false;
      }
      items++;
    }
    return items >= minItems;
  }

  private static boolean startsCapitalised(String item) {
    int first = item.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  private Boilerplate() {}
}
