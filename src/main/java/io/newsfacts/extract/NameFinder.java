package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the names NER found in an annotated document, keeping only what the contract calls names. */
final class NameFinder {

  List<NamedMention> find(CoreDocument document) {
    List<NamedMention> names = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      toNamedMention(mention).ifPresent(names::add);
    }
    NameRules rules = new NameRules(document.text());
    for (int s = 0; s < document.sentences().size(); s++) {
      rules.find(document.sentences().get(s), s).stream()
          .filter(rule -> names.stream().noneMatch(ner -> overlaps(ner, rule)))
          .forEach(names::add);
    }
    return names;
  }

  private static Optional<NamedMention> toNamedMention(CoreEntityMention mention) {
    List<CoreLabel> tokens = mention.tokens();
    if (tokens.isEmpty() || isPronoun(tokens) || !looksLikeName(mention.text())) {
      return Optional.empty();
    }
    return EntityTypes.ofNerTag(mention.entityType())
        .map(typed -> withGeographicFeature(mention, typed));
  }

  /** Feature words that belong to a place's name: "River Tyne", "Lake Geneva", "Rhine Valley". */
  private static final java.util.Set<String> GEOGRAPHIC_FEATURES = java.util.Set.of("River",
      "Lake", "Mount", "Mountains", "Cape", "Gulf", "Bay", "Sea", "Island", "Islands", "Strait",
      "Valley", "Desert", "Ocean", "Canal", "Glacier", "Peninsula", "Basin", "Delta", "Falls");

  /**
   * A place name with the feature word NER left out (it tags "River" in "River Tyne" as a title,
   * or not at all) taken back in.
   */
  private static NamedMention withGeographicFeature(CoreEntityMention mention,
      EntityTypes.Typed typed) {
    List<CoreLabel> tokens = new ArrayList<>(mention.tokens());
    if (typed.type() == io.newsfacts.model.EntityType.LOCATION) {
      List<CoreLabel> sentence = mention.sentence().tokens();
      int first = tokens.get(0).index() - 1;
      int last = tokens.get(tokens.size() - 1).index() - 1;
      if (first > 0 && isLooseFeatureWord(sentence.get(first - 1))) {
        tokens.add(0, sentence.get(first - 1));
      }
      if (last >= 0 && last + 1 < sentence.size() && isLooseFeatureWord(sentence.get(last + 1))) {
        tokens.add(sentence.get(last + 1));
      }
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    String text = begin == mention.charOffsets().first() && end == mention.charOffsets().second()
        ? mention.text()
        : mention.sentence().document().text().substring(begin, end);
    return new NamedMention(text, begin, end, tokens.get(0).sentIndex(), typed.type(),
        typed.subtype(), tokens.stream().map(CoreLabel::word).toList());
  }

  private static boolean isLooseFeatureWord(CoreLabel token) {
    String ner = token.ner();
    return GEOGRAPHIC_FEATURES.contains(token.word())
        && (ner == null || ner.equals("O") || ner.equals("TITLE"));
  }

  private static boolean overlaps(NamedMention a, NamedMention b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  private static boolean isPronoun(List<CoreLabel> tokens) {
    return tokens.stream().allMatch(t -> t.tag() != null
        && (t.tag().startsWith("PRP") || t.tag().startsWith("WP")));
  }

  /** Names are written with a capital or a digit; lowercase NER hits are noise. */
  private static boolean looksLikeName(String text) {
    return text.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }
}
