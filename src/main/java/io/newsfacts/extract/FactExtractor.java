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
    List<EntityCluster> clusters = clusterer.cluster(names.find(document));
    Map<EntityCluster, String> entityIds = numberEntities(clusters);
    List<QuoteFinder.Found> found = quoteFinder.find(text);
    PronounResolver pronouns = new PronounResolver(document, clusters, found);
    List<Attribution> speakers =
        new SpeakerAttributor(document, found, clusters, pronouns).attributeAll();

    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, article.id(), article.source(),
        article.title(), article.publishedDate(), article.url(), article.authors(), text,
        sentences(document, cp),
        entities(clusters, entityIds, cp),
        dates(document, article.publishedDate(), cp),
        quotes(text, found, speakers, entityIds, document, cp),
        new AttributionAssembler(text, cp, entityIds).assemble(
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

  private static List<Quote> quotes(String text, List<QuoteFinder.Found> found,
      List<Attribution> speakers, Map<EntityCluster, String> entityIds, CoreDocument document,
      CodePoints cp) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      QuoteFinder.Found q = found.get(i);
      Attribution a = speakers.get(i);
      Speaker speaker = a == null ? null : new Speaker(a.text(), cp.of(a.begin()), cp.of(a.end()),
          a.entity() == null ? null : entityIds.get(a.entity()));
      quotes.add(new Quote("Q" + (i + 1), text.substring(q.contentStart(), q.contentEnd()),
          cp.of(q.contentStart()), cp.of(q.contentEnd()), Sentences.indexAt(document.sentences(), q.open()),
          speaker, a == null ? null : a.cue()));
    }
    return quotes;
  }
}
