package io.newsfacts.annotate;

import java.io.Serializable;
import java.util.Properties;

/**
 * The whole CoreNLP configuration of NewsFacts, typed. {@link #toProperties()} is the one place
 * where CoreNLP property names appear.
 *
 * @param parseDependencies run the dependency parser (quote attribution needs it)
 * @param fineGrainedNer let NER refine LOCATION/MISC into COUNTRY, CITY, NATIONALITY, ...
 */
public record PipelineConfig(boolean parseDependencies, boolean fineGrainedNer)
    implements Serializable {

  /** What the batch job runs. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(true, true);
  }

  /** CoreNLP properties for this configuration. */
  public Properties toProperties() {
    Properties p = new Properties();
    // Dependency parser only: the constituency parser is slower and nothing here needs it.
    p.setProperty("annotators", parseDependencies
        ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
    // Keep "Lee Jong-sup" and "Shangri-La" one token each, so NER sees the names whole.
    // ASCII quotes in token words (People’s -> People's) let NER's name lists match; quotations
    // and all offsets are read from the original text, never from token words.
    p.setProperty("tokenize.options", "splitHyphenated=false,quotes=ascii");
    // A blank line ends a sentence: headlines, captions and paragraphs never run together,
    // while a single newline inside wrapped text does not split a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    if (fineGrainedNer) {
      // CoreNLP's own fine-grained lists, with the regex entries that used to be tried on every
      // sentence rewritten as indexed literals: the same tags at a thirtieth of the cost.
      p.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteer.mapping());
    }
    // Mentions (names and TIMEX expressions) are grouped by NER; NewsFacts clusters them itself.
    // The document date is never set here: each article's goes in with its annotation.
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }
}
