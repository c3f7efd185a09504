package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real scraped seed article from /work/shared, when this checkout sits next to it. */
class SeedArticleTest {

  private static final Path SEED =
      Path.of("../shared/corpus/us-japan-south-korea-missile-warning-data.txt");

  @TempDir
  Path tmp;

  @Test
  void cleansSeedArticle() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not present: " + SEED);
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(SEED, root.resolve(SEED.getFileName()));

    Article article = Corpus.onlyArticle(root);
    String text = article.text();
    assertEquals("us-japan-south-korea-missile-warning-data", article.id());
    assertEquals("corpus/us-japan-south-korea-missile-warning-data.txt", article.source().file());
    assertEquals(SourceFormat.TXT, article.source().format());
    assertEquals("US, Japan, South Korea Aim to Share North Korea Missile Warning Data",
        article.title());
    assertTrue(text.startsWith("The United States, Japan, and South Korea aim to share"), text);
    for (String chrome : List.of("AirAmericasAsia Pacific", "Related Articles", "Back to top")) {
      assertFalse(text.contains(chrome), chrome);
    }
    assertTrue(text.contains("\n\nNorth Korea missile\n\n"
        + "A railway-borne missile was test-fired in North Korea in 2021. Photo: AFP\n\n"), text);
    assertTrue(text.contains("\n\n\u2018Grave Danger\u2019\n\n"), text);
    assertFalse(text.contains("\u00A0"));
    assertFalse(text.contains("  "));
    assertFalse(text.contains("\n\n\n"));
    assertTrue(text.endsWith("said in their statement."), text);
    // Curly quotes survive for quote detection.
    assertTrue(text.contains("\u201Crecognised trilateral efforts"));
    assertTrue(text.contains("South Korea\u2019s defense ministry"));
  }
}
