package io.newsfacts.eval;

import io.newsfacts.ingest.html.HtmlCharset;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Readability4J 1.0.8 (a Kotlin port of Mozilla's Readability.js) as a comparison system for
 * {@code evaluate --html}, never part of ingest. It pins jsoup 1.11 and Kotlin 1.3, so it runs in
 * its own class loader over the jars in target/readability4j-lib (its own jsoup beside ours) and is
 * called by reflection. The page is decoded as ingest decodes it, so only extraction differs.
 */
final class Readability4jExtractor implements HtmlExtraction.Extractor, AutoCloseable {

  /** Where {@code mvn package} copies Readability4J and its dependencies. */
  static final Path DEFAULT_LIB = Path.of("target", "readability4j-lib");

  private final URLClassLoader loader;
  private final Constructor<?> readability;
  private final Method parse;
  private final Method textContent;
  private final Method title;
  private final Method byline;

  Readability4jExtractor(Path lib) throws IOException {
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(lib)) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        jars.add(toUrl(jar));
      }
    }
    if (jars.isEmpty()) {
      throw new IOException("no jars in " + lib + " (run mvn package)");
    }
    // Parent is the platform loader: our jsoup 1.21 must not shadow its jsoup 1.11.
    loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    try {
      Class<?> main = loader.loadClass("net.dankito.readability4j.Readability4J");
      Class<?> article = loader.loadClass("net.dankito.readability4j.Article");
      readability = main.getConstructor(String.class, String.class);
      parse = main.getMethod("parse");
      textContent = article.getMethod("getTextContent");
      title = article.getMethod("getTitle");
      byline = article.getMethod("getByline");
    } catch (ReflectiveOperationException e) {
      loader.close();
      throw new IOException("Readability4J not loadable from " + lib + ": " + e, e);
    }
  }

  private static URL toUrl(Path jar) throws IOException {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IOException(e);
    }
  }

  @Override
  public HtmlExtraction extract(String file, byte[] bytes) {
    String html = HtmlCharset.isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
        : HtmlCharset.decode(bytes, HtmlCharset.fallback(bytes));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Object article = parse.invoke(readability.newInstance("http://example.org/" + file, html));
      String text = (String) textContent.invoke(article);
      if (text == null || text.isBlank()) {
        return HtmlExtraction.failed("no article text");
      }
      String by = (String) byline.invoke(article);
      return new HtmlExtraction(text, (String) title.invoke(article), null,
          by == null || by.isBlank() ? List.of() : List.of(by.strip()), null);
    } catch (InvocationTargetException e) {
      return HtmlExtraction.failed(String.valueOf(e.getCause()));
    } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
      return HtmlExtraction.failed(String.valueOf(e));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
