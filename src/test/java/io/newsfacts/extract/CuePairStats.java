package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.eval.AttributionJsonlReader;
import io.newsfacts.eval.GoldDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Developer tool, not a test: {@link CueLexiconStats} for two-word cues (docs/attributions.md,
 * round 19). A verb lemma that cues an attribution less than half the time may do so nearly
 * always with one particle, preposition or object noun ("took aim at", "made the case",
 * "weighed in"). For every verb token outside quotation marks, auxiliaries aside, it takes the
 * first particle or preposition (tag RP, IN or TO) within the next two tokens, and the first
 * noun within the next two tokens, and counts each pair's occurrences, how many of them have both
 * words inside the cue span of one gold indirect relation, and how many the cue gate of the
 * current code already passes at the verb ({@link ReportedSpeech#mayCue}). No parse.
 *
 * <p>Prints a tab-separated line per pair: verb lemma, kind (prep or noun), second word (a
 * preposition's word, a noun's lemma), occurrences, cue occurrences, ratio, gated occurrences,
 * the verb lemma's own occurrences and cue occurrences, {@code known} when an existing cue list
 * reads the verb lemma, and the pair's occurrences and cue occurrences as an infinitive ("to
 * speak of", "never to speak of"). Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.newsfacts.extract.CuePairStats GOLD.jsonl > pairs.tsv}.
 */
public final class CuePairStats {

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
  private static final int WINDOW = 2;

  private static final class Counts {
    int occurrences;
    int cues;
    int gated;
    int infinitives;
    int infinitiveCues;
  }

  public static void main(String[] args) {
    List<GoldDocument> docs = AttributionJsonlReader.read(Path.of(args[0]));
    var properties = PipelineConfig.defaults().toProperties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(properties);
    QuoteFinder quoteFinder = new QuoteFinder();
    Map<String, Counts> byPair = new TreeMap<>();
    Map<String, Counts> byLemma = new TreeMap<>();
    for (GoldDocument doc : docs) {
      List<int[]> cues = CueLexiconStats.indirectCueSpans(doc);
      List<QuoteFinder.Found> quotes = quoteFinder.find(doc.text());
      Annotation annotation = new Annotation(doc.text());
      corenlp.annotate(annotation);
      for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel verb = tokens.get(i);
          if (verb.tag() == null || !verb.tag().startsWith("VB") || verb.lemma() == null
              || QuoteFinder.inside(quotes, verb.beginPosition())) {
            continue;
          }
          String lemma = verb.lemma().toLowerCase(Locale.ROOT);
          if (AUXILIARIES.contains(lemma)) {
            continue;
          }
          boolean gated = ReportedSpeech.mayCue(tokens, i);
          boolean infinitive = afterTo(tokens, i);
          count(byLemma, lemma, cues, verb, verb, gated, infinitive);
          CoreLabel preposition = firstWithin(tokens, i, Set.of("RP", "IN", "TO"));
          if (preposition != null) {
            count(byPair, lemma + "\tprep\t" + preposition.word().toLowerCase(Locale.ROOT), cues,
                verb, preposition, gated, infinitive);
          }
          CoreLabel noun = firstWithin(tokens, i, Set.of("NN", "NNS"));
          if (noun != null) {
            count(byPair, lemma + "\tnoun\t" + noun.lemma().toLowerCase(Locale.ROOT), cues, verb,
                noun, gated, infinitive);
          }
        }
      }
    }
    System.out.println("verb\tkind\tword\toccurrences\tcues\tratio\tgated\tverbOccurrences"
        + "\tverbCues\tknown\tinfinitives\tinfinitiveCues");
    byPair.forEach((pair, c) -> {
      Counts v = byLemma.get(pair.substring(0, pair.indexOf('\t')));
      System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%d\t%d\t%d\t%s\t%d\t%d%n", pair,
          c.occurrences, c.cues, (double) c.cues / c.occurrences, c.gated, v.occurrences, v.cues,
          known(pair.substring(0, pair.indexOf('\t'))) ? "known" : "-", c.infinitives,
          c.infinitiveCues);
    });
  }

  /** "to speak of", "never to speak of": the verb is an infinitive. */
  private static boolean afterTo(List<CoreLabel> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
      if (tokens.get(j).word().equalsIgnoreCase("to")) {
        return true;
      }
      if (!"RB".equals(tokens.get(j).tag())) {
        return false;
      }
    }
    return false;
  }

  private static CoreLabel firstWithin(List<CoreLabel> tokens, int i, Set<String> tags) {
    for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + WINDOW); j++) {
      if (tags.contains(tokens.get(j).tag())) {
        return tokens.get(j);
      }
    }
    return null;
  }

  private static void count(Map<String, Counts> counts, String key, List<int[]> cues,
      CoreLabel first, CoreLabel second, boolean gated, boolean infinitive) {
    Counts c = counts.computeIfAbsent(key, k -> new Counts());
    boolean cue = cues.stream().anyMatch(s -> first.beginPosition() >= s[0]
        && first.endPosition() <= s[1] && second.beginPosition() >= s[0]
        && second.endPosition() <= s[1]);
    c.occurrences++;
    c.cues += cue ? 1 : 0;
    c.gated += gated ? 1 : 0;
    c.infinitives += infinitive ? 1 : 0;
    c.infinitiveCues += infinitive && cue ? 1 : 0;
  }

  private static boolean known(String lemma) {
    return AttributionCues.isCue(lemma, "VBD") || IntentionCues.isCue(lemma, "VBD")
        || TopicCues.isCue(lemma, "VBD") || NamingCues.isCue(lemma, "VBD")
        || PutForwardCues.isCue(lemma, "VBD") || LearnedCues.isCue(lemma, "VBD");
  }
}
