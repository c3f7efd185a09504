package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TempEval-3's TIMEX3 entity metrics over {@link ArticleFacts#dates()}. System and gold dates are
 * aligned one-to-one by overlap ({@link SpanMetrics#align}); then strict = aligned pairs with the
 * same span, relaxed = aligned pairs, type and value = aligned pairs (a system date overlapping a
 * gold TIMEX3) whose type or value equals the gold one; precision divides by the system's dates,
 * recall by the gold TIMEX3s. Type and value F1 so equal TempEval-3's "attribute F1" (attribute
 * accuracy over matched pairs times relaxed F1). Values compare as exact strings.
 */
public final class DateScorer implements TaskScorer {

  public static final String STRICT = "strict span";
  public static final String RELAXED = "relaxed span";
  public static final String TYPE = "type";
  public static final String VALUE = "value";

  @Override
  public String task() {
    return "dates";
  }

  @Override
  public List<String> metrics() {
    return List.of(STRICT, RELAXED, TYPE, VALUE);
  }

  @Override
  public DocScore score(GoldDocument gold, ArticleFacts facts) {
    List<DateFact> sys = facts == null ? List.of() : facts.dates();
    List<GoldDate> ref = gold.dates();
    List<SpanMetrics.Pair> alignment = SpanMetrics.align(
        sys.stream().map(s -> new SpanMetrics.Span(s.start(), s.end())).toList(),
        ref.stream().map(g -> new SpanMetrics.Span(g.start(), g.end())).toList());
    Map<String, Prf> counts = new LinkedHashMap<>();
    counts.put(STRICT, SpanMetrics.pairs(sys, ref, alignment, DateScorer::strict));
    counts.put(RELAXED, SpanMetrics.pairs(sys, ref, alignment, (s, g) -> true));
    counts.put(TYPE, SpanMetrics.pairs(sys, ref, alignment,
        (s, g) -> s.type() != null && s.type() == g.type()));
    counts.put(VALUE, SpanMetrics.pairs(sys, ref, alignment,
        (s, g) -> s.value() != null && s.value().equals(g.value())));
    return new DocScore(counts, disagreements(gold, facts, sys, alignment));
  }

  static boolean strict(DateFact s, GoldDate g) {
    return SpanMetrics.sameSpan(s.start(), s.end(), g.start(), g.end());
  }

  private static List<Disagreement> disagreements(GoldDocument gold, ArticleFacts facts,
      List<DateFact> sys, List<SpanMetrics.Pair> alignment) {
    String text = gold.text();
    List<Disagreement> out = new ArrayList<>();
    DateFact[] paired = new DateFact[gold.dates().size()];
    boolean[] systemPaired = new boolean[sys.size()];
    for (SpanMetrics.Pair p : alignment) {
      paired[p.gold()] = sys.get(p.system());
      systemPaired[p.system()] = true;
    }
    for (int i = 0; i < paired.length; i++) {
      GoldDate g = gold.dates().get(i);
      DateFact best = paired[i];
      List<String> kinds = new ArrayList<>();
      if (best == null) {
        kinds.add("missed");
      } else {
        if (!strict(best, g)) {
          kinds.add("span");
        }
        if (best.type() != g.type()) {
          kinds.add("type");
        }
        if (!Objects.equals(best.value(), g.value())) {
          kinds.add("value");
        }
      }
      if (!kinds.isEmpty()) {
        out.add(new Disagreement(gold.id(), String.join(",", kinds), item(g),
            best == null ? null : item(best), TextContext.sentence(facts, text, g.start(), g.end())));
      }
    }
    for (int i = 0; i < sys.size(); i++) {
      if (!systemPaired[i]) {
        DateFact s = sys.get(i);
        out.add(new Disagreement(gold.id(), "spurious", null, item(s),
            TextContext.sentence(facts, text, s.start(), s.end())));
      }
    }
    return out;
  }

  private static Disagreement.Item item(GoldDate g) {
    return new Disagreement.Item(g.text(), g.start(), g.end(),
        g.type() == null ? null : g.type().name(), g.value());
  }

  private static Disagreement.Item item(DateFact s) {
    return new Disagreement.Item(s.text(), s.start(), s.end(),
        s.type() == null ? null : s.type().name(), s.value());
  }
}
