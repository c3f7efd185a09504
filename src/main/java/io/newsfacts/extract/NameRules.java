package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that news writes in fixed shapes but CoreNLP's NER, trained on older newswire, leaves
 * untagged: named events ("Shangri-La Dialogue", "Munich Security Conference"), laws and treaties
 * ("Internal Market Bill", "CARES Act"), a product or disease named just before the noun that
 * says what it is ("the Dreamliner jet", "the Zika outbreak") and the agency in a photo credit
 * ("Photo: AFP"). CoNLL-2003's guidelines make all but the agency MISC; the subtype says which
 * kind of MISC it is.
 */
final class NameRules {

  /** MISC subtypes NewsFacts names. */
  static final String EVENT = "EVENT";
  static final String LAW = "LAW";
  static final String PRODUCT = "PRODUCT";
  static final String DISEASE = "DISEASE";

  /** Head nouns that make a capitalised phrase the name of an event. */
  private static final Set<String> EVENT_HEADS = Set.of("Dialogue", "Summit", "Conference",
      "Forum", "Games", "Olympics", "Cup", "Championship", "Championships", "Festival", "Expo",
      "Convention", "Symposium", "Marathon", "Awards", "Prize", "War", "Open", "Prix", "Tour",
      "Rally", "Referendum", "Revolution", "Crisis", "Series", "Slam", "Classic");

  /** Head nouns that make a capitalised phrase the name of a law, bill or treaty. */
  private static final Set<String> LAW_HEADS = Set.of("Act", "Bill", "Accords", "Accord",
      "Treaty", "Protocol", "Amendment", "Directive");

  /**
   * Common nouns after which an untagged capitalised name is the kind of thing they say: a product
   * ("the Dreamliner jet", "its Galaxy S20 phones") or a disease ("the Zika outbreak").
   */
  private static final Map<String, String> CUE_NOUNS = Map.ofEntries(
      Map.entry("jet", PRODUCT), Map.entry("jets", PRODUCT), Map.entry("jetliner", PRODUCT),
      Map.entry("jetliners", PRODUCT), Map.entry("airliner", PRODUCT),
      Map.entry("airliners", PRODUCT), Map.entry("aircraft", PRODUCT), Map.entry("plane", PRODUCT),
      Map.entry("planes", PRODUCT), Map.entry("smartphone", PRODUCT),
      Map.entry("smartphones", PRODUCT), Map.entry("phone", PRODUCT), Map.entry("phones", PRODUCT),
      Map.entry("handset", PRODUCT), Map.entry("handsets", PRODUCT), Map.entry("app", PRODUCT),
      Map.entry("console", PRODUCT), Map.entry("sedan", PRODUCT), Map.entry("SUV", PRODUCT),
      Map.entry("pandemic", DISEASE), Map.entry("epidemic", DISEASE),
      Map.entry("outbreak", DISEASE), Map.entry("virus", DISEASE),
      Map.entry("vaccine", DISEASE), Map.entry("vaccines", DISEASE),
      Map.entry("variant", DISEASE));

  /** Words that introduce the source of a picture in a caption. */
  private static final Set<String> CREDIT_MARKERS = Set.of("photo", "photograph", "picture",
      "image", "credit", "pictures", "photos", "footage", "video");

  private final String text;

  NameRules(String text) {
    this.text = text;
  }

  List<NamedMention> find(CoreSentence sentence, int sentenceIndex) {
    return find(sentence.tokens(), sentenceIndex);
  }

  /** The names in one sentence's tokens, tagged by POS and NER. */
  List<NamedMention> find(List<CoreLabel> tokens, int sentenceIndex) {
    List<NamedMention> found = new ArrayList<>();
    findEvents(tokens, sentenceIndex, found);
    findBeforeCueNouns(tokens, sentenceIndex, found);
    findCreditedAgency(tokens, sentenceIndex, found);
    return found;
  }

  /**
   * The kind of MISC a name is, read from its head word: EVENT ("World Cup"), LAW ("Brexit
   * Bill"); null when the words do not tell.
   */
  static String miscSubtype(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    // Headlines write "WORLD CUP" for "World Cup".
    String last = words.get(words.size() - 1);
    String head = last.isEmpty() ? last
        : last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT);
    if (EVENT_HEADS.contains(head)) {
      return EVENT;
    }
    return LAW_HEADS.contains(head) ? LAW : null;
  }

  /**
   * Untagged capitalised words right before a cue noun ("the Dreamliner jet", "the Zika
   * outbreak"), as long as the sentence does not start there.
   */
  private void findBeforeCueNouns(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 1; i < tokens.size(); i++) {
      String kind = CUE_NOUNS.get(tokens.get(i).word());
      if (kind == null) {
        continue;
      }
      // The sentence's first word is capitalised anyway, so the name never reaches back to it.
      int start = i;
      while (start > 1 && isUntagged(tokens.get(start - 1))
          && isNameLike(tokens.get(start - 1))) {
        start--;
      }
      // The first word must be capitalised: a model number alone ("737") is not a name.
      if (start < i && isCapitalised(tokens.get(start))) {
        out.add(mention(tokens.subList(start, i), sentenceIndex, EntityType.MISC, kind));
      }
    }
  }

  /** A word a product or disease name is made of: "Galaxy", "S20", "737", "MAX", "COVID-19". */
  private static boolean isNameLike(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
        || Character.isDigit(word.charAt(0)) && word.codePoints().anyMatch(Character::isLetter)
        || Character.isDigit(word.charAt(0)) && word.length() >= 2);
  }

  /** A run of two or more capitalised, untagged words ending in an event or law noun. */
  private void findEvents(List<CoreLabel> tokens, int sentenceIndex, List<NamedMention> out) {
    int runStart = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      // A sentence's first word is capitalised anyway: it counts only when tagged a proper noun.
      boolean inRun = i < tokens.size() && isCapitalised(tokens.get(i)) && isUntagged(tokens.get(i))
          && (i > 0 || tokens.get(i).tag().startsWith("NNP"));
      if (inRun && runStart < 0) {
        runStart = i;
      }
      if (!inRun && runStart >= 0) {
        // The head ends the name: "Open" in "Open University" names no event.
        int end = lastEventHead(tokens, runStart, i);
        if (end == i && end - runStart >= 2) {
          List<CoreLabel> name = tokens.subList(runStart, end);
          out.add(mention(name, sentenceIndex, EntityType.MISC,
              miscSubtype(name.stream().map(CoreLabel::word).toList())));
        }
        runStart = -1;
      }
    }
  }

  private static int lastEventHead(List<CoreLabel> tokens, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      String word = tokens.get(i).word();
      if (EVENT_HEADS.contains(word) || LAW_HEADS.contains(word)) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * How many opening tokens are a dateline's place: the capitals before the agency or the date
   * that open a wire story ("SEATTLE (Reuters) -", "NEW YORK (AP) -", "LONDON 1996-08-30"); 0
   * when the sentence opens otherwise. A statistical tagger takes the capitals for a name of any
   * type, but a dateline names where the story was filed.
   */
  static int datelinePlace(List<CoreLabel> tokens) {
    int k = 0;
    while (k < tokens.size() && k < 4 && isCapitalsWord(tokens.get(k).word())) {
      k++;
    }
    if (k == 0 || k >= tokens.size()) {
      return 0;
    }
    if (DATELINE_DATE.matcher(tokens.get(k).word()).matches()) {
      return k;
    }
    boolean agency = k + 2 < tokens.size() && isOpeningBracket(tokens.get(k).word())
        && isCapitalised(tokens.get(k + 1)) && isClosingBracket(tokens.get(k + 2).word());
    return agency ? k : 0;
  }

  private static final java.util.regex.Pattern DATELINE_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static boolean isCapitalsWord(String word) {
    return word.codePoints().filter(Character::isLetter).count() >= 2
        && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-'
            || c == '\'');
  }

  private static boolean isOpeningBracket(String word) {
    return word.equals("(") || word.equals("-LRB-");
  }

  private static boolean isClosingBracket(String word) {
    return word.equals(")") || word.equals("-RRB-");
  }

  /** "Photo: AFP": an untagged all-capitals name after a credit marker is the agency credited. */
  private void findCreditedAgency(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (CREDIT_MARKERS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))
          && (tokens.get(i + 1).word().equals(":") || tokens.get(i + 1).word().equals("/"))) {
        CoreLabel source = tokens.get(i + 2);
        if (isUntagged(source) && EntityClusterer.acronymLetters(source.word()) != null) {
          out.add(mention(List.of(source), sentenceIndex, EntityType.ORGANIZATION, null));
        }
      }
    }
  }

  private NamedMention mention(List<CoreLabel> tokens, int sentenceIndex, EntityType type,
      String subtype) {
    CoreLabel first = tokens.get(0);
    CoreLabel last = tokens.get(tokens.size() - 1);
    return new NamedMention(text.substring(first.beginPosition(), last.endPosition()),
        first.beginPosition(), last.endPosition(), sentenceIndex, type,
        subtype, tokens.stream().map(CoreLabel::word).toList());
  }

  private static boolean isCapitalised(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isUntagged(CoreLabel token) {
    return token.ner() == null || token.ner().equals("O");
  }
}
