package io.newsfacts.spark;

import io.newsfacts.ingest.ArticleSources;
import io.newsfacts.ingest.IngestResult;
import java.io.Serializable;
import java.util.Map;

/**
 * Who first used an id, and how many articles use it. The local batch sees articles one by one and
 * fails every later user of an id; here the first claimant is found across the whole corpus, and
 * the others fail with the same reason.
 */
record IdClaim(OrderKey first, String firstFile, long count) implements Serializable {

  IdClaim merge(IdClaim other) {
    IdClaim earlier = first.compareTo(other.first) <= 0 ? this : other;
    return new IdClaim(earlier.first, earlier.firstFile, count + other.count);
  }

  /** {@code article} as it stands, or its duplicate-id failure when another used its id first. */
  static Ingested resolve(Ingested article, Map<String, IdClaim> duplicated) {
    IdClaim claim = article.id() == null ? null : duplicated.get(article.id());
    if (claim == null || claim.first.equals(article.order())) {
      return article;
    }
    IngestResult.Failed failed =
        ArticleSources.duplicate(article.id(), article.file(), claim.firstFile);
    return Ingested.failed(article.order(), failed.failure());
  }
}
