package io.newsfacts.extract;

import java.util.List;
import java.util.Set;

/**
 * Words that stand before a person's name and are no part of it: courtesy titles ("Mr.", "Ms",
 * "Dr.") and the abbreviated ranks news writes before a name ("Prof", "Det Insp", "Cllr", "Sgt",
 * "Sen."). British and Commonwealth copy writes them without a full stop, and CoreNLP's tagger,
 * trained on American and wire text that writes "Mr.", then often tags "Mr Harper" or "Det Insp
 * Paul Wood" whole as the person; the entity contract keeps titles out of names.
 */
final class PersonTitles {

  private static final Set<String> COURTESY = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr");
  /** Abbreviations only: a rank written out ("Inspector", "Senator") is tagged TITLE by NER. */
  private static final Set<String> RANKS = Set.of("Prof", "Det", "Ch", "Insp", "Supt", "Sgt",
      "Cllr", "Rev", "Revd", "Fr", "Lt", "Col", "Capt", "Maj", "Gen", "Brig", "Cmdr", "Cdr",
      "Adm", "Cpl", "Pte", "Sen", "Rep", "Gov", "Hon", "PC", "DC", "DS", "DI", "DCI", "DCS");

  /**
   * Ranks and offices as a newspaper of record writes them out before a surname on second
   * reference ("General Williams", "Representative Applegate", "Judge Ito"), where NER, reading
   * the pair as one name, may call it an organisation ("General Motors").
   */
  private static final Set<String> WRITTEN_OUT = Set.of("General", "Admiral", "Colonel",
      "Captain", "Major", "Lieutenant", "Sergeant", "Commander", "Representative", "Senator",
      "Governor", "Mayor", "Judge", "Justice", "Professor", "Inspector", "Ambassador",
      "Commissioner", "Chancellor", "President", "Secretary", "Bishop", "Cardinal", "Rabbi",
      "Chair", "Chairman", "Chairwoman", "Premier", "Minister", "Speaker", "Sheriff", "Coach");

  /** The rank that is also a given name. */
  private static final String FIRST_NAME_RANK = "Major";

  private PersonTitles() {}

  /** Whether {@code word} is a rank or office written out in full before a surname. */
  static boolean isWrittenOutRank(String word) {
    return WRITTEN_OUT.contains(word);
  }

  /** Whether {@code word} is a courtesy title, with or without its full stop ("Mr.", "Ms"). */
  static boolean isCourtesyTitle(String word) {
    return COURTESY.contains(withoutStop(word));
  }

  /**
   * How many of a person's words are titles before the name: "Det Insp Paul Wood" 2, "Mr Harper"
   * 1, "Mayor Abraham D. Beame" 1 (NER, unsure, sometimes tags a written-out rank with the name),
   * "Paul Wood" 0. A name is always left, and it must start with a capital ("Dr Who" keeps one
   * word; a lone "Mr" is no title to drop). "Major" is also a first name ("Major Garrett") and
   * stays.
   */
  static int leadingTitles(List<String> words) {
    int i = 0;
    while (i < words.size() - 1 && isTitleOrRank(words.get(i))
        && !words.get(i).equals(FIRST_NAME_RANK)) {
      i++;
    }
    return i < words.size() && Character.isUpperCase(words.get(i).codePointAt(0)) ? i : 0;
  }

  /** Whether a person bears {@code word} before the name: a title, or a rank in any form. */
  static boolean isTitleOrRank(String word) {
    return isTitle(word) || isWrittenOutRank(word);
  }

  /** Whether {@code word} is a courtesy title or an abbreviated rank ("Mr", "Insp.", "Cllr"). */
  static boolean isTitle(String word) {
    String bare = withoutStop(word);
    return COURTESY.contains(bare) || RANKS.contains(bare);
  }

  private static String withoutStop(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }
}
