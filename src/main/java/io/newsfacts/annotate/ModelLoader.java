package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Lazy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Builds the CoreNLP pipeline with its models loaded side by side, one per core, instead of one
 * after the other: start-up is then the slowest model (the fine-grained gazetteer), not the sum.
 *
 * <p>CoreNLP itself still assembles the pipeline ({@link StanfordCoreNLP} with requirement checks
 * on) from an {@link AnnotatorPool} whose entries wait for their model to finish loading; each
 * annotator is built by the same {@link AnnotatorImplementations} call CoreNLP would make.
 */
final class ModelLoader {

  private static final AnnotatorImplementations CORENLP = new AnnotatorImplementations();

  /** How each annotator name of {@link PipelineConfig} is built. */
  private static final Map<String, Function<Properties, Annotator>> CONSTRUCTORS = Map.of(
      "tokenize", CORENLP::tokenizer,
      "ssplit", CORENLP::wordToSentences,
      PipelineConfig.LONG_SENTENCE_SPLIT, LongSentenceSplitter::new,
      PipelineConfig.QUOTE_MARKS_FOR_TAGGER, TaggerQuoteMarks::new,
      PipelineConfig.WIRE_DASHES_FOR_TAGGER, TaggerWireDashes::new,
      "pos", CORENLP::posTagger,
      "lemma", p -> CORENLP.morpha(p, false),
      "ner", p -> SutimeConstants.unshare(
          SharedDistsimLexicon.shareAcrossModels(CORENLP.ner(p))),
      PipelineConfig.FINE_GRAINED_NER, FineGrainedNerAnnotator::new,
      PipelineConfig.DEPENDENCIES_ON_DEMAND, DependenciesOnDemand::new);

  private ModelLoader() {}

  /** Stages whose models take longest to load, slowest first; the rest load in a blink. */
  private static final List<String> SLOWEST_FIRST =
      List.of(PipelineConfig.FINE_GRAINED_NER, "ner",
          PipelineConfig.DEPENDENCIES_ON_DEMAND, "pos");

  static StanfordCoreNLP load(PipelineConfig config) {
    if (!config.fineGrainedNer()) {
      return load(config, config.toProperties());
    }
    // The gazetteer's files are read while the annotators are built, and deleted right after.
    try (FineGrainedGazetteer gazetteer = FineGrainedGazetteer.prepare()) {
      Properties properties = config.toProperties();
      PipelineConfig.useGazetteer(properties, gazetteer);
      return load(config, properties);
    }
  }

  private static StanfordCoreNLP load(PipelineConfig config, Properties properties) {
    List<String> names = config.annotators();
    ExecutorService threads = Executors.newFixedThreadPool(
        Math.min(names.size(), Runtime.getRuntime().availableProcessors()), daemon());
    try {
      Map<String, CompletableFuture<Annotator>> loading = new LinkedHashMap<>();
      // Slowest first, so the long loads never wait behind the short ones.
      for (String name : slowestFirst(names)) {
        Function<Properties, Annotator> constructor = CONSTRUCTORS.get(name);
        if (constructor == null) {
          throw new IllegalArgumentException("no constructor for annotator '" + name + "'");
        }
        loading.put(name,
            CompletableFuture.supplyAsync(() -> constructor.apply(properties), threads));
      }
      AnnotatorPool pool = new AnnotatorPool();
      loading.forEach((name, future) ->
          pool.register(name, properties, Lazy.of(() -> await(future))));
      return new StanfordCoreNLP(properties, true, pool);
    } finally {
      threads.shutdown();
    }
  }

  private static List<String> slowestFirst(List<String> names) {
    List<String> ordered = new ArrayList<>(SLOWEST_FIRST);
    ordered.retainAll(names);
    names.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
    return ordered;
  }

  private static Annotator await(CompletableFuture<Annotator> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "newsfacts-model-loader");
      thread.setDaemon(true);
      return thread;
    };
  }
}
