package io.newsfacts.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsfacts.annotate.BaselinePipeline;
import io.newsfacts.eval.EvalRunner;
import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.QuoteJsonlReader;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Developer tool, not a test: CoreNLP's coreference (its documented {@code coref} annotator, as
 * the plain-CoreNLP baseline runs it) against our own resolution of pronoun speakers, on articles
 * cached by {@link SpeakerDevHarness}. For every quotation whose speaker is a pronoun, prints
 * whether CoreNLP's chain for that pronoun holds a mention of the entity we linked, and the time
 * CoreNLP's annotators took.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.newsfacts.extract.CorefProbe GOLD.jsonl LIMIT CACHE_DIR}.
 */
public final class CorefProbe {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "him", "her");

  public static void main(String[] args) throws Exception {
    List<GoldDocument> docs = QuoteJsonlReader.read(Path.of(args[0]));
    int limit = Integer.parseInt(args[1]);
    Path cache = Path.of(args[2]);
    Properties p = BaselinePipeline.properties(BaselinePipeline.Task.QUOTES);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    FactExtractor extractor = new FactExtractor();
    int pronouns = 0;
    int agree = 0;
    int oursOnly = 0;
    int corefOnly = 0;
    int differ = 0;
    int neither = 0;
    int articles = 0;
    for (GoldDocument doc : docs.subList(0, Math.min(limit, docs.size()))) {
      Path file = cache.resolve(doc.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".ser.gz");
      Annotation cached;
      try (ObjectInputStream in = new ObjectInputStream(
          new GZIPInputStream(Files.newInputStream(file)))) {
        cached = (Annotation) in.readObject();
      }
      ArticleFacts facts = extractor.extract(EvalRunner.article(doc, "dev"),
          new CoreDocument(cached));
      List<Quote> withPronoun = facts.quotes().stream().filter(q -> q.speaker() != null
          && PRONOUNS.contains(q.speaker().text().toLowerCase())).toList();
      if (withPronoun.isEmpty()) {
        continue;
      }
      articles++;
      CoreDocument baseline = new CoreDocument(doc.text());
      corenlp.annotate(baseline);
      String text = doc.text();
      for (Quote q : withPronoun) {
        pronouns++;
        // our offsets are code points; PolNeAR's texts here are BMP, so chars
        int at = q.speaker().start();
        CorefChain chain = chainAt(baseline, at);
        Entity ours = facts.entities().stream()
            .filter(e -> e.id().equals(q.speaker().entityId())).findFirst().orElse(null);
        String corefName = chain == null ? null : properName(baseline, chain, at);
        boolean same = ours != null && chain != null && chainHits(baseline, chain, ours, at);
        String verdict;
        if (ours == null && corefName == null) {
          verdict = "neither";
          neither++;
        } else if (same) {
          verdict = "agree";
          agree++;
        } else if (ours == null) {
          verdict = "coref only";
          corefOnly++;
        } else if (corefName == null) {
          verdict = "ours only";
          oursOnly++;
        } else {
          verdict = "differ";
          differ++;
        }
        System.out.printf("%s | %s | ours=%s | coref=%s | …%s%n", verdict, q.speaker().text(),
            ours == null ? "-" : ours.name(), corefName == null ? "-" : corefName,
            text.substring(Math.max(0, at - 160), Math.min(text.length(), at + 40))
                .replace('\n', '¶'));
      }
    }
    System.out.printf("articles %d, pronoun speakers %d: agree %d, ours only %d, coref only %d, "
        + "differ %d, neither %d%n", articles, pronouns, agree, oursOnly, corefOnly, differ, neither);
    System.out.println(corenlp.timingInformation());
  }

  private static int[] span(CoreDocument d, CorefChain.CorefMention m) {
    List<CoreLabel> tokens = d.sentences().get(m.sentNum - 1).tokens();
    return new int[] {tokens.get(m.startIndex - 1).beginPosition(),
        tokens.get(m.endIndex - 2).endPosition()};
  }

  private static CorefChain chainAt(CoreDocument d, int at) {
    if (d.corefChains() == null) {
      return null;
    }
    for (CorefChain chain : d.corefChains().values()) {
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        int[] s = span(d, m);
        if (s[0] <= at && at < s[1]) {
          return chain;
        }
      }
    }
    return null;
  }

  /** The nearest proper-name mention of the chain before the pronoun, else after it. */
  private static String properName(CoreDocument d, CorefChain chain, int at) {
    String best = null;
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      if (m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.PROPER) {
        int[] s = span(d, m);
        if (s[0] < at || best == null) {
          best = m.mentionSpan;
        }
      }
    }
    return best;
  }

  private static boolean chainHits(CoreDocument d, CorefChain chain, Entity entity, int at) {
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      int[] s = span(d, m);
      if (s[0] <= at && at < s[1]) {
        continue;
      }
      for (Mention e : entity.mentions()) {
        if (e.start() < s[1] && s[0] < e.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
