package io.newsfacts.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives every time expression SUTime finds its own value object, so that no article's dates
 * depend on another's.
 *
 * <p>Why: SUTime's rules bind the named times ({@code MONDAY}, {@code MARCH}, {@code WEEKEND},
 * {@code SPRING}, ...) once, as value objects in the rules' environment, and a rule such as
 * {@code { (/mondays?/) => MONDAY }} hands that one object to every "Monday" of every text. Its
 * tense rules then mark the matched value: "said Monday" tags it {@code resolveTo=RESOLVE_TO_PAST}
 * (english.sutime.txt, "Final rules to determine how to resolve date"). The mark lands on the
 * shared object, so every later "Monday" in the JVM, in any article on any thread, resolved to
 * the past: a batch gave 1998-04-27 where the same article alone gave 1998-05-04.
 *
 * <p>The fix rebinds each such name to an expression that hands every reading of the name a new
 * value of the same type (rules test the type: {@code IS_TIME_UNIT} is "TIMEUNIT") over the same
 * time object, with a copy of the tags it was defined with. The tense rules then mark that match's
 * own value and nothing else. The time objects themselves are never changed by resolution (it
 * builds new ones), so sharing them is safe.
 *
 * <p>The environment sits behind private fields of CoreNLP 4.5.10, reached by reflection. If a
 * CoreNLP upgrade moves them, building the pipeline fails with this class named, rather than the
 * batch giving order-dependent dates; {@code SutimeConstantsTest} pins the behaviour.
 */
final class SutimeConstants {

  private SutimeConstants() {}

  /**
   * Rebinds the named times of {@code ner}'s SUTime; returns the annotator itself.
   *
   * @throws IllegalStateException when SUTime's rule environment cannot be reached
   */
  static Annotator unshare(Annotator ner) {
    for (Env env : environments(ner)) {
      Map<String, Object> variables = env.getVariables();
      for (Map.Entry<String, Object> entry : variables.entrySet()) {
        if (entry.getValue() instanceof Value value && value.get() instanceof SUTime.Temporal) {
          entry.setValue(new FreshValue(value));
        }
      }
    }
    return ner;
  }

  /** A named time that gives each reading its own value: same type, same time, own tags. */
  private static final class FreshValue implements Expression {
    private final Value<?> defined;

    FreshValue(Value<?> defined) {
      this.defined = defined;
    }

    @Override
    public Value evaluate(Env env, Object... args) {
      Value<?> fresh = new Expressions.PrimitiveValue<>(defined.getType(), defined.get());
      Tags tags = defined.getTags();
      if (tags != null && tags.getTags() != null) {
        Tags copy = new Tags();
        for (String tag : tags.getTags()) {
          copy.setTag(tag, tags.getTag(tag));
        }
        fresh.setTags(copy);
      }
      return fresh;
    }

    @Override
    public Tags getTags() {
      return null;
    }

    @Override
    public void setTags(Tags tags) {
      // Tags belong to each reading's own value, never to the shared definition.
    }

    @Override
    public String getType() {
      return defined.getType();
    }

    @Override
    public Expression simplify(Env env) {
      return this;
    }

    @Override
    public boolean hasValue() {
      return false;
    }
  }

  private static List<Env> environments(Annotator ner) {
    List<Env> environments = new ArrayList<>();
    if (!(ner instanceof NERCombinerAnnotator annotator)) {
      return environments;
    }
    Object combiner = read(NERCombinerAnnotator.class, "ner", annotator);
    Object numbers = read(NERClassifierCombiner.class, "nsc", combiner);
    if (numbers == null) {
      return environments; // SUTime is off: nothing is shared
    }
    Object extractor = read(NumberSequenceClassifier.class, "timexExtractor", numbers);
    if (extractor == null) {
      return environments;
    }
    Object patterns = read(TimeExpressionExtractorImpl.class, "timexPatterns", extractor);
    Object env = read(GenericTimeExpressionPatterns.class, "env", patterns);
    if (!(env instanceof Env found)) {
      throw unreachable("GenericTimeExpressionPatterns.env is not an Env");
    }
    environments.add(found);
    return environments;
  }

  private static Object read(Class<?> owner, String name, Object instance) {
    if (!owner.isInstance(instance)) {
      throw unreachable("expected a " + owner.getSimpleName() + ", found "
          + (instance == null ? "null" : instance.getClass().getName()));
    }
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(instance);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unreachable(owner.getSimpleName() + "." + name + ": " + e);
    }
  }

  private static IllegalStateException unreachable(String why) {
    return new IllegalStateException("SutimeConstants: cannot reach SUTime's rule environment in "
        + "this CoreNLP version (" + why + "); dates would depend on batch order");
  }
}
