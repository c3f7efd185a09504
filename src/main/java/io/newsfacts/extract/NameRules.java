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
      "Rally", "Referendum", "Revolution", "Crisis", "Series", "Slam", "Classic", "League");

  /** Head nouns that make a capitalised phrase the name of a law, bill or treaty. */
  private static final Set<String> LAW_HEADS = Set.of("Act", "Bill", "Accords", "Accord",
      "Treaty", "Protocol", "Amendment", "Directive", "Agreement", "Pact", "Framework");

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
      Map.entry("chatbot", PRODUCT), Map.entry("processor", PRODUCT),
      Map.entry("processors", PRODUCT), Map.entry("chip", PRODUCT), Map.entry("chips", PRODUCT),
      Map.entry("pickup", PRODUCT), Map.entry("truck", PRODUCT), Map.entry("trucks", PRODUCT),
      Map.entry("car", PRODUCT), Map.entry("cars", PRODUCT), Map.entry("laptop", PRODUCT),
      Map.entry("tablet", PRODUCT), Map.entry("browser", PRODUCT),
      Map.entry("drug", PRODUCT), Map.entry("pill", PRODUCT), Map.entry("cocktail", PRODUCT),
      Map.entry("cryptocurrency", PRODUCT), Map.entry("token", PRODUCT),
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
    List<NamedMention> models = new ArrayList<>();
    findModels(tokens, sentenceIndex, models);
    models.stream()
        .filter(m -> found.stream().noneMatch(f -> f.begin() < m.end() && m.begin() < f.end()))
        .forEach(found::add);
    findCreditedAgency(tokens, sentenceIndex, found);
    findNamedByOrganisationNoun(tokens, sentenceIndex, found);
    findCodedEvents(tokens, sentenceIndex, found);
    return found;
  }

  /** Nouns of meetings, after (or before, in apposition) a code that names one. */
  private static final Set<String> MEETING_NOUNS = Set.of("summit", "summits", "conference",
      "talks");

  /** A meeting's code: capitals and a number, "COP26", "G20". */
  private static final java.util.regex.Pattern MEETING_CODE =
      java.util.regex.Pattern.compile("[A-Z]{1,5}-?\\d{1,4}");

  /**
   * "the COP26 summit", "the next summit, COP27,": a code of capitals and a number next to a
   * meeting noun names that meeting, an EVENT. Alone, such codes are half-years ("H1"), money
   * supplies ("M3") or roads, so the noun is required.
   */
  // Also adds untagged coined exits ("Brexit"), the other one-word event names of this kind.
  private void findCodedEvents(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (isUntagged(token) && isCoinedExit(token.word())) {
        out.add(mention(List.of(token), sentenceIndex, EntityType.MISC, EVENT));
        continue;
      }
      if (!isUntagged(token) || !MEETING_CODE.matcher(token.word()).matches()) {
        continue;
      }
      boolean before = i + 1 < tokens.size() && MEETING_NOUNS.contains(tokens.get(i + 1).word());
      boolean apposition = i >= 2 && tokens.get(i - 1).word().equals(",")
          && MEETING_NOUNS.contains(tokens.get(i - 2).word());
      if (before || apposition) {
        out.add(mention(List.of(token), sentenceIndex, EntityType.MISC, EVENT));
      }
    }
  }

  /**
   * "Brexit", "Grexit": a word coined from a country's name and "exit" names that country's
   * leaving a union, an EVENT in CoNLL-2003's MISC, though a tagger may take it for a place.
   */
  static boolean isCoinedExit(String word) {
    return word.length() <= 12 && word.matches("[A-Z][a-z]{1,8}exit");
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
   * Untagged names right before a cue noun ("the Dreamliner jet", "the Zika outbreak", "its 777X
   * jets", "its Model Y and Model 3 cars"), as long as the sentence does not start there, and
   * right after one ("the antibody cocktail REGEN-COV").
   */
  private void findBeforeCueNouns(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 1; i < tokens.size(); i++) {
      String kind = CUE_NOUNS.get(tokens.get(i).word());
      if (kind == null) {
        continue;
      }
      int end = i;
      while (true) {
        // The sentence's first word is capitalised anyway, so the name never reaches back to it.
        int start = end;
        while (start > 1 && isFreeForProduct(tokens.get(start - 1))
            && isNameLike(tokens.get(start - 1))) {
          start--;
        }
        // A name starts with a capital or a model code: "500 A321XLR aircraft" names the A321XLR.
        while (start < end && !isCapitalised(tokens.get(start))
            && !isModelCode(tokens.get(start))) {
          start++;
        }
        if (start == end) {
          break;
        }
        out.add(mention(tokens.subList(start, end), sentenceIndex, EntityType.MISC, kind));
        // "the Model Y and Model 3 cars": the names before "and" are the same kind of thing.
        if (start < 3 || !COORDINATORS.contains(tokens.get(start - 1).word())) {
          break;
        }
        end = start - 1;
      }
      findAfterCueNoun(tokens, i, sentenceIndex, kind, out);
    }
  }

  private static final Set<String> COORDINATORS = Set.of("and", "or", ",");

  /** "the antibody cocktail REGEN-COV": a model code or capitals name right after a cue noun. */
  private void findAfterCueNoun(List<CoreLabel> tokens, int cue, int sentenceIndex, String kind,
      List<NamedMention> out) {
    int end = cue + 1;
    while (end < tokens.size() && isUntagged(tokens.get(end))
        && (isCapitalised(tokens.get(end)) || isModelCode(tokens.get(end)))) {
      end++;
    }
    if (end > cue + 1) {
      out.add(mention(tokens.subList(cue + 1, end), sentenceIndex, EntityType.MISC, kind));
    }
  }

  /**
   * A word a product's name may take though NER tagged it: the "3" of "Model 3" (a NUMBER) and
   * its "Model", which the fine-grained lists know as a job title.
   */
  private static boolean isFreeForProduct(CoreLabel token) {
    return isUntagged(token) || isNumber(token) || "TITLE".equals(token.ner());
  }

  /** NER calls the "3" of "Model 3" a NUMBER; inside a product's name it is part of the name. */
  private static boolean isNumber(CoreLabel token) {
    return "NUMBER".equals(token.ner());
  }

  /**
   * "Samsung's Galaxy S20", "the Pixel 4XL": an untagged capitalised word and the model code right
   * after it name a product, with no noun around them to say so.
   */
  private void findModels(List<CoreLabel> tokens, int sentenceIndex, List<NamedMention> out) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel name = tokens.get(i);
      CoreLabel code = tokens.get(i + 1);
      boolean codeEnds = i + 2 >= tokens.size() || !isNameLike(tokens.get(i + 2))
          || !isUntagged(tokens.get(i + 2));
      if (isUntagged(name) && isCapitalised(name)
          && name.word().codePoints().allMatch(Character::isLetter)
          && (isUntagged(code) || isNumber(code)) && isModelCode(code) && codeEnds
          && !isCapitalised(tokens.get(i - 1))) {
        out.add(mention(tokens.subList(i, i + 2), sentenceIndex, EntityType.MISC, PRODUCT));
        i++;
      }
    }
  }

  /** A model code mixes letters and digits: "777X", "A321XLR", "H100", "R1T", "S20". */
  static boolean isModelCode(CoreLabel token) {
    String word = token.word();
    return word.codePoints().anyMatch(Character::isDigit)
        && word.codePoints().anyMatch(Character::isUpperCase);
  }

  /** A word a product or disease name is made of: "Galaxy", "S20", "737", "MAX", "COVID-19". */
  private static boolean isNameLike(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
        || Character.isDigit(word.charAt(0)));
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

  /**
   * "the start-up OpenAI", "OpenAI , the start-up behind ...": an untagged proper noun right
   * after a noun for an organisation, or followed by one in apposition, names an organisation.
   */
  private void findNamedByOrganisationNoun(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!isUntaggedProperNoun(tokens.get(i))) {
        continue;
      }
      // "the aircraft carrier Enterprise" is a ship: "carrier" alone is no cue here.
      boolean after = i > 0 && EntityCues.ORGANIZATION_NOUNS.contains(tokens.get(i - 1).word())
          && !tokens.get(i - 1).word().equals("carrier");
      boolean apposition = i + 3 < tokens.size() && tokens.get(i + 1).word().equals(",")
          && ARTICLES.contains(tokens.get(i + 2).word())
          && (EntityCues.ORGANIZATION_NOUNS.contains(tokens.get(i + 3).word())
              || i + 4 < tokens.size()
                  && EntityCues.ORGANIZATION_NOUNS.contains(tokens.get(i + 4).word()));
      // One word only: "the company Chief Executive ..." is no name of the company.
      boolean alone = i + 1 >= tokens.size() || !isUntaggedProperNoun(tokens.get(i + 1))
          && (i == 0 || !isUntaggedProperNoun(tokens.get(i - 1)));
      if ((after || apposition) && alone && (i > 0 || apposition)) {
        out.add(mention(List.of(tokens.get(i)), sentenceIndex, EntityType.ORGANIZATION, null));
      }
    }
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private static boolean isUntaggedProperNoun(CoreLabel token) {
    return isUntagged(token) && isCapitalised(token) && token.tag() != null
        && token.tag().startsWith("NNP");
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
