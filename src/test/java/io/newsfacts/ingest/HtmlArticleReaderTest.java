package io.newsfacts.ingest;

import static io.newsfacts.ingest.Corpus.onlyArticle;
import static io.newsfacts.ingest.Corpus.onlyFailure;
import static io.newsfacts.ingest.Corpus.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

  @TempDir
  Path tmp;

  private Article read(String html) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    write(root, "page.html", html);
    return onlyArticle(root);
  }

  private String text(String html) throws IOException {
    return read(html).text();
  }

  @Test
  void htmlDropsNavigationAndScripts() throws IOException {
    String html = """
        <html><head><title>T</title><style>p { color: red }</style>
        <script>var x = "Script text.";</script></head>
        <body><nav><a href="/">Home</a><a href="/w">World</a></nav>
        <header><p>Site header text.</p></header>
        <p>Story text one.</p>
        <script>alert("Inline script.")</script><noscript>Enable JavaScript.</noscript>
        <aside>Aside text.</aside><form><p>Form text.</p></form><button>Click</button>
        <iframe src="x"></iframe><svg><text>Svg text.</text></svg>
        <p>Story text two.</p>
        <footer>Footer text.</footer></body></html>""";
    assertEquals("Story text one.\n\nStory text two.", text(html));
  }

  @Test
  void htmlDropsChromeNamedByClassIdOrRole() throws IOException {
    String html = """
        <body><main>
        <div class="top-menu"><a>Menu item.</a></div>
        <p>Story text one.</p>
        <div class="social-share-bar"><a>Share on X.</a></div>
        <div id="cookieConsent"><p>We value your privacy.</p></div>
        <ul class="related-articles"><li>Other story.</li></ul>
        <div class="ad-slot">Buy now.</div>
        <div role="navigation">Nav text.</div>
        <section id="comments"><p>Great article!</p></section>
        <div hidden>Hidden text.</div>
        <p>Story text two.</p>
        <div class="newsletter-signup">Get our emails.</div>
        </main></body>""";
    assertEquals("Story text one.\n\nStory text two.", text(html));
  }

  @Test
  void htmlKeepsWrapperWhoseNameMentionsChrome() throws IOException {
    String html = """
        <body><div class="layout-with-sidebar">
        <p>Story text one is long enough.</p><p>Story text two is long enough.</p>
        <div class="sidebar">Side.</div></div></body>""";
    assertEquals("Story text one is long enough.\n\nStory text two is long enough.", text(html));
  }

  @Test
  void htmlPrefersArticleThenMainThenBody() throws IOException {
    assertEquals("In article.", text("<body><p>Outside.</p><article><p>In article.</p></article>"
        + "</body>"));
    assertEquals("In main.", text("<body><p>Outside.</p><main><p>In main.</p></main></body>"));
    assertEquals("In body.", text("<body><p>In body.</p></body>"));
  }

  @Test
  void htmlPicksTheLargestArticle() throws IOException {
    String html = "<body><article><p>Teaser.</p></article>"
        + "<article><p>The real story is here and long.</p></article></body>";
    assertEquals("The real story is here and long.", text(html));
  }

  @Test
  void htmlKeepsBlockStructure() throws IOException {
    String html = """
        <article><h2>Section Head</h2>
        <p>First   paragraph
           spans source lines.</p>
        <ul><li>Item one.</li><li>Item <b>two</b>.</li></ul>
        <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
        <figure><img src="x.jpg"><figcaption>A caption. Photo: AFP</figcaption></figure>
        <div>Direct div text.<p>Nested paragraph.</p></div>
        <p>Line one<br>line two.</p>
        <pre>code  line</pre>
        </article>""";
    Article article = read(html);
    // A leading heading without metadata title becomes the title (TextCleaner's rule); a figure
    // caption is not the story's text (MainText).
    assertEquals("Section Head", article.title());
    assertEquals("First paragraph spans source lines.\n\nItem one.\n\nItem two."
        + "\n\nQuoted one.\n\nQuoted two.\n\nDirect div text."
        + "\n\nNested paragraph.\n\nLine one\nline two.\n\ncode line", article.text());
  }

  @Test
  void htmlNbspAndEntitiesAreNormalised() throws IOException {
    assertEquals("Tom & Jerry met in Paris.", text("<p>Tom&nbsp;&amp;&#160;Jerry met in Paris.</p>"));
  }

  @Test
  void htmlWithNoBodyTextFails() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    write(root, "page.html", "<html><head><title>Only a title</title></head><body>"
        + "<nav>Menu</nav><script>x()</script><img src=a.png></body></html>");
    var failure = onlyFailure(root);
    assertEquals("page", failure.id());
    assertEquals("corpus/page.html", failure.file());
    assertEquals("HTML has no article text", failure.error());
  }

  @Test
  void htmlMetadataFromHead() throws IOException {
    Article article = read("""
        <html><head><title>Title Tag | Site</title>
        <meta property="og:title" content="OG Title">
        <meta property="article:published_time" content="2023-06-03T08:00:00+0000">
        <link rel="canonical" href="https://example.com/story">
        <meta property="og:url" content="https://example.com/og">
        </head><body><article><h1>OG Title</h1><p>Story text.</p><p>More text.</p></article>
        </body></html>""");
    assertEquals("OG Title", article.title());
    assertEquals(LocalDate.of(2023, 6, 3), article.publishedDate());
    assertEquals("https://example.com/story", article.url());
    assertEquals("Story text.\n\nMore text.", article.text());
    assertEquals(SourceFormat.HTML, article.source().format());
  }

  @Test
  void htmlMetadataFallbacks() throws IOException {
    Article article = read("""
        <html><head><meta property="og:url" content="https://example.com/og"></head>
        <body><article><header><h1>Heading One</h1>
        <time datetime="2022-01-05">5 Jan</time></header>
        <p>Story text.</p></article></body></html>""");
    assertEquals("Heading One", article.title());
    assertEquals(LocalDate.of(2022, 1, 5), article.publishedDate());
    assertEquals("https://example.com/og", article.url());
    assertEquals("Story text.", article.text());
  }

  @Test
  void htmlItempropAndNamedDateMeta() throws IOException {
    assertEquals(LocalDate.of(2021, 2, 3), read("<head><meta name=\"date\" content=\"2021-02-03\">"
        + "</head><body><p>Text.</p></body>").publishedDate());
    assertEquals(LocalDate.of(2020, 7, 8), read("<body><p>Text.</p>"
        + "<span itemprop=\"datePublished\" content=\"2020-07-08T10:00Z\"></span></body>")
        .publishedDate());
  }

  @Test
  void htmlUnparseableDateIsIgnored() throws IOException {
    assertNull(read("<head><meta name=\"date\" content=\"yesterday\"></head><body><p>Text.</p>"
        + "</body>").publishedDate());
  }

  @Test
  void sidecarWinsOverHtmlMetadata() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    write(root, "page.htm", "<head><title>Page Title</title>"
        + "<meta property=\"article:published_time\" content=\"2020-01-01\"></head>"
        + "<body><p>Text.</p></body>");
    write(root, "page.meta.json", "{\"publishedDate\": \"2023-06-03\", \"url\": \"u\"}");
    Article article = onlyArticle(root);
    assertEquals("Page Title", article.title());
    assertEquals(LocalDate.of(2023, 6, 3), article.publishedDate());
    assertEquals("u", article.url());
  }

  @Test
  void htmlTextGoesThroughTextCleaner() throws IOException {
    String text = text("<body><p>AirAmericasAsia Pacific</p><p>Story text.</p>"
        + "<p>Related Articles</p></body>");
    assertEquals("Story text.", text);
    assertFalse(text.contains("Related"));
  }

  @Test
  void deeplyNestedHtmlDoesNotEscapeAsAnException() throws IOException {
    String html = "<div>".repeat(50_000) + "Deep text." + "</div>".repeat(50_000);
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    write(root, "deep.html", html);
    java.util.List<IngestResult> results = Corpus.readAll(root);
    assertEquals(1, results.size());
  }
}
