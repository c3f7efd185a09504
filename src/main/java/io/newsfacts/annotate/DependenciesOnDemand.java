package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, run only on the sentences the extractors ask about, and
 * only for the basic tree they read.
 *
 * <p>Why: CoreNLP's {@code depparse} parses every sentence and converts each parse into five graphs
 * (basic, collapsed, CC-processed, enhanced, enhanced++). Quote attribution reads the basic tree of
 * sentences around quotations, and date resolution that of sentences with dates; in news most
 * other sentences never need a parse. Each tree is made by the same model call and the same basic
 * conversion {@code depparse} makes, so it is the tree {@code depparse} would have given, with two
 * misreadings mended ({@link ReportingSubjectRepair}, {@link ReportingParticipleRepair}).
 *
 * <p>As a pipeline stage it marks each document with the parser, after re-tagging the names the
 * tagger took for verbs ({@link NamesTaggedAsVerbs}); {@link #basicTree} parses on first use and
 * keeps the tree on the sentence. A document belongs to one worker thread, and the
 * model itself is safe to share.
 */
public final class DependenciesOnDemand implements Annotator {

  /** The document's parser, set by {@link #annotate}. */
  public static final class ParserAnnotation implements CoreAnnotation<DependenciesOnDemand> {
    @Override
    public Class<DependenciesOnDemand> getType() {
      return DependenciesOnDemand.class;
    }
  }

  private final DependencyParser parser;
  private final GrammaticalStructure.Extras extras;

  /** Reads the same {@code depparse.model} and {@code depparse.extradependencies} as depparse. */
  DependenciesOnDemand(Properties properties) {
    Properties own = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
    this.parser = DependencyParser.loadFromModelFile(
        own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
    this.extras = MetaClass.cast(own.getProperty("extradependencies", "NONE"),
        GrammaticalStructure.Extras.class);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      for (CoreMap sentence : sentences) {
        NamesTaggedAsVerbs.retag(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    annotation.set(ParserAnnotation.class, this);
  }

  /**
   * The sentence's basic dependency tree, parsed now if it was not yet; null when the pipeline has
   * no parser.
   */
  public static SemanticGraph basicTree(CoreSentence sentence) {
    CoreMap map = sentence.coreMap();
    SemanticGraph tree = map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (tree != null) {
      return tree;
    }
    CoreDocument document = sentence.document();
    DependenciesOnDemand parser =
        document == null ? null : document.annotation().get(ParserAnnotation.class);
    if (parser == null) {
      return null;
    }
    tree = ReportingSubjectRepair.apply(parser.parse(map),
        map.get(CoreAnnotations.TokensAnnotation.class), parser::parse);
    ReportingParticipleRepair.apply(tree);
    map.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, tree);
    return tree;
  }

  private SemanticGraph parse(CoreMap sentence) {
    return SemanticGraphFactory.makeFromTree(parser.predict(sentence),
        SemanticGraphFactory.Mode.BASIC, extras, null);
  }

  /** A run of tokens parsed as a sentence of its own; the words keep their indices. */
  private SemanticGraph parse(List<CoreLabel> tokens) {
    CoreMap words = new ArrayCoreMap();
    words.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return parse(words);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(ParserAnnotation.class);
  }
}
