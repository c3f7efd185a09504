package io.newsfacts.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import io.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one annotated article into its facts: entities clustered from NER names, dates as SUTime
 * resolved them, quotations found in the text and credited to their speakers, and every
 * attribution relation (quoted or reported speech) with its source, cue and content. Works in CoreNLP's
 * char offsets and converts to code points only when writing the records.
 */
public final class FactExtractor {

  private final NameFinder names = new NameFinder();
  private final EntityClusterer clusterer = new EntityClusterer();
  private final DateFinder dateFinder = new DateFinder();
  private final QuoteFinder quoteFinder = new QuoteFinder();

  public ArticleFacts extract(Article article, CoreDocument document) {
    String text = article.text();
    CodePoints cp = new CodePoints(text);
    List<EntityCluster> clusters = clusterer.cluster(names.find(document), text);
    Map<EntityCluster, String> entityIds = numberEntities(clusters);
    List<QuoteFinder.Found> found = quoteFinder.find(text);
    PronounResolver pronouns = new PronounResolver(document, clusters, found);
    List<Attribution> speakers =
        new SpeakerAttributor(document, found, clusters, pronouns).attributeAll();
    List<List<int[]>> paragraphs = found.stream().map(q -> QuoteFinder.paragraphs(text, q))
        .toList();
    List<List<String>> quoteIds = quoteIds(paragraphs);

    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, article.id(), article.source(),
        article.title(), article.publishedDate(), article.url(), article.authors(), text,
        sentences(document, cp),
        entities(clusters, entityIds, cp),
        dates(document, article.publishedDate(), cp),
        quotes(text, found, paragraphs, quoteIds, speakers, entityIds, document, cp),
        new AttributionAssembler(text, cp, entityIds, quoteIds).assemble(
            new ReportedSpeech(document, clusters, found, pronouns).find(), found, speakers));
  }

  private static Map<EntityCluster, String> numberEntities(List<EntityCluster> clusters) {
    Map<EntityCluster, String> ids = new IdentityHashMap<>();
    for (EntityCluster cluster : clusters) {
      ids.put(cluster, "E" + (ids.size() + 1));
    }
    return ids;
  }

  private static List<TextSpan> sentences(CoreDocument document, CodePoints cp) {
    List<TextSpan> spans = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      spans.add(new TextSpan(cp.of(sentence.charOffsets().first()),
          cp.of(sentence.charOffsets().second())));
    }
    return spans;
  }

  private static List<Entity> entities(List<EntityCluster> clusters,
      Map<EntityCluster, String> ids, CodePoints cp) {
    return clusters.stream().map(c -> new Entity(ids.get(c), c.name(), c.type(), c.subtype(),
        c.mentions().stream()
            .map(m -> new Mention(m.text(), cp.of(m.begin()), cp.of(m.end()), m.sentence()))
            .toList()))
        .toList();
  }

  private List<DateFact> dates(CoreDocument document, java.time.LocalDate published,
      CodePoints cp) {
    return dateFinder.find(document, published).stream()
        .map(d -> new DateFact(d.text(), cp.of(d.begin()), cp.of(d.end()), d.sentence(), d.type(),
            d.value(), d.anchored()))
        .toList();
  }

  /**
   * One quote per paragraph of each quotation found (a quotation running over paragraphs gives one
   * per paragraph), with the ids of {@link #quoteIds}, each with its quotation's speaker and cue.
   */
  private static List<Quote> quotes(String text, List<QuoteFinder.Found> found,
      List<List<int[]>> paragraphs, List<List<String>> quoteIds,
      List<Attribution> speakers, Map<EntityCluster, String> entityIds, CoreDocument document,
      CodePoints cp) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Attribution a = speakers.get(i);
      Speaker speaker = a == null ? null : new Speaker(a.text(), cp.of(a.begin()),
          cp.of(a.end()), a.entity() == null ? null : entityIds.get(a.entity()));
      for (int k = 0; k < paragraphs.get(i).size(); k++) {
        int[] piece = paragraphs.get(i).get(k);
        int at = piece[0] == found.get(i).contentStart() ? found.get(i).open() : piece[0];
        quotes.add(new Quote(quoteIds.get(i).get(k), text.substring(piece[0], piece[1]),
            cp.of(piece[0]), cp.of(piece[1]),
            Sentences.indexAt(document.sentences(), at), speaker,
            a == null ? null : a.cue()));
      }
    }
    return quotes;
  }

  /**
   * The quote ids of each quotation found, by its index: one per paragraph, numbered in reading
   * order. Quotes and attributions' {@code quoteIds} both take them from here.
   */
  private static List<List<String>> quoteIds(List<List<int[]>> paragraphs) {
    List<List<String>> ids = new ArrayList<>();
    int n = 0;
    for (List<int[]> pieces : paragraphs) {
      List<String> own = new ArrayList<>();
      for (int k = 0; k < pieces.size(); k++) {
        own.add("Q" + ++n);
      }
      ids.add(List.copyOf(own));
    }
    return ids;
  }
}
