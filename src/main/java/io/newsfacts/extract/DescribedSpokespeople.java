package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spokespeople an article describes without naming them ("a Sun spokesman", "a spokeswoman
 * for the ministry", "the spokesman"), as antecedents of a later "he" or "she". Wire and business
 * copy quote an organisation through an unnamed spokesperson and go on with "he said"; the
 * pronoun means that spokesperson, not the person named last, and the spokesperson speaks for the
 * organisation the description names. "The spokeswoman", naming none, takes up the spokeswoman
 * described before it ("An IBM spokeswoman said … the spokeswoman said … she said").
 *
 * <p>A description set beside a name ("John Hale, a spokesman for X," or "spokesman John Hale")
 * is that person's role, not a second person, so it is no antecedent: the name is. Made once per
 * article and dropped with it.
 */
final class DescribedSpokespeople {

  /** One unnamed spokesperson: the description's span, the gender its word gives, and whom for. */
  record Described(int begin, int end, PersonGender.Gender gender, EntityCluster speaksFor) {}

  private static final Pattern HEAD =
      Pattern.compile("(?i)\\bspokes(man|woman|person)\\b(?![’'-])");
  /** A determiner opening the description, a few words before its head. */
  private static final Pattern DETERMINED =
      Pattern.compile("(?i)\\b(a|an|the)\\s+(?:[\\p{L}\\p{N}.&’'-]+\\s+){0,4}$");
  /** Else the capitalised words right before the head: "IBM's spokeswoman". */
  private static final Pattern CAPITALISED =
      Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{N}.&’'-]*\\s+){1,4}$");
  private static final Pattern REPORTING_WORD = Pattern.compile(
      "(?i)\\s(said|says|told|added|declined|would|did|could|was|is|had|has|confirmed)\\b");
  private static final int AFTER_CHARS = 80;

  private final List<Described> described;

  private DescribedSpokespeople(List<Described> described) {
    this.described = described;
  }

  static DescribedSpokespeople find(String text, List<EntityCluster> entities,
      List<QuoteFinder.Found> quotes) {
    List<Described> found = new ArrayList<>();
    DescriptionLink descriptions = new DescriptionLink(text, entities, quotes);
    Matcher head = HEAD.matcher(text);
    while (head.find()) {
      if (QuoteFinder.inside(quotes, head.start())) {
        continue;
      }
      int begin = opening(text, head.start());
      int end = closing(text, head.end());
      if (besideAName(text, entities, begin, head.end())) {
        continue;
      }
      // the organisation (or person) named inside the description is the one spoken for
      EntityCluster named = descriptions.link(begin, end, head.group());
      if (named == null && speaksForTheCompany(text, head.end())) {
        named = descriptions.companyBefore(begin); // "a spokesman for the Stamford, Conn., company"
      }
      if (named == null && isDefinite(text, begin) && !found.isEmpty()) {
        named = takenUp(found, genderOf(head.group(1)));
      }
      found.add(new Described(begin, end, genderOf(head.group(1)), named));
    }
    return new DescribedSpokespeople(List.copyOf(found));
  }

  /**
   * The nearest spokesperson described before {@code position} whom a pronoun asking for
   * {@code wanted} can mean, or null.
   */
  Described nearestBefore(int position, PersonGender.Gender wanted) {
    Described nearest = null;
    for (Described d : described) {
      if (d.end() <= position && compatible(d.gender(), wanted)) {
        nearest = d;
      }
    }
    return nearest;
  }

  /** Whether {@code word} is "spokesman", "spokeswoman" or "spokesperson". */
  static boolean isSpokesperson(String word) {
    return HEAD.matcher(word).matches();
  }

  /**
   * Whom the spokesperson described with the head word at {@code headBegin} speaks for: "the
   * spokesperson" takes up "A spokesperson for the union" before it. Null when the description
   * names nobody, or is a named person's role.
   */
  EntityCluster speaksForAt(int headBegin) {
    for (Described d : described) {
      if (d.begin() <= headBegin && headBegin < d.end()) {
        return d.speaksFor();
      }
    }
    return null;
  }

  private static boolean compatible(PersonGender.Gender g, PersonGender.Gender wanted) {
    return g == PersonGender.Gender.UNKNOWN || wanted == PersonGender.Gender.UNKNOWN
        || g == wanted;
  }

  private static PersonGender.Gender genderOf(String ending) {
    return switch (ending.toLowerCase(Locale.ROOT)) {
      case "man" -> PersonGender.Gender.MALE;
      case "woman" -> PersonGender.Gender.FEMALE;
      default -> PersonGender.Gender.UNKNOWN;
    };
  }

  /** "a Sun spokesman", "Hewlett-Packard Co.'s spokesman": back to where the phrase opens. */
  private static int opening(String text, int headStart) {
    int from = Math.max(Math.max(0, headStart - 60), text.lastIndexOf('\n', headStart - 1) + 1);
    String before = text.substring(from, headStart);
    Matcher m = DETERMINED.matcher(before);
    if (m.find()) {
      return from + m.start();
    }
    m = CAPITALISED.matcher(before);
    return m.find() ? from + m.start() : headStart;
  }

  /** The words right after the head, as far as a description can run. */
  private static String afterHead(String text, int headEnd) {
    return text.substring(headEnd, Math.min(text.length(), headEnd + AFTER_CHARS));
  }

  /** Where the reporting word after the head starts in {@code after}; -1 when there is none. */
  private static int reportingWordAt(String after) {
    Matcher reporting = REPORTING_WORD.matcher(after);
    return reporting.find() ? reporting.start() : -1;
  }

  /** "a spokesman for the Stamford, Conn., company": on to the reporting word or a comma. */
  private static int closing(String text, int headEnd) {
    String after = afterHead(text, headEnd);
    if (!after.matches("(?s)\\s+(for|of|at|with)\\s.*")) {
      return headEnd;
    }
    int end = after.length();
    for (char stop : new char[] {',', ';', ':', '\n', '(', '"', '“', '”'}) {
      int at = after.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    int reporting = reportingWordAt(after);
    if (reporting >= 0 && reporting < end) {
      end = reporting;
    }
    return headEnd + end;
  }

  /** "spokesman for the company", "… for the Ohio-based company said": up to the reporting word. */
  private static boolean speaksForTheCompany(String text, int headEnd) {
    String after = afterHead(text, headEnd);
    int reporting = reportingWordAt(after);
    String phrase = reporting >= 0 ? after.substring(0, reporting) : "";
    return phrase.matches("(?s)\\s+(for|of|at|with)\\s+the\\s[^;:\n]*\\bcompany\\s*,?");
  }

  private static boolean isDefinite(String text, int begin) {
    return text.regionMatches(true, begin, "the ", 0, 4);
  }

  /**
   * The description is a named person's role: the name right before it with a comma between
   * ("John Hale, a spokesman for X") or right after its head ("spokesman John Hale", "a
   * spokesman, John Hale,").
   */
  private static boolean besideAName(String text, List<EntityCluster> entities, int begin,
      int headEnd) {
    for (EntityCluster entity : entities) {
      if (entity.type() != EntityType.PERSON) {
        continue;
      }
      for (NamedMention m : entity.mentions()) {
        if (m.end() <= begin && text.substring(m.end(), begin).matches(",\\s*")) {
          return true;
        }
        if (m.begin() >= headEnd && text.substring(headEnd, m.begin()).matches(",?\\s*")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the spokeswoman": whom the last spokesperson of that gender described before spoke for. */
  private static EntityCluster takenUp(List<Described> earlier, PersonGender.Gender gender) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Described d = earlier.get(i);
      if (compatible(d.gender(), gender)) {
        return d.speaksFor();
      }
    }
    return null;
  }
}
