package io.newsfacts.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Odd and hostile article texts of a given size, made the same on every run (fixed seed): text
 * without sentence ends, runs of numbers and dates, very long sentences, many straight quotation
 * marks, one line without spaces. Tests use them directly; {@link #main} writes the benchmark
 * corpus of docs/robustness.md:
 *
 * <pre>
 * java -cp target/test-classes io.newsfacts.testing.HostileTexts /tmp/robust-hostile
 * </pre>
 */
public final class HostileTexts {

  private HostileTexts() {}

  private static final List<String> WORDS = List.of(
      "the", "council", "said", "on", "a", "plan", "to", "build", "new", "homes", "near", "river",
      "and", "officials", "who", "met", "with", "residents", "of", "town", "were", "told", "that",
      "budget", "would", "rise", "for", "schools", "but", "not", "roads", "in", "north", "while",
      "mayor", "asked", "about", "costs", "by", "next", "year", "after", "long", "debate", "over",
      "water", "prices", "farmers", "workers", "union", "leaders", "police", "report", "court");

  /** Ordinary words with a comma every few words, and never a full stop. */
  public static String withoutSentenceEnds(int bytes) {
    Random random = new Random(16);
    return fill(bytes, i -> WORDS.get(random.nextInt(WORDS.size()))
        + (i % 7 == 6 ? "," : ""));
  }

  /** "1 2 3 4 ..." */
  public static String numbers(int bytes) {
    return fill(bytes, i -> Integer.toString(i + 1));
  }

  private static final List<String> MONTHS = List.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December");

  /** "May 5, June 6, July 7, ..." */
  public static String dates(int bytes) {
    return fill(bytes, i -> MONTHS.get(i % 12) + " " + (i % 28 + 1) + ",");
  }

  /** Sentences of about {@code sentenceWords} ordinary words each, ending in full stops. */
  public static String longSentences(int bytes, int sentenceWords) {
    Random random = new Random(16);
    return fill(bytes, i -> WORDS.get(random.nextInt(WORDS.size()))
        + (i % 7 == 6 ? "," : "") + (i % sentenceWords == sentenceWords - 1 ? "." : ""));
  }

  /** {@code quotes} straight quotation marks, unbalanced, spread over ordinary sentences. */
  public static String quotationMarks(int bytes, int quotes) {
    Random random = new Random(16);
    StringBuilder text = new StringBuilder();
    int placed = 0;
    int word = 0;
    while (text.length() < bytes) {
      boolean quote = placed < quotes
          && (long) text.length() * quotes >= (long) placed * bytes;
      if (quote) {
        // Opening marks mostly, now and then a closing one: never balanced.
        text.append(placed % 3 == 2 ? "\" " : " \"");
        placed++;
      }
      text.append(WORDS.get(random.nextInt(WORDS.size())));
      word++;
      text.append(word % 15 == 0 ? ". " : " ");
    }
    while (placed++ < quotes) {
      text.append('"');
    }
    return text.toString();
  }

  /** One line of letters and no spaces at all. */
  public static String withoutSpaces(int bytes) {
    Random random = new Random(16);
    StringBuilder text = new StringBuilder(bytes);
    while (text.length() < bytes) {
      text.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    text.setLength(bytes);
    return text.toString();
  }

  private static String fill(int bytes, IntFunction<String> word) {
    StringBuilder text = new StringBuilder(bytes + 32);
    for (int i = 0; text.length() < bytes; i++) {
      text.append(word.apply(i)).append(' ');
    }
    return text.toString().strip();
  }

  /** The benchmark corpus: one folder per input kind and size, one article each. */
  public static Map<String, String> benchmark() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int kb : new int[] {10, 30, 100, 300}) {
      texts.put("nostop-" + kb + "k", withoutSentenceEnds(kb * 1000));
    }
    texts.put("numbers-50k", numbers(50_000));
    texts.put("dates-50k", dates(50_000));
    texts.put("longsent-50k", longSentences(50_000, 1000));
    texts.put("quotes5000-50k", quotationMarks(50_000, 5000));
    texts.put("quotes10000-100k", quotationMarks(100_000, 10_000));
    texts.put("quoterun-10000", "\"".repeat(10_000));
    texts.put("quotespaced-10000", "\" ".repeat(10_000));
    texts.put("quotepairs-10000", "\"river\" ".repeat(5_000));
    // The StackOverflowError: one 30,000-token sentence whose parse is thousands deep.
    texts.put("hesaid-10000", "He said \"".repeat(10_000));
    texts.put("nospace-300k", withoutSpaces(300_000));
    return texts;
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "hostile");
    for (Map.Entry<String, String> kind : benchmark().entrySet()) {
      Path folder = Files.createDirectories(root.resolve(kind.getKey()));
      Files.writeString(folder.resolve(kind.getKey() + ".txt"), kind.getValue(),
          StandardCharsets.UTF_8);
    }
  }
}
