package io.newsfacts.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns scraped article text into the analysed text every later offset indexes. Deterministic: the
 * same input always gives the same output.
 *
 * <p>Steps: normalise characters and whitespace; drop site-chrome lines ({@link Boilerplate}); split
 * paragraphs on blank lines; give a heading glued onto the next line its own paragraph (CoreNLP would
 * otherwise read "North Korea missile A railway-borne missile was…" as one sentence); take a leading
 * headline out of the body as the title (Title Case headlines only confuse NER).
 */
public final class TextCleaner {

  /** Most words a heading glued onto running text may have. */
  static final int MAX_HEADING_WORDS = 12;
  /** Most words a leading paragraph may have to be taken as the title. */
  static final int MAX_TITLE_WORDS = 25;

  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /**
   * A sentence end: . ! ? or … (closing quotes/brackets allowed) before a space or the line end;
   * the ideographic 。！？ anywhere (CJK puts no space after them).
   */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*(?: |$)|[。！？]");
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\"”’')\\]]+$");

  public CleanText clean(String raw) {
    return clean(raw, null);
  }

  /**
   * Cleans {@code raw}. A {@code metadataTitle} (sidecar, HTML head, JSONL field) wins over a title
   * found in the text, and a first paragraph repeating it is removed from the body.
   */
  public CleanText clean(String raw, String metadataTitle) {
    return clean(raw, metadataTitle, false);
  }

  /**
   * As {@link #clean(String, String)}; {@code headlineFromMarkup}: the text is a web page's main
   * text, whose headline the markup has already given (the {@code <h1>} is found and read as the
   * title). Its short first line is then a subheading or standfirst, not a headline to guess: only
   * a line repeating the title leaves the body.
   */
  public CleanText clean(String raw, String metadataTitle, boolean headlineFromMarkup) {
    List<List<String>> paragraphs = splitHeadings(paragraphs(normalise(raw)));
    String title = metadataTitle == null ? null : singleLine(metadataTitle);
    if (title != null && title.isEmpty()) {
      title = null;
    }
    // The first paragraph leaves the body only when something remains: an article that is nothing
    // but a headline keeps it as its text rather than becoming empty.
    if (paragraphs.size() > 1) {
      List<String> first = paragraphs.get(0);
      boolean repeatsMetadataTitle = title != null && sameTitle(String.join(" ", first), title);
      // a wire dateline on a line of its own ("WASHINGTON (AP) _") belongs to the story
      boolean isHeadline = !(headlineFromMarkup && title != null)
          && first.size() == 1 && isTitleLike(first.get(0))
          && !Dateline.isDateline(first.get(0));
      if (repeatsMetadataTitle || isHeadline) {
        paragraphs.remove(0);
        if (title == null) {
          title = first.get(0);
        }
      }
    }
    return new CleanText(title, join(paragraphs));
  }

  // ---- characters and lines ----

  /**
   * NFC; line breaks to LF; every kind of space and tab to a plain space; zero-width spaces, word
   * joiners, byte order marks, soft hyphens and other controls removed (zero-width joiners and
   * non-joiners kept); spaces collapsed and lines trimmed. Curly quotes stay:
   * quote detection needs them.
   */
  static String normalise(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        case '\n', '\u000B', '\u000C', '\u0085', '\u2028' -> out.append('\n');
        case '\u2029' -> out.append("\n\n");
        case '\t' -> out.append(' ');
        // Zero-width joiners (U+200D) and non-joiners (U+200C) stay: they are content, binding
        // emoji sequences (a family is one emoji) and shaping Persian and Indic words.
        case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> { }
        default -> {
          if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            out.append(' ');
          } else if (!Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
    StringBuilder lines = new StringBuilder(out.length());
    for (String line : out.toString().split("\n", -1)) {
      if (!lines.isEmpty()) {
        lines.append('\n');
      }
      lines.append(SPACE_RUN.matcher(line).replaceAll(" ").strip());
    }
    return lines.toString();
  }

  /** Paragraphs (runs of non-blank lines) with boilerplate lines left out. */
  private static List<List<String>> paragraphs(String normalised) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : normalised.split("\n", -1)) {
      if (line.isEmpty()) {
        flush(current, paragraphs);
        current = new ArrayList<>();
      } else if (!Boilerplate.isBoilerplate(line)) {
        current.add(line);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** Gives each heading directly followed by a line of running text a paragraph of its own. */
  private static List<List<String>> splitHeadings(List<List<String>> paragraphs) {
    List<List<String>> result = new ArrayList<>();
    for (List<String> lines : paragraphs) {
      List<String> current = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i + 1 < lines.size() && isGluedHeading(line, lines.get(i + 1))) {
          flush(current, result);
          current = new ArrayList<>();
          result.add(new ArrayList<>(List.of(line)));
        } else {
          current.add(line);
        }
      }
      flush(current, result);
    }
    return result;
  }

  private static void flush(List<String> lines, List<List<String>> into) {
    if (!lines.isEmpty()) {
      into.add(lines);
    }
  }

  private static String join(List<List<String>> paragraphs) {
    List<String> joined = new ArrayList<>(paragraphs.size());
    for (List<String> lines : paragraphs) {
      joined.add(String.join("\n", lines));
    }
    return String.join("\n\n", joined);
  }

  // ---- headings and titles ----

  /**
   * A short line with no sentence-final punctuation, followed by a line that reads as running text
   * and starts like a sentence. The extra conditions (does not end on a function word, next line
   * does not start in lower case) keep hard-wrapped prose from being cut mid-sentence.
   */
  static boolean isGluedHeading(String line, String next) {
    return looksLikeHeading(line, MAX_HEADING_WORDS)
        && !endsWithSentencePunctuation(line)
        && !endsWithFunctionWord(line)
        && isRunningText(next)
        && !Character.isLowerCase(next.codePointAt(0));
  }

  /** A single-line first paragraph that can be the headline: short, not a sentence, not a lead-in. */
  static boolean isTitleLike(String line) {
    String bare = stripClosingMarks(line);
    return looksLikeHeading(line, MAX_TITLE_WORDS)
        && !bare.endsWith(".") && !bare.endsWith("…") && !line.endsWith(":")
        && !bare.endsWith("。") && !line.endsWith("：");
  }

  private static boolean looksLikeHeading(String line, int maxWords) {
    return !line.isEmpty() && wordCount(line) <= maxWords;
  }

  /** Running text: long, or holds the end of a sentence (". " inside, or at the end). */
  static boolean isRunningText(String line) {
    return wordCount(line) > MAX_HEADING_WORDS
        || SENTENCE_END.matcher(line).find();
  }

  private static boolean endsWithSentencePunctuation(String line) {
    return ".!?:”\"’…。！？：」』".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  /**
   * Words, counting scripts written without spaces (Han, kana, Hangul, Thai…) as about one word per
   * two letters: a whole Japanese sentence is one space-separated "word" but no heading.
   */
  static int wordCount(String line) {
    long unspaced = line.codePoints().filter(TextCleaner::isWrittenWithoutSpaces).count();
    return words(line).length + (int) (unspaced / 2);
  }

  private static boolean isWrittenWithoutSpaces(int c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "but",
      "as", "that", "which", "who", "whose", "than", "their", "his", "her", "its", "our", "your", "my",
      "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had",
      "will", "would", "said", "says", "into", "about", "over", "after", "before", "via", "not");

  private static boolean endsWithFunctionWord(String line) {
    String[] words = words(line);
    return FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static String stripClosingMarks(String line) {
    return CLOSING_MARKS.matcher(line).replaceAll("");
  }

  /** Words of a normalised line (single spaces). */
  static String[] words(String line) {
    return SPACES.split(line.strip());
  }

  private static String singleLine(String text) {
    return WHITESPACE.matcher(normalise(text)).replaceAll(" ").strip();
  }

  /** Titles compare ignoring case and spacing. */
  static boolean sameTitle(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  private static String comparable(String s) {
    return singleLine(s).toLowerCase(Locale.ROOT);
  }
}
