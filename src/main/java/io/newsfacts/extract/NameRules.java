package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names that news writes in fixed shapes but CoreNLP's NER, trained on older newswire, leaves
 * untagged: named events ("Shangri-La Dialogue", "Munich Security Conference") and the agency in a
 * photo credit ("Photo: AFP").
 */
final class NameRules {

  /** Head nouns that make a capitalised phrase the name of an event. */
  private static final Set<String> EVENT_HEADS = Set.of("Dialogue", "Summit", "Conference",
      "Forum", "Games", "Olympics", "Cup", "Championship", "Championships", "Festival", "Expo",
      "Convention", "Symposium", "Marathon", "Awards", "Prize", "War", "Accords", "Treaty");

  /** Words that introduce the source of a picture in a caption. */
  private static final Set<String> CREDIT_MARKERS = Set.of("photo", "photograph", "picture",
      "image", "credit", "pictures", "photos", "footage", "video");

  private final String text;

  NameRules(String text) {
    this.text = text;
  }

  List<NamedMention> find(CoreSentence sentence, int sentenceIndex) {
    List<NamedMention> found = new ArrayList<>();
    List<CoreLabel> tokens = sentence.tokens();
    findEvents(tokens, sentenceIndex, found);
    findCreditedAgency(tokens, sentenceIndex, found);
    return found;
  }

  /** A run of two or more capitalised, untagged words ending in an event noun. */
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
        int end = lastEventHead(tokens, runStart, i);
        if (end - runStart >= 2) {
          out.add(mention(tokens.subList(runStart, end), sentenceIndex, EntityType.MISC));
        }
        runStart = -1;
      }
    }
  }

  private static int lastEventHead(List<CoreLabel> tokens, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      if (EVENT_HEADS.contains(tokens.get(i).word())) {
        return i + 1;
      }
    }
    return from;
  }

  /** "Photo: AFP": an untagged all-capitals name after a credit marker is the agency credited. */
  private void findCreditedAgency(List<CoreLabel> tokens, int sentenceIndex,
      List<NamedMention> out) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (CREDIT_MARKERS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))
          && (tokens.get(i + 1).word().equals(":") || tokens.get(i + 1).word().equals("/"))) {
        CoreLabel source = tokens.get(i + 2);
        if (isUntagged(source) && EntityClusterer.acronymLetters(source.word()) != null) {
          out.add(mention(List.of(source), sentenceIndex, EntityType.ORGANIZATION));
        }
      }
    }
  }

  private NamedMention mention(List<CoreLabel> tokens, int sentenceIndex, EntityType type) {
    CoreLabel first = tokens.get(0);
    CoreLabel last = tokens.get(tokens.size() - 1);
    return new NamedMention(text.substring(first.beginPosition(), last.endPosition()),
        first.beginPosition(), last.endPosition(), sentenceIndex, type,
        null, tokens.stream().map(CoreLabel::word).toList());
  }

  private static boolean isCapitalised(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isUntagged(CoreLabel token) {
    return token.ner() == null || token.ner().equals("O");
  }
}
