package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Quotation scores: span P/R/F1 with exact and with overlapping spans (one-to-one, {@link
 * SpanMetrics#align}), and speaker accuracy over matched quotes (aligned pairs). Where the gold
 * gives its speaker's span, the speaker is right when our speaker's span, or any mention of our
 * speaker's entity, overlaps it; otherwise when our speaker's text, its entity's name or the text
 * of any of its mentions equals the gold speaker text or the gold canonical name, after
 * lower-casing and collapsing whitespace. Speaker accuracy is a
 * {@link Prf} whose {@code gold} is the matched gold quotes with a speaker and whose
 * {@code matchedGold} is those credited to the right speaker (its recall is the accuracy).
 */
public final class QuoteScorer implements TaskScorer {

  public static final String EXACT = "exact span";
  public static final String OVERLAP = "overlap span";
  public static final String SPEAKER = "speaker accuracy";

  @Override
  public String task() {
    return "quotes";
  }

  @Override
  public List<String> metrics() {
    return List.of(EXACT, OVERLAP, SPEAKER);
  }

  private static boolean exact(Quote s, GoldQuote g) {
    return SpanMetrics.sameSpan(s.start(), s.end(), g.start(), g.end());
  }

  /** Lower case, whitespace collapsed, trimmed; null for null or blank. */
  static String normalise(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return n.isEmpty() ? null : n;
  }

  /**
   * Our speaker's text, its entity's name and the names its mentions give it (normalised): an
   * entity named "International Business Machines Corp." that the article also calls "IBM" is
   * the gold's "IBM", as any mention of it is in the span comparison.
   */
  static Set<String> ourNames(Quote q, ArticleFacts facts) {
    if (q.speaker() == null) {
      return Set.of();
    }
    Stream<String> entityNames = facts.entities().stream()
        .filter(e -> q.speaker().entityId() != null && q.speaker().entityId().equals(e.id()))
        .flatMap(e -> Stream.concat(Stream.of(e.name()), e.mentions().stream().map(m -> m.text())));
    return Stream.concat(Stream.of(q.speaker().text()), entityNames).map(QuoteScorer::normalise)
        .filter(Objects::nonNull).collect(Collectors.toSet());
  }

  /**
   * Right when the gold gives where its speaker is written and our speaker, or any mention of our
   * speaker's entity, overlaps it; else when a name matches.
   */
  static boolean speakerMatches(Quote q, ArticleFacts facts, GoldQuote g) {
    if (g.hasSpeakerSpan()) {
      return speakerOverlaps(q, facts, g.speakerStart(), g.speakerEnd());
    }
    Set<String> ours = ourNames(q, facts);
    return Stream.of(g.speaker(), g.speakerName()).map(QuoteScorer::normalise)
        .anyMatch(n -> n != null && ours.contains(n));
  }

  private static boolean speakerOverlaps(Quote q, ArticleFacts facts, int start, int end) {
    Speaker s = q.speaker();
    if (s == null) {
      return false;
    }
    if (s.start() >= 0 && s.start() < end && start < s.end()) {
      return true;
    }
    return s.entityId() != null && facts.entities().stream()
        .filter(e -> s.entityId().equals(e.id()))
        .flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.start() < end && start < m.end());
  }

  private static boolean hasGoldSpeaker(GoldQuote g) {
    return g.hasSpeakerSpan() || normalise(g.speaker()) != null
        || normalise(g.speakerName()) != null;
  }

  @Override
  public DocScore score(GoldDocument gold, ArticleFacts facts) {
    List<Quote> sys = facts == null ? List.of() : facts.quotes();
    List<SpanMetrics.Pair> alignment = SpanMetrics.align(
        sys.stream().map(s -> new SpanMetrics.Span(s.start(), s.end())).toList(),
        gold.quotes().stream().map(g -> new SpanMetrics.Span(g.start(), g.end())).toList());
    Map<String, Prf> counts = new LinkedHashMap<>();
    counts.put(EXACT, SpanMetrics.pairs(sys, gold.quotes(), alignment, QuoteScorer::exact));
    counts.put(OVERLAP, SpanMetrics.pairs(sys, gold.quotes(), alignment, (s, g) -> true));
    Quote[] paired = new Quote[gold.quotes().size()];
    boolean[] systemPaired = new boolean[sys.size()];
    for (SpanMetrics.Pair p : alignment) {
      paired[p.gold()] = sys.get(p.system());
      systemPaired[p.system()] = true;
    }
    int withSpeaker = 0;
    int rightSpeaker = 0;
    List<Disagreement> out = new ArrayList<>();
    String text = gold.text();
    for (int i = 0; i < paired.length; i++) {
      GoldQuote g = gold.quotes().get(i);
      Quote best = paired[i];
      List<String> kinds = new ArrayList<>();
      if (best == null) {
        kinds.add("missed");
      } else {
        if (!exact(best, g)) {
          kinds.add("span");
        }
        if (hasGoldSpeaker(g)) {
          withSpeaker++;
          if (speakerMatches(best, facts, g)) {
            rightSpeaker++;
          } else {
            kinds.add("speaker");
          }
        }
      }
      if (!kinds.isEmpty()) {
        String goldSpeaker = g.speakerName() != null ? g.speakerName() : g.speaker();
        out.add(new Disagreement(gold.id(), String.join(",", kinds),
            new Disagreement.Item(g.text(), g.start(), g.end(), null, goldSpeaker),
            best == null ? null : item(best),
            TextContext.sentence(facts, text, g.start(), g.end())));
      }
    }
    for (int i = 0; i < sys.size(); i++) {
      if (!systemPaired[i]) {
        Quote s = sys.get(i);
        out.add(new Disagreement(gold.id(), "spurious", null, item(s),
            TextContext.sentence(facts, text, s.start(), s.end())));
      }
    }
    counts.put(SPEAKER, new Prf(withSpeaker, withSpeaker, rightSpeaker, rightSpeaker));
    return new DocScore(counts, out);
  }

  private static Disagreement.Item item(Quote q) {
    return new Disagreement.Item(q.text(), q.start(), q.end(), null,
        q.speaker() == null ? null : q.speaker().text());
  }
}
