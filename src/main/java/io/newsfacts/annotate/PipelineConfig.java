package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The whole CoreNLP configuration of NewsFacts, typed. {@link #toProperties()} is the one place
 * where CoreNLP property names appear.
 *
 * @param parseDependencies make dependency trees available (quote attribution and date tense read
 *     them), parsed on demand by {@link DependenciesOnDemand}
 * @param fineGrainedNer let NER refine LOCATION/MISC into COUNTRY, CITY, NATIONALITY, ...
 */
public record PipelineConfig(boolean parseDependencies, boolean fineGrainedNer)
    implements Serializable {

  /**
   * Our name for the stage that runs the end of CoreNLP's {@code ner}: the fine-grained gazetteer
   * and entity mentions ({@link FineGrainedNerAnnotator}).
   */
  static final String FINE_GRAINED_NER = "ner_fine";

  /**
   * Our name for the stage that splits over-long sentences right after ssplit
   * ({@link LongSentenceSplitter}).
   */
  static final String LONG_SENTENCE_SPLIT = "ssplit_long";

  /**
   * Our name for the stage that shows the tagger a quotation's single marks as double ones, right
   * before pos ({@link TaggerQuoteMarks}).
   */
  static final String QUOTE_MARKS_FOR_TAGGER = "quote_marks_for_tagger";

  /**
   * Our name for the stage that shows the tagger the AP wire's underscore dash as a dash, right
   * before pos ({@link TaggerWireDashes}).
   */
  static final String WIRE_DASHES_FOR_TAGGER = "wire_dashes_for_tagger";

  /**
   * The most tokens a sentence may have before the tagging stages; longer ones are split into
   * pieces. News sentences stay under it (all 183 TimeBank articles give byte-identical output
   * with and without the bound); text without sentence ends does not, and the date tagger's cost
   * grows with the square of a sentence's length (docs/robustness.md).
   */
  static final int MAX_SENTENCE_TOKENS = 150;

  /**
   * The most characters of a token's word the taggers read; offsets and original text stay whole.
   * Only a run of text without spaces is longer, and NER's cost on a word is quadratic in its
   * length ({@link LongSentenceSplitter}).
   */
  static final int MAX_WORD_CHARS = 256;

  /** Our name for the stage that lends the extractors a dependency parser. */
  static final String DEPENDENCIES_ON_DEMAND = "depparse_on_demand";

  /** What the batch job runs. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(true, true);
  }

  /** The pipeline's stages in the order they run. */
  public List<String> annotators() {
    List<String> names = new ArrayList<>(List.of("tokenize", "ssplit", LONG_SENTENCE_SPLIT,
        QUOTE_MARKS_FOR_TAGGER, WIRE_DASHES_FOR_TAGGER, "pos", "lemma", "ner"));
    if (fineGrainedNer) {
      names.add(FINE_GRAINED_NER);
    }
    if (parseDependencies) {
      // Dependency parser only: the constituency parser is slower and nothing here needs it.
      names.add(DEPENDENCIES_ON_DEMAND);
    }
    return List.copyOf(names);
  }

  /**
   * Points the fine-grained stage at CoreNLP's own fine-grained lists, with the regex entries
   * that used to be tried on every sentence rewritten as indexed literals: the same tags at a
   * thirtieth of the cost ({@link FineGrainedGazetteer}).
   */
  static void useGazetteer(Properties properties, FineGrainedGazetteer gazetteer) {
    properties.setProperty("ner.fine.regexner.mapping", gazetteer.mapping());
  }

  /**
   * CoreNLP properties for this configuration; the fine-grained gazetteer is added by
   * {@link #useGazetteer} while the pipeline loads.
   */
  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", annotators()));
    // Keep "Lee Jong-sup" and "Shangri-La" one token each, so NER sees the names whole.
    // ASCII quotes in token words (People’s -> People's) let NER's name lists match; quotations
    // and all offsets are read from the original text, never from token words.
    p.setProperty("tokenize.options", "splitHyphenated=false,quotes=ascii");
    // A blank line ends a sentence: headlines, captions and paragraphs never run together,
    // while a single newline inside wrapped text does not split a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // NER's statistical tagger: CoreNLP's CoNLL-2003 4-class CRF alone (PERSON, ORGANIZATION,
    // LOCATION, MISC), instead of its default three (an all-corpora 3-class CRF, then the MUC
    // 7-class, then this one). In the default the 3-class model decides every person,
    // organisation and place, and this one may only add MISC where the others saw nothing. Alone
    // it is both more accurate on news (CoNLL-2003 dev 89.6 -> 90.3 F1, organisation recall
    // 82.3 -> 87.3; docs/entities.md) and a third of the CRF work. Dates still come from SUTime
    // (ner.applyNumericClassifiers stays on); without the 7-class model's DATE guesses around
    // them, TimeBank strict span F1 went 84.9 -> 86.5 and value F1 75.6 -> 75.9.
    p.setProperty("ner.model", DefaultPaths.DEFAULT_NER_CONLL_MODEL);
    // Sentences over this many tokens are split before pos, ner and the parser see them.
    p.setProperty(LongSentenceSplitter.MAX_TOKENS, Integer.toString(MAX_SENTENCE_TOKENS));
    p.setProperty(LongSentenceSplitter.MAX_WORD_CHARS, Integer.toString(MAX_WORD_CHARS));
    // Fine-grained types and entity mentions are built by the FINE_GRAINED_NER stage right after
    // ner, exactly as ner would, so that its gazetteer loads in parallel with ner's models.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", Boolean.toString(!fineGrainedNer));
    // The parser precomputes hidden-layer products for its most frequent inputs: 20,000 by
    // default, 8 KB each (160 MB, a quarter of the live heap). The top 5,000 take 40 MB; the rest
    // go through the parser's own 5,000-entry cache. The trees are the same, and the batch within
    // a few per cent as fast (README, Performance).
    p.setProperty("depparse.numPreComputed", "5000");
    // Mentions (names and TIMEX expressions) are grouped by NER; NewsFacts clusters them itself.
    // The document date is never set here: each article's goes in with its annotation.
    return p;
  }
}
