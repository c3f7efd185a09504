package io.newsfacts.annotate;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rewrites one line of a TokensRegexNER mapping file so that it matches exactly the same tokens
 * but can be found through CoreNLP's word index instead of being tried on every sentence.
 *
 * <p>Why: TokensRegexNER indexes an entry by one of its literal tokens; an entry whose every token
 * is a regex ({@code u\.s\.}, {@code Calif\.?}, {@code Lt\.? Gen\.?}) has nothing to index and is
 * run as its own matcher over every sentence. CoreNLP's KBP gazetteer has about a thousand such
 * entries, and running them is half of the whole pipeline's time. Most of them describe only a
 * handful of strings, so each such line becomes one TokensRegex line per string, written with quoted
 * literal words ({@code ( "u.s." )}), which the index does see. Lines with a literal token already,
 * TokensRegex lines, and regexes that describe too many strings (URLs, {@code .*}) stay as they are.
 *
 * <p>One kind of line is dropped: a place or nationality joined to a participle into one token
 * ({@code moscow-backed}, {@code paris-born}, {@code texas-area}). The list holds ten such
 * variants of each of its 50,000 names, 500,000 lines in all, six in every seven, and they only
 * turn a modifier the statistical NER called MISC into CITY or COUNTRY: "Moscow-backed" is not a
 * place (CoNLL-2003 marks such words MISC or nothing). Without them the gazetteer loads in a
 * fraction of the time and memory.
 */
final class GazetteerLineRewriter {

  /** More strings than this and the regex stays a regex: one line per string would bloat the file. */
  static final int MAX_STRINGS_PER_ENTRY = 64;

  /**
   * A token without any of these is a plain string to CoreNLP, not a regex (its
   * ComplexNodePattern test).
   */
  private static final String REGEX_CHARACTERS = "[]?.\\^$()*+{}|";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_JOINED_TO_PARTICIPLE = Pattern.compile(
      ".+-(area|backed|born|controlled|educated|headquartered|owned|raised|registered|trained)",
      Pattern.CASE_INSENSITIVE);

  private GazetteerLineRewriter() {}

  /**
   * The lines that replace {@code line}: the line itself when there is nothing to gain, none for
   * a name joined to a participle.
   */
  static List<String> rewrite(String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      return List.of(line);
    }
    if (NAME_JOINED_TO_PARTICIPLE.matcher(line.substring(0, tab).trim()).matches()) {
      return List.of();
    }
    if (!hasRegexCharacter(line, tab)) {
      return List.of(line); // nearly every line: a plain name, already indexed
    }
    String pattern = line.substring(0, tab).trim();
    String rest = line.substring(tab);
    if (pattern.isEmpty() || pattern.startsWith("( ")) {
      return List.of(line);
    }
    String[] tokens = WHITESPACE.split(pattern);
    List<List<String>> stringsPerToken = new ArrayList<>(tokens.length);
    long combinations = 1;
    for (String token : tokens) {
      if (!hasRegexCharacter(token, token.length())) {
        return List.of(line); // already indexed by this token
      }
      List<String> strings = finiteStrings(token);
      combinations *= strings.size();
      if (strings.isEmpty() || combinations > MAX_STRINGS_PER_ENTRY) {
        return List.of(line);
      }
      stringsPerToken.add(strings);
    }
    List<String> lines = new ArrayList<>();
    for (String words : wordSequences(stringsPerToken)) {
      lines.add("( " + words + " )" + rest);
    }
    return lines;
  }

  private static boolean hasRegexCharacter(String line, int end) {
    for (int i = 0; i < end; i++) {
      if (REGEX_CHARACTERS.indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every string a Java regex token matches, or an empty list when they are too many, when the
   * syntax is beyond the plain subset both regex dialects read alike, or when a string could not be
   * written as a quoted TokensRegex word.
   */
  private static List<String> finiteStrings(String regex) {
    if (regex.contains("(?") || regex.matches(".*\\\\[a-zA-Z0-9].*")) {
      return List.of(); // Java-only syntax (groups with flags, \w, \d ...): brics reads it otherwise
    }
    Set<String> strings;
    try {
      Automaton automaton = new RegExp(regex, RegExp.NONE).toAutomaton();
      strings = automaton.getFiniteStrings(MAX_STRINGS_PER_ENTRY);
    } catch (IllegalArgumentException unreadable) {
      return List.of();
    }
    if (strings == null || strings.isEmpty()) {
      return List.of();
    }
    for (String s : strings) {
      if (s.isEmpty() || s.indexOf('"') >= 0 || s.indexOf('\\') >= 0 || s.chars().anyMatch(Character::isWhitespace)) {
        return List.of();
      }
    }
    return new ArrayList<>(new TreeSet<>(strings));
  }

  private static List<String> wordSequences(List<List<String>> stringsPerToken) {
    List<String> sequences = List.of("");
    for (List<String> strings : stringsPerToken) {
      List<String> longer = new ArrayList<>(sequences.size() * strings.size());
      for (String prefix : sequences) {
        for (String s : strings) {
          longer.add(prefix.isEmpty() ? quoted(s) : prefix + " " + quoted(s));
        }
      }
      sequences = longer;
    }
    return sequences;
  }

  private static String quoted(String word) {
    return "\"" + word + "\"";
  }
}
