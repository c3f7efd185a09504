package io.newsfacts.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's body as the publisher declares it in JSON-LD ({@code articleBody}): sites that
 * build the page with scripts print the story in the markup as a few lines of teaser and keep the
 * whole text in the page's data. The declared body is the text only when the block chosen from the
 * markup is clearly short beside it: otherwise the markup, read with its paragraphs, is the better
 * source (a declared body is often one run of text, or holds what the page leaves out).
 */
public final class DeclaredBody {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A declared body shorter than this is a summary, not the story. */
  private static final int MIN_DECLARED_CHARS = 1000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(?:\\r?\\n)+\\s*");
  private static final Pattern MARKUP = Pattern.compile("<(?:p|br|div|h[1-6])\\b",
      Pattern.CASE_INSENSITIVE);

  private DeclaredBody() {}

  /**
   * {@code chosen} (the paragraphs read from the markup), or the declared body's paragraphs when
   * the page declares one of {@value #MIN_DECLARED_CHARS}+ characters and the chosen text holds
   * less than half as much.
   */
  public static List<String> orChosen(Document page, List<String> chosen) {
    String declared = longestArticleBody(page);
    int chosenChars = chosen.stream().mapToInt(String::length).sum();
    if (declared == null || declared.length() < MIN_DECLARED_CHARS
        || chosenChars * 2 >= declared.length()) {
      return chosen;
    }
    List<String> paragraphs = new ArrayList<>();
    if (MARKUP.matcher(declared).find()) {
      paragraphs.addAll(BlockText.paragraphs(Jsoup.parseBodyFragment(declared).body()));
    } else {
      for (String line : LINE_BREAKS.split(declared.strip())) {
        if (!line.isBlank()) {
          paragraphs.add(line.strip());
        }
      }
    }
    if (paragraphs.isEmpty()) {
      return chosen;
    }
    // What the markup shows and the declared body leaves out (a standfirst) stays, before it.
    String flat = SPACES.matcher(declared).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    for (String p : chosen) {
      if (!flat.contains(SPACES.matcher(p).replaceAll(" ").strip())) {
        kept.add(p);
      }
    }
    kept.addAll(paragraphs);
    return kept;
  }

  private static String longestArticleBody(Document page) {
    String longest = null;
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        longest = longest(JSON.readTree(script.data()), longest);
      } catch (java.io.IOException | RuntimeException e) {
        // A broken JSON-LD block is common and says nothing: skip it.
      }
    }
    return longest;
  }

  private static String longest(JsonNode node, String best) {
    if (node == null) {
      return best;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        best = longest(n, best);
      }
    } else if (node.isObject()) {
      JsonNode body = node.get("articleBody");
      if (body != null && body.isTextual()
          && (best == null || body.asText().strip().length() > best.length())) {
        best = body.asText().strip();
      }
      best = longest(node.get("@graph"), best);
      best = longest(node.get("mainEntity"), best);
    }
    return best;
  }
}
