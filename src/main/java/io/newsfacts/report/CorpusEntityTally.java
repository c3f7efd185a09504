package io.newsfacts.report;

import io.newsfacts.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts entities across the corpus while articles stream past, so the index can show the most
 * frequent ones with the articles they appear in. Entities are the same when type and canonical name
 * are; only the first few articles are kept per entity to bound memory on large batches.
 */
final class CorpusEntityTally {

  static final int ARTICLES_KEPT_PER_ENTITY = 6;

  /** An article an entity appears in: title and page link relative to the report folder. */
  record ArticleRef(String title, String href) {}

  /** One corpus-wide entity with its article and mention counts. */
  record Row(String name, String type, String typeClass, int articles, int mentions,
      List<ArticleRef> appearsIn, int moreArticles) {

    /** Whether the entity appears in more articles than listed. */
    boolean hasMoreArticles() {
      return moreArticles > 0;
    }
  }

  private static final class Tally {
    final String name;
    final String type;
    final String typeClass;
    int articles;
    int mentions;
    final List<ArticleRef> appearsIn = new ArrayList<>();

    Tally(Entity entity) {
      name = entity.name();
      type = entity.type() == null ? "MISC" : entity.type().name();
      typeClass = ArticleMarks.typeClass(entity);
    }
  }

  private record Key(String type, String name) {}

  private final Map<Key, Tally> tallies = new HashMap<>();

  /** Adds one article's entities. */
  void add(List<Entity> entities, ArticleRef article) {
    Map<Key, Boolean> seenHere = new HashMap<>();
    for (Entity entity : entities) {
      Key key = new Key(entity.type() == null ? "MISC" : entity.type().name(), entity.name());
      Tally tally = tallies.computeIfAbsent(key, k -> new Tally(entity));
      tally.mentions += entity.mentions().size();
      // Two entities of one article may share a name; the article still counts once.
      if (seenHere.put(key, Boolean.TRUE) == null) {
        tally.articles++;
        if (tally.appearsIn.size() < ARTICLES_KEPT_PER_ENTITY) {
          tally.appearsIn.add(article);
        }
      }
    }
  }

  /** The {@code limit} entities found in most articles, then with most mentions, then by name. */
  List<Row> top(int limit) {
    return tallies.values().stream()
        .sorted(Comparator.comparingInt((Tally t) -> -t.articles)
            .thenComparingInt(t -> -t.mentions)
            .thenComparing(t -> t.name)
            .thenComparing(t -> t.type))
        .limit(limit)
        .map(t -> new Row(t.name, t.type, t.typeClass, t.articles, t.mentions,
            List.copyOf(t.appearsIn), t.articles - t.appearsIn.size()))
        .toList();
  }
}
