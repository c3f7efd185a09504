package io.newsfacts.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's page goes and how pages link to each other. Pages mirror the article JSON
 * files ({@code articles/asia/x.json} becomes {@code report/articles/asia/x.html}), so ids with
 * {@code /} need no escaping on disk; links percent-encode each path segment.
 */
final class ReportPaths {

  static final String ARTICLES = "articles";

  private ReportPaths() {}

  /** The page's path relative to the report folder, e.g. {@code articles/asia/x.html}. */
  static Path pageOf(Path jsonRelativeToArticles) {
    String file = jsonRelativeToArticles.getFileName().toString();
    String page = file.substring(0, file.length() - ".json".length()) + ".html";
    return Path.of(ARTICLES).resolve(jsonRelativeToArticles).resolveSibling(page);
  }

  /** The href of a page relative to the report folder, with forward slashes and encoded segments. */
  static String hrefOf(Path pageRelativeToReport) {
    List<String> segments = new ArrayList<>();
    for (Path segment : pageRelativeToReport) {
      segments.add(URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", segments);
  }

  /** The way back from a page to the report folder: one {@code ../} per folder level. */
  static String rootPrefixOf(Path pageRelativeToReport) {
    return "../".repeat(pageRelativeToReport.getNameCount() - 1);
  }
}
