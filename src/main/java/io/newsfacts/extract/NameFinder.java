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
    return EntityTypes.ofNerTag(mention.entityType()).map(typed -> new NamedMention(
        mention.text(),
        mention.charOffsets().first(),
        mention.charOffsets().second(),
        tokens.get(0).sentIndex(),
        typed.type(),
        typed.subtype(),
        tokens.stream().map(CoreLabel::word).toList()));
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
