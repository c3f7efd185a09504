package io.newsfacts.ingest;

import io.newsfacts.ingest.html.BlockText;
import io.newsfacts.ingest.html.MainText;
import io.newsfacts.ingest.html.PageMetadata;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts article text and metadata from an HTML page with jsoup: the metadata from the whole page
 * ({@link PageMetadata}), the text from the block that scores as the main text ({@link MainText}),
 * keeping the page's block structure (one paragraph per p, heading, list item, …) because
 * {@link TextCleaner} and sentence splitting rely on paragraph breaks.
 */
final class HtmlArticleReader {

  /** What the page gave: metadata from its markup, and paragraph text joined by blank lines. */
  record HtmlArticle(Metadata metadata, String text) {}

  HtmlArticle read(String html) throws ArticleProblem {
    Document doc = Jsoup.parse(html);
    PageMetadata page = PageMetadata.of(doc);
    Metadata metadata = new Metadata(page.title(), page.publishedDate(), page.url(),
        page.authors());
    Element main = MainText.find(doc, page.title());
    List<String> paragraphs = main == null ? List.of() : BlockText.paragraphs(main);
    if (paragraphs.isEmpty()) {
      throw new ArticleProblem("HTML has no article text");
    }
    return new HtmlArticle(metadata, String.join("\n\n", paragraphs));
  }
}
