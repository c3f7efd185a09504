package io.newsfacts.eval;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution scores, for all relations and for direct (content holds a quotation) and indirect
 * ones apart: content span P/R/F1, overlapping (one-to-one, {@link SpanMetrics#align}) and exact;
 * source accuracy over matched relations whose gold names a source (right when our source's span,
 * or a mention of its entity, overlaps the gold source); cue accuracy over matched relations (our
 * cue's span overlaps the gold cue). A relation is direct on our side when it lists a quotation,
 * on the gold side when the gold says so; each class is aligned on its own.
 */
public final class AttributionScorer implements TaskScorer {

  private static final List<String> CLASSES = List.of("all", "indirect", "direct");

  @Override
  public String task() {
    return "attributions";
  }

  @Override
  public List<String> metrics() {
    List<String> names = new ArrayList<>();
    for (String c : CLASSES) {
      names.add(c + " content overlap");
      names.add(c + " content exact");
      names.add(c + " source accuracy");
      names.add(c + " cue accuracy");
    }
    return names;
  }

  @Override
  public DocScore score(GoldDocument gold, ArticleFacts facts) {
    List<AttributionFact> sysAll = facts == null ? List.of() : facts.attributions();
    Map<String, Prf> counts = new LinkedHashMap<>();
    List<Disagreement> out = new ArrayList<>();
    for (String c : CLASSES) {
      List<AttributionFact> sys = sysAll.stream()
          .filter(a -> c.equals("all") || a.direct() == c.equals("direct")).toList();
      List<GoldAttribution> gs = gold.attributions().stream()
          .filter(g -> c.equals("all") || g.direct() == c.equals("direct")).toList();
      score(c, sys, gs, gold, facts, counts, c.equals("all") ? out : null);
    }
    return new DocScore(counts, out);
  }

  private static void score(String c, List<AttributionFact> sys, List<GoldAttribution> gold,
      GoldDocument doc, ArticleFacts facts, Map<String, Prf> counts, List<Disagreement> out) {
    List<SpanMetrics.Pair> alignment = SpanMetrics.align(
        sys.stream().map(s -> new SpanMetrics.Span(s.content().start(), s.content().end()))
            .toList(),
        gold.stream().map(g -> new SpanMetrics.Span(g.contentStart(), g.contentEnd())).toList());
    counts.put(c + " content overlap", SpanMetrics.pairs(sys, gold, alignment, (s, g) -> true));
    counts.put(c + " content exact", SpanMetrics.pairs(sys, gold, alignment,
        (s, g) -> SpanMetrics.sameSpan(s.content().start(), s.content().end(), g.contentStart(),
            g.contentEnd())));
    int withSource = 0;
    int rightSource = 0;
    int withCue = 0;
    int rightCue = 0;
    boolean[] goldPaired = new boolean[gold.size()];
    boolean[] sysPaired = new boolean[sys.size()];
    for (SpanMetrics.Pair p : alignment) {
      AttributionFact s = sys.get(p.system());
      GoldAttribution g = gold.get(p.gold());
      goldPaired[p.gold()] = true;
      sysPaired[p.system()] = true;
      List<String> kinds = new ArrayList<>();
      if (g.hasSource()) {
        withSource++;
        if (sourceMatches(s.source(), facts, g)) {
          rightSource++;
        } else {
          kinds.add("source");
        }
      }
      if (g.hasCue()) {
        withCue++;
        if (s.cue() != null && SpanMetrics.overlaps(s.cue().start(), s.cue().end(), g.cueStart(),
            g.cueEnd())) {
          rightCue++;
        } else {
          kinds.add("cue");
        }
      }
      if (!SpanMetrics.sameSpan(s.content().start(), s.content().end(), g.contentStart(),
          g.contentEnd())) {
        kinds.add("span");
      }
      if (out != null && !kinds.isEmpty()) {
        out.add(new Disagreement(doc.id(), String.join(",", kinds), item(g), item(s),
            TextContext.sentence(facts, doc.text(), g.contentStart(), g.contentEnd())));
      }
    }
    if (out != null) {
      for (int i = 0; i < gold.size(); i++) {
        if (!goldPaired[i]) {
          GoldAttribution g = gold.get(i);
          out.add(new Disagreement(doc.id(), "missed", item(g), null,
              TextContext.sentence(facts, doc.text(), g.contentStart(), g.contentEnd())));
        }
      }
      for (int i = 0; i < sys.size(); i++) {
        if (!sysPaired[i]) {
          AttributionFact s = sys.get(i);
          out.add(new Disagreement(doc.id(), "spurious", null, item(s),
              TextContext.sentence(facts, doc.text(), s.content().start(), s.content().end())));
        }
      }
    }
    counts.put(c + " source accuracy", new Prf(withSource, withSource, rightSource, rightSource));
    counts.put(c + " cue accuracy", new Prf(withCue, withCue, rightCue, rightCue));
  }

  /** Our source's span, or any mention of its entity, overlaps the gold source. */
  static boolean sourceMatches(Speaker s, ArticleFacts facts, GoldAttribution g) {
    if (s == null) {
      return false;
    }
    if (SpanMetrics.overlaps(s.start(), s.end(), g.sourceStart(), g.sourceEnd())) {
      return true;
    }
    return s.entityId() != null && facts.entities().stream()
        .filter(e -> s.entityId().equals(e.id()))
        .flatMap(e -> e.mentions().stream())
        .anyMatch(m -> SpanMetrics.overlaps(m.start(), m.end(), g.sourceStart(), g.sourceEnd()));
  }

  private static Disagreement.Item item(GoldAttribution g) {
    return new Disagreement.Item(g.content(), g.contentStart(), g.contentEnd(), g.cue(),
        g.source());
  }

  private static Disagreement.Item item(AttributionFact a) {
    return new Disagreement.Item(a.content().text(), a.content().start(), a.content().end(),
        a.cue() == null ? null : a.cue().text(), a.source() == null ? null : a.source().text());
  }
}
