package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The tail of CoreNLP's {@code ner} annotator as its own pipeline stage: the fine-grained
 * gazetteer (LOCATION to COUNTRY/CITY/..., MISC to NATIONALITY/...), then entity mentions.
 *
 * <p>Why a stage of its own: the gazetteer takes longer to load than every other model together,
 * and inside {@code ner} it loads only after the statistical models. As a separate stage it loads
 * on its own thread, at the same time (see {@link ModelLoader}). It runs exactly the steps
 * {@code NERCombinerAnnotator.annotate} runs after its classifiers, in the same order, reading the
 * same {@code ner.fine.regexner.*} and {@code ner.entitymentions.*} properties. (The one step in
 * between, a -1 confidence for tokens the classifiers left without one, {@code ner} has already
 * done with the coarse tag; only entity mentions' confidences read it, and NewsFacts does not.)
 */
final class FineGrainedNerAnnotator implements Annotator {

  private static final String GAZETTEER_PREFIX = "ner.fine.regexner";
  private static final String MENTIONS_PREFIX = "ner.entitymentions";

  private final TokensRegexNERAnnotator gazetteer;
  private final EntityMentionsAnnotator mentions;

  FineGrainedNerAnnotator(Properties properties) {
    this.gazetteer = new TokensRegexNERAnnotator(GAZETTEER_PREFIX,
        PropertiesUtils.extractPrefixedProperties(properties, GAZETTEER_PREFIX + '.', true));
    Properties mentionProperties =
        PropertiesUtils.extractPrefixedProperties(properties, MENTIONS_PREFIX + '.', true);
    // What NERCombinerAnnotator passes for English: pronoun mentions depend on it.
    mentionProperties.setProperty(MENTIONS_PREFIX + ".language", "ENGLISH");
    this.mentions = new EntityMentionsAnnotator(MENTIONS_PREFIX, mentionProperties);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<String>> coarse = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      coarse.add(sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
          .map(CoreLabel::ner).toList());
    }
    gazetteer.annotate(annotation);
    for (int s = 0; s < sentences.size(); s++) {
      keepNamesWhole(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), coarse.get(s));
    }
    for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, token.ner());
    }
    mentions.annotate(annotation);
  }

  /**
   * The lists may refine a whole name, never cut one: where they retagged only part of a name
   * the tagger found ("America" COUNTRY in "North America" LOCATION, "African" NATIONALITY in
   * "African Nations Cup" MISC, "Iraqi" in "Iraqi Kurds"), every word of it keeps the tagger's
   * tag, so that its mention is built from the whole name. This joins two MISC names the tagger
   * wrote side by side ("Rwandan Hutu refugees", which CoNLL-2003 splits), but those are fewer:
   * on the CoNLL-2003 train slice and on dev, keeping MISC runs whole too gained 0.9 and 0.6 F1
   * over keeping only places and organisations whole (docs/entities.md).
   */
  static void keepNamesWhole(List<CoreLabel> tokens, List<String> coarse) {
    int n = tokens.size();
    for (int start = 0; start < n; ) {
      String tag = coarse.get(start);
      int end = start + 1;
      while (end < n && Objects.equals(coarse.get(end), tag)) {
        end++;
      }
      if (tag != null && !tag.equals("O") && end - start >= 2) {
        boolean cut = false;
        for (int i = start + 1; i < end; i++) {
          cut |= !Objects.equals(tokens.get(i).ner(), tokens.get(start).ner());
        }
        if (cut) {
          for (int i = start; i < end; i++) {
            tokens.get(i).setNER(tag);
          }
        }
      }
      start = end;
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(mentions.requirementsSatisfied());
    satisfied.addAll(gazetteer.requirementsSatisfied());
    satisfied.add(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
    return Collections.unmodifiableSet(satisfied);
  }
}
