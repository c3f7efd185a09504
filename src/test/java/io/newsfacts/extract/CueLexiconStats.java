package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.eval.AttributionJsonlReader;
import io.newsfacts.eval.GoldAttribution;
import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.TimeMlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer tool, not a test: how often each verb lemma cues an indirect attribution in gold
 * PolNeAR-style JSONL, the statistic {@link LearnedCues} was derived from (see
 * docs/attributions.md, round 18). For every verb token (tag VB*) outside quotation marks (as
 * {@link QuoteFinder} finds them, the marks the extractor skips), it counts the lemma's
 * occurrences and how many of those tokens lie inside the cue span of a gold indirect relation,
 * and how many occurrences the cue gate of the current code already lets through ({@link
 * ReportedSpeech#mayCue}). No parse: tokenize, ssplit, pos and lemma only. Last, on standard
 * error, how many sentences the gate passes and how many only for a {@link LearnedCues} verb or a
 * {@link LearnedPairCues} pair (the parses the learned lists add), and of those how many only for
 * a pair; a folder of TimeML files is read for that count too.
 *
 * <p>Prints a tab-separated line per lemma: lemma, occurrences, cue occurrences, cue ratio,
 * occurrences the gate passes, and whether an existing cue list reads the lemma as a verb
 * ({@code known}). Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.newsfacts.extract.CueLexiconStats GOLD.jsonl|TIMEML_FOLDER > stats.tsv}.
 */
public final class CueLexiconStats {

  private static final class Counts {
    int occurrences;
    int cues;
    int gated;
  }

  public static void main(String[] args) {
    Path input = Path.of(args[0]);
    List<GoldDocument> docs = Files.isDirectory(input) ? TimeMlReader.readFolder(input)
        : AttributionJsonlReader.read(input);
    var properties = PipelineConfig.defaults().toProperties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(properties);
    QuoteFinder quoteFinder = new QuoteFinder();
    Map<String, Counts> byLemma = new TreeMap<>();
    int sentences = 0;
    int gatedSentences = 0;
    int onlyLearned = 0;
    int onlyPair = 0;
    for (GoldDocument doc : docs) {
      String text = doc.text();
      List<int[]> cues = indirectCueSpans(doc);
      List<QuoteFinder.Found> quotes = quoteFinder.find(text);
      Annotation annotation = new Annotation(text);
      corenlp.annotate(annotation);
      for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        boolean gated = false;
        boolean gatedByOther = false;
        boolean gatedByVerb = false;
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel token = tokens.get(i);
          if (!QuoteFinder.inside(quotes, token.beginPosition())
              && ReportedSpeech.mayCue(tokens, i)) {
            gated = true;
            boolean verb = LearnedCues.isCue(token.lemma(), token.tag());
            gatedByVerb |= verb;
            gatedByOther |= !verb && !LearnedPairCues.mayCue(tokens, i);
          }
          if (token.tag() == null || !token.tag().startsWith("VB") || token.lemma() == null
              || QuoteFinder.inside(quotes, token.beginPosition())) {
            continue;
          }
          Counts c = byLemma.computeIfAbsent(token.lemma().toLowerCase(Locale.ROOT),
              l -> new Counts());
          c.occurrences++;
          c.cues += inside(cues, token.beginPosition(), token.endPosition()) ? 1 : 0;
          c.gated += ReportedSpeech.mayCue(tokens, i) ? 1 : 0;
        }
        sentences++;
        gatedSentences += gated ? 1 : 0;
        onlyLearned += gated && !gatedByOther ? 1 : 0;
        onlyPair += gated && !gatedByOther && !gatedByVerb ? 1 : 0;
      }
    }
    System.err.printf(Locale.ROOT, "sentences %d, passed by the cue gate %d, only for a learned"
        + " cue %d, of which only for a learned pair %d%n", sentences, gatedSentences, onlyLearned,
        onlyPair);
    System.out.println("lemma\toccurrences\tcues\tratio\tgated\tknown");
    byLemma.forEach((lemma, c) -> System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%d\t%s%n",
        lemma, c.occurrences, c.cues, (double) c.cues / c.occurrences, c.gated,
        known(lemma) ? "known" : "-"));
  }

  /** The cue spans of the document's indirect gold relations, in chars (the gold: code points). */
  static List<int[]> indirectCueSpans(GoldDocument doc) {
    List<int[]> spans = new ArrayList<>();
    String text = doc.text();
    for (GoldAttribution a : doc.attributions()) {
      if (!a.direct() && a.cueStart() >= 0 && a.cueEnd() > a.cueStart()) {
        spans.add(new int[] {text.offsetByCodePoints(0, a.cueStart()),
            text.offsetByCodePoints(0, a.cueEnd())});
      }
    }
    return spans;
  }

  private static boolean inside(List<int[]> spans, int begin, int end) {
    return spans.stream().anyMatch(s -> begin >= s[0] && end <= s[1]);
  }

  /** A lemma one of the existing cue lists reads as a verb, whatever its neighbours. */
  private static boolean known(String lemma) {
    return AttributionCues.isCue(lemma, "VBD") || IntentionCues.isCue(lemma, "VBD")
        || TopicCues.isCue(lemma, "VBD") || NamingCues.isCue(lemma, "VBD")
        || PutForwardCues.isCue(lemma, "VBD");
  }
}
