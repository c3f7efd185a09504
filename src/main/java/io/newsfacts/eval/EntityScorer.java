package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoNLL-2003 span-level scores as conlleval counts them: an entity is correct when its start, end
 * and type all equal a gold chunk's; precision over the system's mentions, recall over gold chunks,
 * per type and micro-averaged ("all"). Every mention of every entity is scored, with its entity's
 * type mapped by {@link ConllTypes}; duplicate system spans count once.
 */
public final class EntityScorer implements TaskScorer {

  public static final String ALL = "all";

  @Override
  public String task() {
    return "entities";
  }

  @Override
  public List<String> metrics() {
    List<String> m = new ArrayList<>();
    m.add(ALL);
    m.addAll(ConllTypes.TYPES);
    return m;
  }

  /** One system mention as scored. */
  record Span(String text, int start, int end, String type) {}

  static List<Span> systemSpans(ArticleFacts facts) {
    Set<Span> spans = new LinkedHashSet<>();
    if (facts != null) {
      for (Entity e : facts.entities()) {
        for (Mention m : e.mentions()) {
          spans.add(new Span(m.text(), m.start(), m.end(), ConllTypes.of(e.type())));
        }
      }
    }
    return spans.stream()
        .sorted(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
        .toList();
  }

  private static boolean exact(Span s, GoldEntity g) {
    return SpanMetrics.sameSpan(s.start(), s.end(), g.start(), g.end()) && s.type().equals(g.type());
  }

  @Override
  public DocScore score(GoldDocument gold, ArticleFacts facts) {
    List<Span> sys = systemSpans(facts);
    Map<String, Prf> counts = new LinkedHashMap<>();
    counts.put(ALL, SpanMetrics.match(sys, gold.entities(), EntityScorer::exact));
    for (String type : ConllTypes.TYPES) {
      counts.put(type, SpanMetrics.match(
          sys.stream().filter(s -> s.type().equals(type)).toList(),
          gold.entities().stream().filter(g -> g.type().equals(type)).toList(),
          EntityScorer::exact));
    }
    List<Disagreement> out = new ArrayList<>();
    String text = gold.text();
    for (GoldEntity g : gold.entities()) {
      if (sys.stream().anyMatch(s -> exact(s, g))) {
        continue;
      }
      Span near = sys.stream()
          .filter(s -> SpanMetrics.overlaps(s.start(), s.end(), g.start(), g.end()))
          .findFirst().orElse(null);
      String kind = near == null ? "missed"
          : !SpanMetrics.sameSpan(near.start(), near.end(), g.start(), g.end())
              ? (near.type().equals(g.type()) ? "span" : "span,type") : "type";
      out.add(new Disagreement(gold.id(), kind,
          new Disagreement.Item(g.text(), g.start(), g.end(), g.type(), null),
          near == null ? null : item(near), TextContext.sentence(facts, text, g.start(), g.end())));
    }
    for (Span s : sys) {
      if (gold.entities().stream()
          .noneMatch(g -> SpanMetrics.overlaps(s.start(), s.end(), g.start(), g.end()))) {
        out.add(new Disagreement(gold.id(), "spurious", null, item(s),
            TextContext.sentence(facts, text, s.start(), s.end())));
      }
    }
    return new DocScore(counts, out);
  }

  private static Disagreement.Item item(Span s) {
    return new Disagreement.Item(s.text(), s.start(), s.end(), s.type(), null);
  }
}
