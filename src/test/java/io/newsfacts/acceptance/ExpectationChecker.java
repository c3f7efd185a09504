package io.newsfacts.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds one article's JSON against an expectations file, as
 * {@code /work/shared/acceptance/check_expectations.py} does, one {@link Check} per expectation so
 * each can be its own test. Checks marked {@link Check#extension()} are not in the Python script
 * (the date's {@code anchored} flag and the article's {@code publishedDate}); the others are the
 * script's, in its order, with its messages, so "N/M expectations met" agrees with it.
 */
final class ExpectationChecker {

  /** One expectation: a unique name within its document, and why it is not met (null when met). */
  record Check(String name, String failure, boolean extension) {
    boolean met() {
      return failure == null;
    }
  }

  private ExpectationChecker() {}

  static JsonNode readExpectations(Path file) throws IOException {
    return Json.MAPPER.readTree(file.toFile());
  }

  static ArticleFacts readArticle(Path file) throws IOException {
    return Json.MAPPER.readValue(file.toFile(), ArticleFacts.class);
  }

  /** Every check of {@code expectations} against {@code doc}. */
  static List<Check> check(JsonNode exp, ArticleFacts doc) {
    List<Check> checks = new ArrayList<>();
    String text = doc.text() == null ? "" : doc.text();

    checks.add(new Check("offsets", offsetProblem(doc), false));

    List<Entity> entities = doc.entities();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    for (JsonNode want : exp.path("entities")) {
      String name = want.get("name").asText();
      String type = want.get("type").asText();
      List<Entity> hits = entities.stream().filter(e -> norm(e.name()).equals(norm(name))).toList();
      String failure = null;
      if (hits.isEmpty()) {
        failure = "entity missing: " + name + " (" + type + ")";
      } else {
        Entity e = hits.get(0);
        Set<String> forms = e.mentions().stream().map(m -> norm(m.text()))
            .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        String gotType = e.type() == null ? null : e.type().name();
        if (!Objects.equals(gotType, type)) {
          problems.add("type " + gotType + " != " + type);
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode m : want.path("mentions")) {
          if (!forms.contains(norm(m.asText()))) {
            missing.add(m.asText());
          }
        }
        if (!missing.isEmpty()) {
          problems.add("mentions not clustered into it: " + missing
              + " (its mentions: " + e.mentions().stream().map(Mention::text).toList() + ")");
        }
        if (hits.size() > 1) {
          problems.add(hits.size() + " entities share this name");
        }
        if (!problems.isEmpty()) {
          failure = "entity " + name + ": " + String.join("; ", problems);
        }
      }
      checks.add(new Check("entity " + name, failure, false));
    }
    Set<String> names = entities.stream().map(e -> norm(e.name())).collect(Collectors.toSet());
    for (JsonNode nope : exp.path("notEntities")) {
      String name = nope.asText();
      checks.add(new Check("not an entity: " + name,
          names.contains(norm(name)) ? "not an entity, but reported as one: " + name : null, false));
    }

    List<DateFact> dates = doc.dates();
    for (JsonNode want : exp.path("dates")) {
      String wanted = want.get("text").asText();
      List<DateFact> hits = dates.stream().filter(d -> norm(d.text()).equals(norm(wanted))).toList();
      String failure = null;
      if (hits.isEmpty()) {
        failure = "date missing: '" + wanted + "'" + nearDates(dates, wanted);
      } else {
        List<String> values = hits.stream().map(d -> d.value() == null ? "" : d.value()).toList();
        boolean ok = want.has("value")
            ? values.stream().anyMatch(v -> v.equals(want.get("value").asText()))
            : values.stream().anyMatch(v -> v.startsWith(want.get("valuePrefix").asText()));
        if (!ok) {
          String expected = want.has("value") ? want.get("value").asText()
              : want.get("valuePrefix").asText() + "*";
          failure = "date '" + wanted + "': value " + values + " != " + expected;
        }
      }
      checks.add(new Check("date '" + wanted + "'", failure, false));
    }

    List<Quote> quotes = doc.quotes();
    for (JsonNode want : exp.path("quotes")) {
      String prefix = want.get("startsWith").asText();
      List<Quote> hits = findQuote(quotes, prefix);
      String failure = null;
      if (hits.isEmpty()) {
        failure = "quote missing: '" + prefix + "'";
      } else {
        Speaker sp = hits.get(0).speaker();
        String said = norm(sp == null ? null : sp.text());
        Entity entity = sp == null || sp.entityId() == null ? null : byId.get(sp.entityId());
        boolean ok;
        if (want.has("speakerEntity")) {
          ok = entity != null && norm(entity.name()).equals(norm(want.get("speakerEntity").asText()));
        } else {
          Set<String> allowed = new HashSet<>();
          want.get("speakerAnyOf").forEach(s -> allowed.add(norm(s.asText())));
          ok = allowed.contains(said);
        }
        if (!ok) {
          String got = (sp == null ? "None" : "'" + sp.text() + "'")
              + (entity != null ? " -> '" + entity.name() + "'" : "");
          String expected = want.has("speakerEntity") ? want.get("speakerEntity").asText()
              : want.get("speakerAnyOf").toString();
          failure = "quote '" + prefix + "': speaker " + got + ", expected " + expected;
        }
      }
      checks.add(new Check("\"" + prefix + "\" quote speaker", failure, false));
    }
    for (JsonNode nope : exp.path("notQuotes")) {
      String prefix = nope.get("startsWith").asText();
      List<Quote> hits = findQuote(quotes, prefix);
      boolean credited = !hits.isEmpty() && hits.get(0).speaker() != null;
      checks.add(new Check("\"" + prefix + "\" credited to nobody",
          credited ? "'" + prefix + "' given a speaker: " + nope.path("why").asText() : null, false));
    }

    // ---- extensions: not in check_expectations.py ----
    for (JsonNode want : exp.path("dates")) {
      if (!want.has("anchored")) {
        continue;
      }
      String wanted = want.get("text").asText();
      boolean anchored = want.get("anchored").asBoolean();
      List<DateFact> hits = dates.stream().filter(d -> norm(d.text()).equals(norm(wanted))).toList();
      String failure = null;
      if (hits.isEmpty()) {
        failure = "date missing: '" + wanted + "'";
      } else if (hits.stream().anyMatch(d -> d.anchored() != anchored)) {
        failure = "date '" + wanted + "': anchored "
            + hits.stream().map(d -> d.anchored() + " (" + d.value() + ")").toList() + " != "
            + anchored;
      }
      checks.add(new Check("date '" + wanted + "' anchored " + anchored, failure, true));
    }
    for (JsonNode want : exp.path("quotes")) {
      if (!want.has("endsWith")) {
        continue;
      }
      String prefix = want.get("startsWith").asText();
      String suffix = norm(want.get("endsWith").asText());
      List<Quote> hits = findQuote(quotes, prefix);
      String failure = null;
      if (hits.isEmpty()) {
        failure = "quote missing: '" + prefix + "'";
      } else if (!stripTrailing(norm(hits.get(0).text())).endsWith(suffix)) {
        failure = "quote '" + prefix + "' ends '" + tail(hits.get(0).text()) + "', expected '..."
            + want.get("endsWith").asText() + "'";
      }
      checks.add(new Check("\"" + prefix + "\" quote ends", failure, true));
    }
    if (exp.has("publishedDate")) {
      JsonNode want = exp.get("publishedDate");
      String expected = want.isNull() ? null : want.asText();
      String got = doc.publishedDate() == null ? null : doc.publishedDate().toString();
      checks.add(new Check("publishedDate", Objects.equals(expected, got) ? null
          : "publishedDate " + got + " != " + expected, true));
    }

    Set<String> seen = new LinkedHashSet<>();
    for (Check c : checks) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException("two expectations named \"" + c.name() + "\"");
      }
    }
    return checks;
  }

  /** "offsets": every mention, date, quote and speaker is text[start:end], in code points. */
  static String offsetProblem(ArticleFacts doc) {
    String text = doc.text() == null ? "" : doc.text();
    List<String> bad = new ArrayList<>();
    int spans = 0;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        spans++;
        offset(bad, text, "mention", m.text(), m.start(), m.end());
      }
    }
    for (DateFact d : doc.dates()) {
      spans++;
      offset(bad, text, "date", d.text(), d.start(), d.end());
    }
    for (Quote q : doc.quotes()) {
      spans++;
      offset(bad, text, "quote", q.text(), q.start(), q.end());
    }
    for (Quote q : doc.quotes()) {
      if (q.speaker() != null) {
        spans++;
        offset(bad, text, "speaker", q.speaker().text(), q.speaker().start(), q.speaker().end());
      }
    }
    return bad.isEmpty() ? null : "offsets: " + bad.size() + " of " + spans
        + " spans do not match text[start:end], e.g. " + bad.subList(0, Math.min(3, bad.size()));
  }

  private static void offset(List<String> bad, String text, String kind, String claimed, int start,
      int end) {
    if (!slice(text, start, end).equals(claimed)) {
      bad.add(kind + " '" + claimed + "' at " + start + ":" + end);
    }
  }

  /** Python's {@code text[start:end]} over code points, clamped as Python clamps. */
  static String slice(String text, int start, int end) {
    int length = text.codePointCount(0, text.length());
    int from = clamp(start < 0 ? start + length : start, length);
    int to = clamp(end < 0 ? end + length : end, length);
    if (from >= to) {
      return "";
    }
    int begin = text.offsetByCodePoints(0, from);
    return text.substring(begin, text.offsetByCodePoints(begin, to - from));
  }

  private static int clamp(int index, int length) {
    return Math.max(0, Math.min(index, length));
  }

  /** find_quote: quotes whose normalised text, leading quote marks and spaces removed, starts so. */
  private static List<Quote> findQuote(List<Quote> quotes, String prefix) {
    String p = norm(prefix);
    return quotes.stream().filter(q -> stripLeading(norm(q.text())).startsWith(p)).toList();
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && "\"'\u201c\u2018 ".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return s.substring(i);
  }

  /** Without closing quote marks, spaces and the punctuation a quotation ends with. */
  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && "\"'\u201d\u2019 ,.;:!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String tail(String s) {
    return s.length() <= 60 ? s : "..." + s.substring(s.length() - 60);
  }

  /** Dates whose text overlaps the wanted one, to say what we output instead. */
  private static String nearDates(List<DateFact> dates, String wanted) {
    String w = norm(wanted);
    List<String> near = dates.stream().map(DateFact::text)
        .filter(t -> norm(t).contains(w) || w.contains(norm(t))).map(t -> "'" + t + "'").toList();
    return near.isEmpty() ? "" : " (found instead: " + String.join(", ", near) + ")";
  }

  /**
   * The script's norm(): NFKC, ’ to ', NBSP to space, whitespace runs to one space, trimmed,
   * case-folded. Full case folding is approximated by upper- then lower-casing (ß, ſ, ς fold as in
   * Python).
   */
  static String norm(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u00a0', ' ');
    StringBuilder out = new StringBuilder(n.length());
    boolean pendingSpace = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (isPythonSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** Python's str.isspace(), which str.split() splits on. */
  private static boolean isPythonSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85
        || Character.getType(cp) == Character.SPACE_SEPARATOR || cp == 0x2028 || cp == 0x2029;
  }
}
