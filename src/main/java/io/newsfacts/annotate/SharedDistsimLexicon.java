package io.newsfacts.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes CoreNLP's three English NER models share one word-cluster ("distsim") lexicon.
 *
 * <p>Why: each serialized CRF model carries its own copy of the same 533,629-word lexicon, about
 * 45 MB of heap each, and CoreNLP offers no way to share them. The two spare copies were an
 * eighth of the pipeline's live heap. The lexicons are only read after loading, so pointing every
 * model at one equal copy changes no tag.
 *
 * <p>The lexicon is a private field of CoreNLP 4.5.10's {@link NERFeatureFactory}, reached by
 * reflection. If CoreNLP ever changes that, nothing is shared and NER works as before, with the
 * memory it used to take; a test pins that the sharing happens.
 */
final class SharedDistsimLexicon {

  private SharedDistsimLexicon() {}

  /** Shares the lexicon across {@code ner}'s models; returns the annotator itself. */
  static Annotator shareAcrossModels(Annotator ner) {
    List<NERFeatureFactory<?>> factories = featureFactories(ner);
    Map<String, String> kept = null;
    for (NERFeatureFactory<?> factory : factories) {
      Map<String, String> lexicon = LexiconField.get(factory);
      if (lexicon == null) {
        continue;
      }
      if (kept == null) {
        kept = lexicon;
      } else if (lexicon != kept && lexicon.equals(kept)) {
        LexiconField.set(factory, kept);
      }
    }
    return ner;
  }

  /** How many distinct lexicon objects {@code ner}'s models hold (1 once shared). */
  static int distinctLexicons(Annotator ner) {
    Set<Map<String, String>> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    for (NERFeatureFactory<?> factory : featureFactories(ner)) {
      Map<String, String> lexicon = LexiconField.get(factory);
      if (lexicon != null) {
        distinct.add(lexicon);
      }
    }
    return distinct.size();
  }

  private static List<NERFeatureFactory<?>> featureFactories(Annotator ner) {
    List<NERFeatureFactory<?>> factories = new ArrayList<>();
    if (!(ner instanceof NERCombinerAnnotator annotator) || !LexiconField.AVAILABLE) {
      return factories;
    }
    Object combiner = LexiconField.read(LexiconField.COMBINER, annotator);
    if (!(combiner instanceof ClassifierCombiner<?> classifiers)) {
      return factories;
    }
    Object models = LexiconField.read(LexiconField.MODELS, classifiers);
    if (models instanceof List<?> list) {
      for (Object model : list) {
        if (model instanceof AbstractSequenceClassifier<?> classifier) {
          for (Object factory : classifier.featureFactories) {
            if (factory instanceof NERFeatureFactory<?> nerFactory) {
              factories.add(nerFactory);
            }
          }
        }
      }
    }
    return factories;
  }

  /** The three private fields on the way to a model's lexicon; absent if CoreNLP renamed them. */
  private static final class LexiconField {
    static final Field COMBINER = field(NERCombinerAnnotator.class, "ner");
    static final Field MODELS = field(ClassifierCombiner.class, "baseClassifiers");
    static final Field LEXICON = field(NERFeatureFactory.class, "lexicon");
    static final boolean AVAILABLE = COMBINER != null && MODELS != null && LEXICON != null;

    @SuppressWarnings("unchecked")
    static Map<String, String> get(NERFeatureFactory<?> factory) {
      return (Map<String, String>) read(LEXICON, factory);
    }

    static void set(NERFeatureFactory<?> factory, Map<String, String> lexicon) {
      try {
        LEXICON.set(factory, lexicon);
      } catch (IllegalAccessException e) {
        // setAccessible succeeded when the field was found, so this cannot happen; if it does,
        // the model keeps its own copy, which is only memory.
      }
    }

    static Object read(Field field, Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        return null;
      }
    }

    private static Field field(Class<?> owner, String name) {
      try {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
  }
}
