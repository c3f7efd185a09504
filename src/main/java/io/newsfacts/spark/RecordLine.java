package io.newsfacts.spark;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleFailure;
import java.io.Serializable;

/**
 * One output line: an article's facts as the local batch's JSONL writes them (Json.COMPACT of
 * {@link ArticleFacts}), or a failure as Json.COMPACT of {@link ArticleFailure}, with the counts
 * the summary adds up.
 */
record RecordLine(boolean ok, String json, int entities, int dates, int quotes, int attributions)
    implements Serializable {

  static RecordLine done(ArticleFacts facts) {
    return new RecordLine(true, Ingested.write(facts), facts.entities().size(),
        facts.dates().size(), facts.quotes().size(), facts.attributions().size());
  }

  static RecordLine failed(ArticleFailure failure) {
    return new RecordLine(false, Ingested.write(failure), 0, 0, 0, 0);
  }

  static RecordLine failed(String failureJson) {
    return new RecordLine(false, failureJson, 0, 0, 0, 0);
  }
}
