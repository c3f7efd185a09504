package io.newsfacts.batch;

import io.newsfacts.model.Article;
import io.newsfacts.output.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an article's facts are a function of, hashed: the article as ingest read it (id, source
 * file and hash, title, date, URL, cleaned text) and the code that annotates it. Equal keys give
 * byte-identical JSON, which is what lets a resumed or incremental run keep earlier output.
 */
final class ArticleKey {

  private ArticleKey() {}

  static String of(Article article) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(CodeFingerprint.value().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Json.COMPACT.writeValueAsBytes(article));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
