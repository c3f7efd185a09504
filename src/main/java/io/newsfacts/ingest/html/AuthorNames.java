package io.newsfacts.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author names as pages give them ("By Jane Doe and John Roe", "Von Anna Muster", a JSON-LD list)
 * made into a list of names. A value that is a URL, a handle or a sentence is not a name.
 */
final class AuthorNames {

  private static final Pattern BY = Pattern.compile("(?iu)^(?:by|von|vom|par|por|di|door|av|af|de"
      + "|written by|posted by|published by|geschrieben von|veröffentlicht von|artikel von"
      + "|publié par|publicado por|pubblicato da"
      + "|text|autor|autorin|author|auteur|autore|about the author|post author(?: by)?)"
      + "\\s*[:\\-–]?(?:\\s+|$)");
  /**
   * Lower-case words that make a value a label or a phrase ("Veröffentlicht am", "Published by",
   * "Art Edwards says"); other lower-case words pass, as in "Ursula von der Leyen", user names and
   * names their owners write in lower case.
   */
  private static final java.util.Set<String> PHRASE_WORDS = java.util.Set.of("am", "um", "im",
      "by", "on", "at", "in", "says", "said", "writes", "wrote", "schreibt", "sagt", "meint", "is",
      "ist", "the", "of", "for", "more", "mehr", "posted", "published", "veröffentlicht",
      "publiziert", "geschrieben", "écrit", "publié");
  /** CMS account names that stand where no author was entered. */
  private static final java.util.Set<String> ACCOUNTS = java.util.Set.of("admin", "administrator",
      "wordpressadmin", "webmaster", "root", "user", "editor", "default", "unknown", "guest");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|&|\\band\\b|\\bund\\b|\\bet\\b"
      + "|\\by\\b|\\be\\b|\\ben\\b|\\boch\\b)\\s*");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final int MAX_NAME_WORDS = 5;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F]+");
  /** Separators and quotes around a byline ("| Jane Doe", "'Jane Doe'"). */
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s|•·:;,\\-–—'\"«»“”‘’()*]+|[\\s|•·:;,\\-–—'\"«»“”‘’()*]+$");
  /** "example.de": a site, not a person. */
  private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9-]+\\.[a-z]{2,}$");

  private AuthorNames() {}

  static List<String> clean(List<String> values) {
    List<String> names = new ArrayList<>();
    for (String value : values) {
      if (value == null) {
        continue;
      }
      String v = SPACES.matcher(value).replaceAll(" ").strip();
      v = BY.matcher(EDGE_PUNCTUATION.matcher(v).replaceAll("")).replaceFirst("");
      String[] parts = SPLIT.split(v);
      for (String part : parts) {
        // "Jane Doe, John Roe" lists names; "Jane Doe, Washington" adds a place: keep both, as the
        // page wrote them, only when every piece looks like a name.
        String[] pieces = COMMA.split(part);
        boolean allNames = pieces.length > 1;
        for (String piece : pieces) {
          allNames &= words(piece) >= 2 && words(piece) <= MAX_NAME_WORDS;
        }
        for (String name : allNames ? pieces : new String[] {part}) {
          String n = EDGE_PUNCTUATION.matcher(BY.matcher(name.strip()).replaceFirst(""))
              .replaceAll("").strip();
          // A piece split off a longer value must look like a name ("personnels sont" does not).
          boolean split = parts.length > 1 || allNames;
          if (isName(n) && (!split || Character.isUpperCase(n.codePointAt(0)))
              && !containsIgnoreCase(names, n)) {
            names.add(n);
          }
        }
      }
    }
    return names;
  }

  private static boolean isName(String n) {
    if (n.isEmpty() || n.length() > 80 || words(n) > MAX_NAME_WORDS + 2) {
      return false;
    }
    String lower = n.toLowerCase(Locale.ROOT);
    return !lower.contains("http") && !lower.contains("www.") && !n.startsWith("@")
        && !labelOrPhrase(n) && !ACCOUNTS.contains(lower)
        && !n.contains("/") && !n.contains(":") && n.codePoints().anyMatch(Character::isLetter)
        && n.codePoints().noneMatch(Character::isDigit) && !DOMAIN.matcher(lower).find();
  }

  /** A value of several words with a label or function word in lower case (see PHRASE_WORDS). */
  private static boolean labelOrPhrase(String n) {
    String[] words = n.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (PHRASE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(List<String> names, String n) {
    return names.stream().anyMatch(x -> x.equalsIgnoreCase(n));
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
