package io.newsfacts.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * American news's party-and-state designation and the epithet that refers back to it: a legislator
 * is named once as "Sen. Sam Nunn, D-Ga.," or "Rep. Ann Cole (D-N.Y.)" and later called "the
 * Georgia Democrat" or "the New York Democrat". The epithet names the person whose designation
 * has its party and its state, whatever the state's form (AP's "Ga.", the postal "GA", or
 * "Texas" written out).
 */
final class PartyDesignation {

  /** "the Georgia Democrat", "the New York Republican", "the Vermont independent". */
  private static final Pattern EPITHET = Pattern.compile(
      "(?i)^the\\s+((?:[A-Z][a-z]+\\.?\\s+){1,2})(Democrat|Republican|Independent)$");
  /** A party and a state's abbreviation as one token: "R-Kan.", "D-N.Y.", "I-Vt.", "R-Texas". */
  private static final Pattern TOKEN = Pattern.compile("[RDI]-[A-Z][A-Za-z.]{1,11}");
  /** Right after a name: ", D-Ga.", " (R-N.Y.)", ", I-Vt", ", R-Texas". */
  private static final Pattern DESIGNATION = Pattern.compile(
      "^\\s*[,(]\\s*([RDI])-((?:[A-Z]\\.){2}|[A-Z][A-Za-z]{1,11}\\.?)");

  /** Every form of a state's name news uses, lower case without stops, to the state's name. */
  private static final Map<String, String> STATES = new HashMap<>();

  static {
    state("Alabama", "ala", "al");
    state("Alaska", "ak");
    state("Arizona", "ariz", "az");
    state("Arkansas", "ark", "ar");
    state("California", "calif", "ca", "cal");
    state("Colorado", "colo", "co");
    state("Connecticut", "conn", "ct");
    state("Delaware", "del", "de");
    state("Florida", "fla", "fl");
    state("Georgia", "ga");
    state("Hawaii", "hi");
    state("Idaho", "id");
    state("Illinois", "ill", "il");
    state("Indiana", "ind", "in");
    state("Iowa", "ia");
    state("Kansas", "kan", "kans", "ks");
    state("Kentucky", "ky");
    state("Louisiana", "la");
    state("Maine", "me");
    state("Maryland", "md");
    state("Massachusetts", "mass", "ma");
    state("Michigan", "mich", "mi");
    state("Minnesota", "minn", "mn");
    state("Mississippi", "miss", "ms");
    state("Missouri", "mo");
    state("Montana", "mont", "mt");
    state("Nebraska", "neb", "ne");
    state("Nevada", "nev", "nv");
    state("New Hampshire", "nh");
    state("New Jersey", "nj");
    state("New Mexico", "nm");
    state("New York", "ny");
    state("North Carolina", "nc");
    state("North Dakota", "nd");
    state("Ohio", "oh");
    state("Oklahoma", "okla", "ok");
    state("Oregon", "ore", "or");
    state("Pennsylvania", "pa");
    state("Rhode Island", "ri");
    state("South Carolina", "sc");
    state("South Dakota", "sd");
    state("Tennessee", "tenn", "tn");
    state("Texas", "tex", "tx");
    state("Utah", "ut");
    state("Vermont", "vt");
    state("Virginia", "va");
    state("Washington", "wash", "wa");
    state("West Virginia", "wva", "wv");
    state("Wisconsin", "wis", "wisc", "wi");
    state("Wyoming", "wyo", "wy");
  }

  private static void state(String name, String... forms) {
    STATES.put(key(name), name);
    for (String form : forms) {
      STATES.put(form, name);
    }
  }

  /** A party's letter and a state's name. */
  record Party(char letter, String state) {}

  private PartyDesignation() {}

  /** Whether a token is a designation ("R-Kan."), as the tokenizer keeps one. */
  static boolean isToken(String word) {
    return TOKEN.matcher(word).matches();
  }

  /** The party and state an epithet ("the Georgia Democrat") names, or null. */
  static Party ofEpithet(String phrase) {
    Matcher m = EPITHET.matcher(phrase.trim());
    if (!m.matches()) {
      return null;
    }
    String state = STATES.get(key(m.group(1)));
    return state == null ? null
        : new Party(Character.toUpperCase(m.group(2).charAt(0)), state);
  }

  /** The designation that opens {@code after} (the text right after a name), or null. */
  static Party ofDesignation(String after) {
    Matcher m = DESIGNATION.matcher(after);
    if (!m.find()) {
      return null;
    }
    String state = STATES.get(key(m.group(2)));
    return state == null ? null : new Party(m.group(1).charAt(0), state);
  }

  private static String key(String form) {
    return form.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
  }
}
