package io.newsfacts.extract;

import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Phrase;
import io.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Joins the relations read from the trees with the quotations: a quotation inside (or overlapping)
 * a relation's content is listed in its {@code quoteIds} and the content grows to hold its marks;
 * a credited quotation no tree relation holds ("“…,” he said." parsed without a clausal link,
 * "X said: “…”", a continued quotation) becomes a relation of its own, with the speaker and cue
 * the quotation already has, so every quotation in {@code quotes} that has a speaker is here too.
 */
final class AttributionAssembler {

  private final String text;
  private final CodePoints cp;
  private final Map<EntityCluster, String> entityIds;

  AttributionAssembler(String text, CodePoints cp, Map<EntityCluster, String> entityIds) {
    this.text = text;
    this.cp = cp;
    this.entityIds = entityIds;
  }

  /** Relation under construction, char offsets. */
  private static final class Draft {
    int sourceBegin;
    int sourceEnd;
    EntityCluster entity;
    int cueBegin;
    int cueEnd;
    int contentBegin;
    int contentEnd;
    final List<Integer> quotes = new ArrayList<>();
  }

  List<AttributionFact> assemble(List<ReportedSpeech.Found> found,
      List<QuoteFinder.Found> quotes, List<Attribution> speakers) {
    List<Draft> drafts = new ArrayList<>();
    for (ReportedSpeech.Found f : found) {
      Draft d = new Draft();
      d.sourceBegin = f.sourceBegin();
      d.sourceEnd = f.sourceEnd();
      d.entity = f.entity();
      d.cueBegin = f.cueBegin();
      d.cueEnd = f.cueEnd();
      d.contentBegin = f.contentBegin();
      d.contentEnd = f.contentEnd();
      drafts.add(d);
    }
    for (int q = 0; q < quotes.size(); q++) {
      QuoteFinder.Found quote = quotes.get(q);
      Attribution speaker = speakers.get(q);
      Draft holder = holder(drafts, quote);
      if (holder != null) {
        holder.quotes.add(q);
        holder.contentBegin = Math.min(holder.contentBegin, quote.open());
        holder.contentEnd = Math.max(holder.contentEnd, quote.end());
        if (speaker != null && speaker.begin() < holder.sourceEnd
            && holder.sourceBegin < speaker.end() && speaker.entity() != null) {
          holder.entity = speaker.entity(); // the quotation's speaker, resolved alike
        }
      } else if (speaker != null) {
        Draft own = fromQuote(q, quote, speaker);
        Draft same = sameCue(drafts, own);
        if (same == null) {
          drafts.add(own);
        } else { // "“A,” she said, “B.”": one cue, one relation, its content running over both
          same.quotes.add(q);
          same.contentBegin = Math.min(same.contentBegin, own.contentBegin);
          same.contentEnd = Math.max(same.contentEnd, own.contentEnd);
        }
      }
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.contentBegin)
        .thenComparingInt(d -> d.cueBegin));
    List<AttributionFact> facts = new ArrayList<>();
    for (Draft d : drafts) {
      facts.add(toFact("A" + (facts.size() + 1), d));
    }
    return facts;
  }

  /** A relation built from an earlier quotation with the same source and cue words in place. */
  private static Draft sameCue(List<Draft> drafts, Draft own) {
    if (own.cueBegin < 0) {
      return null;
    }
    for (Draft d : drafts) {
      if (!d.quotes.isEmpty() && d.cueBegin == own.cueBegin && d.sourceBegin == own.sourceBegin) {
        return d;
      }
    }
    return null;
  }

  /** The relation whose content overlaps the quotation most, if any. */
  private static Draft holder(List<Draft> drafts, QuoteFinder.Found quote) {
    Draft best = null;
    int bestOverlap = 0;
    for (Draft d : drafts) {
      int overlap = Math.min(d.contentEnd, quote.end()) - Math.max(d.contentBegin, quote.open());
      if (overlap > bestOverlap) {
        best = d;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private Draft fromQuote(int q, QuoteFinder.Found quote, Attribution speaker) {
    Draft d = new Draft();
    d.sourceBegin = speaker.begin();
    d.sourceEnd = speaker.end();
    d.entity = speaker.entity();
    d.contentBegin = quote.open();
    d.contentEnd = quote.end();
    int[] cue = locateCue(speaker, quote);
    d.cueBegin = cue[0];
    d.cueEnd = cue[1];
    d.quotes.add(q);
    return d;
  }

  /**
   * Where the quotation's cue is written: the occurrence of its words outside the quotation nearest
   * the speaker (the speaker machinery gives the cue's words, not their place); none when the
   * speaker was carried over from an earlier quotation and no cue is near.
   */
  private int[] locateCue(Attribution speaker, QuoteFinder.Found quote) {
    String cue = speaker.cue();
    if (cue == null || cue.isBlank()) {
      return new int[] {-1, -1};
    }
    int best = -1;
    int window = 200;
    int from = Math.max(0, Math.min(speaker.begin(), quote.open()) - window);
    int to = Math.min(text.length(), Math.max(speaker.end(), quote.end()) + window);
    for (int i = text.indexOf(cue, from); i >= 0 && i + cue.length() <= to;
        i = text.indexOf(cue, i + 1)) {
      boolean inQuote = i >= quote.open() && i < quote.end();
      if (!inQuote && (best < 0
          || Math.abs(i - speaker.begin()) < Math.abs(best - speaker.begin()))) {
        best = i;
      }
    }
    return best < 0 ? new int[] {-1, -1} : new int[] {best, best + cue.length()};
  }

  private AttributionFact toFact(String id, Draft d) {
    Speaker source = d.sourceBegin < 0 ? null
        : new Speaker(text.substring(d.sourceBegin, d.sourceEnd), cp.of(d.sourceBegin),
            cp.of(d.sourceEnd), d.entity == null ? null : entityIds.get(d.entity));
    Phrase cue = d.cueBegin < 0 ? null
        : new Phrase(text.substring(d.cueBegin, d.cueEnd), cp.of(d.cueBegin), cp.of(d.cueEnd));
    Phrase content = new Phrase(text.substring(d.contentBegin, d.contentEnd),
        cp.of(d.contentBegin), cp.of(d.contentEnd));
    return new AttributionFact(id, source, cue, content,
        d.quotes.stream().map(q -> "Q" + (q + 1)).toList());
  }
}
