package io.newsfacts.extract;

import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Phrase;
import io.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the relations read from the trees with the quotations: a quotation inside (or overlapping)
 * a relation's content is listed in its {@code quoteIds} and the content grows to hold its marks;
 * a credited quotation no tree relation holds ("“…,” he said." parsed without a clausal link,
 * "X said: “…”", a continued quotation) becomes a relation of its own, with the speaker and cue
 * the quotation already has, so every quotation in {@code quotes} that has a speaker is here too.
 */
final class AttributionAssembler {

  /** Longest reporting clause inside one quotation ("Trump said of waterboarding"). */
  private static final int MAX_CUE_GAP = 45;
  /** Longest stretch of words between a cue and the quotation it introduces. */
  private static final int MAX_LEAD = 100;
  /** Cues whose next words name the one addressed ("told reporters “…”"), not the content. */
  private static final Set<String> ADDRESSING_CUES = Set.of("told", "tell", "tells", "telling",
      "asked", "ask", "asks", "asking", "thanked", "urged", "assured");
  private static final String DOUBLE_MARKS = "\u201C\u201D\u201E\"";
  /** Words that join a second report to the first content ("…, but he said …"). */
  private static final Set<String> REPORT_CONJUNCTIONS = Set.of("and", "but");
  /** Concessions that join one after a comma ("…, though she noted …"), not "that although …". */
  private static final Set<String> CONCESSIONS = Set.of("though", "although");
  /**
   * Auxiliaries and adverbs that may stand between the conjunction and the report ("and has
   * since promised") or between its source and cue ("but he later said"); any other word ("and
   * that …", "and his campaign is approaching delegates to back …") means no report is joined
   * there. Adverbs in -ly pass too.
   */
  private static final Set<String> BETWEEN_WORDS = Set.of("has", "have", "had", "is", "was",
      "were", "will", "would", "could", "did", "does", "do", "also", "then", "later", "since",
      "still", "not", "never", "already", "now", "again", "even", "too", "doesn't", "don't",
      "didn't", "hasn't", "haven't", "won't", "wouldn't");
  /** At most this many of them, before the report and between its source and cue. */
  private static final int MAX_WORDS_BETWEEN = 3;

  private final String text;
  private final CodePoints cp;
  private final Map<EntityCluster, String> entityIds;
  /** The ids of the quotes each quotation found is written as, by its index. */
  private final List<List<String>> quoteIds;

  AttributionAssembler(String text, CodePoints cp, Map<EntityCluster, String> entityIds,
      List<List<String>> quoteIds) {
    this.text = text;
    this.cp = cp;
    this.entityIds = entityIds;
    this.quoteIds = quoteIds;
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
    for (ReportedSpeech.Found f : outermost(found)) {
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
        if (holder.quotes.isEmpty() && speaker != null && speaker.begin() < holder.sourceEnd
            && holder.sourceBegin < speaker.end() && speaker.entity() != null) {
          // the quotation's speaker, resolved alike; the first quotation's, as one source
          // reports the rest ("he said that her call to “…” — a rebuttal to Trump's “…” —")
          holder.entity = speaker.entity();
        }
        holder.quotes.add(q);
        holder.contentBegin = Math.min(holder.contentBegin, quote.open());
        holder.contentEnd = Math.max(holder.contentEnd, quote.end());
      } else if (speaker != null) {
        Draft own = fromQuote(q, quote, speaker);
        dropSourcelessReadingOfCue(drafts, own);
        Draft same = sameCue(drafts, own, quote);
        if (same == null) {
          drafts.add(own);
        } else { // "“A,” she said, “B.”": one cue, one relation, its content running over both
          if (same.sourceBegin < 0 || same.entity == null && own.entity != null) {
            same.sourceBegin = own.sourceBegin; // the quotation's speaker, resolved
            same.sourceEnd = own.sourceEnd;
            same.entity = own.entity;
          }
          same.quotes.add(q);
          same.contentBegin = Math.min(same.contentBegin, own.contentBegin);
          same.contentEnd = Math.max(same.contentEnd, own.contentEnd);
        }
      }
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.contentBegin)
        .thenComparingInt(d -> d.cueBegin));
    joinAcrossCue(drafts, quotes);
    List<AttributionFact> facts = new ArrayList<>();
    for (Draft d : drafts) {
      facts.add(toFact("A" + (facts.size() + 1), d));
    }
    return facts;
  }

  /**
   * The relations whose cue no other relation reports. The PolNeAR guidelines annotate an
   * attribution inside the content of another as part of that content, not as a relation of its
   * own: "Rubio says he opposes gun violence" is one relation (Rubio, says, "he opposes gun
   * violence"), not a second one for "opposes"; of PolNeAR's 1,987 relations in train articles
   * 1-100, two have their cue inside another's content. Two relations that each hold the other's
   * cue ("A, he said, B" beside a cue in A) both stay. A relative clause with its own cue at the
   * end of another content ("blasted the delegate system, which he said runs the risk …") and a
   * participle cue after a comma (", saying …", ", according to …") and a report coordinated
   * after it ("…, but he said …", "…; 46 percent said …") are the exceptions: they are
   * statements of their own, and the other content ends before them.
   */
  List<ReportedSpeech.Found> outermost(List<ReportedSpeech.Found> found) {
    List<ReportedSpeech.Found> cut = new ArrayList<>(found);
    for (int i = 0; i < cut.size(); i++) {
      for (ReportedSpeech.Found inner : found) {
        ReportedSpeech.Found outer = cut.get(i);
        int end = inner == found.get(i) || !holdsCue(outer, inner) ? -1
            : trailingRelative(outer, inner) ? inner.contentBegin()
            : trailingParticiple(outer, inner) ? inner.cueBegin()
            : coordinatedReport(outer, inner);
        if (end > outer.contentBegin()) {
          while (end > outer.contentBegin()
              && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
          }
        }
        if (end > outer.contentBegin()) {
          cut.set(i, new ReportedSpeech.Found(outer.sourceBegin(), outer.sourceEnd(),
              outer.entity(), outer.cueBegin(), outer.cueEnd(), outer.contentBegin(), end));
        }
      }
    }
    List<ReportedSpeech.Found> kept = new ArrayList<>();
    for (ReportedSpeech.Found inner : cut) {
      boolean nested = false;
      for (ReportedSpeech.Found outer : cut) {
        if (outer != inner && holdsCue(outer, inner) && !holdsCue(inner, outer)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        kept.add(inner);
      }
    }
    return kept;
  }

  /**
   * "denounced the attacks, saying his campaign doesn't want them": a participle cue after a comma
   * is the source's next statement, and the content before it ends at the comma (in PolNeAR train
   * articles 1-399, 104 indirect contents end before ", according to", 37 before ", saying"; one
   * holds a reporting participle).
   */
  private boolean trailingParticiple(ReportedSpeech.Found outer, ReportedSpeech.Found inner) {
    String cue = text.substring(inner.cueBegin(), inner.cueEnd()).split("\\s+")[0];
    int before = inner.cueBegin() - 1;
    while (before > outer.contentBegin() && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return cue.endsWith("ing") && inner.cueBegin() > outer.contentBegin()
        && text.charAt(before) == ',';
  }

  /**
   * "Officials said the bridge was safe, but engineers warned that …", "She said she would visit
   * later and has only issued a statement", "… they were unhappy; 46 percent said …": a report
   * joined to the outer content by "and", "but", ", though" or a semicolon, with a subject of its
   * own right before its cue or with the outer relation's source, is the source's (or another
   * source's) next statement, not part of what was first reported. The PolNeAR guidelines mark
   * it as a relation of its own and end the first content before the conjunction (on train
   * articles 761-840, 4 of 1,016 gold cues lie inside another gold content). Gives where the
   * outer content ends, or -1. A report after "and that …" or "that although …", or one sharing
   * a subject inside the content ("police say he posed a threat and refused to …"), is still
   * inside the first content: the conjunction joins two things reported, not two reports.
   */
  private int coordinatedReport(ReportedSpeech.Found outer, ReportedSpeech.Found inner) {
    int at;
    if (!inner.hasSource()) {
      return -1; // a passive or a seeming with no one saying: no second statement of someone's
    } else if (inner.sourceBegin() >= outer.contentBegin()
        && inner.sourceBegin() < outer.contentEnd()) {
      if (inner.sourceEnd() > inner.cueBegin()
          || wordsBetween(inner.sourceEnd(), inner.cueBegin()) < 0) {
        return -1; // "he posed a threat and refused …": the reported clause's own subject
      }
      at = inner.sourceBegin(); // "…, but engineers warned …"
    } else if (inner.sourceBegin() == outer.sourceBegin()
        && inner.sourceEnd() == outer.sourceEnd()
        || inner.entity() != null && inner.entity() == outer.entity()) {
      at = inner.cueBegin(); // "X noted …, but did not buy …": the outer source's next statement
    } else {
      return -1;
    }
    for (int words = 0; words <= MAX_WORDS_BETWEEN; words++) {
      int end = skipSpacesBack(at, outer.contentBegin());
      if (end > outer.contentBegin() && text.charAt(end - 1) == ';') {
        return end - 1;
      }
      int begin = wordBefore(end, outer.contentBegin());
      if (begin == end || begin <= outer.contentBegin()) {
        return -1;
      }
      String word = text.substring(begin, end);
      String lower = word.toLowerCase(Locale.ROOT);
      if (opensSentence(begin, outer.contentBegin())) {
        return -1; // "… for all. And I think …": a speaker's turn going on, not a second report
      }
      if (REPORT_CONJUNCTIONS.contains(lower) || CONCESSIONS.contains(lower)
          && text.charAt(Math.max(0, skipSpacesBack(begin, outer.contentBegin()) - 1)) == ',') {
        return begin;
      }
      if (!isBetweenWord(word)) {
        return -1;
      }
      at = begin;
    }
    return -1;
  }

  /** The word at {@code begin} follows a full stop, a question or an exclamation mark. */
  private boolean opensSentence(int begin, int floor) {
    int before = skipSpacesBack(begin, floor);
    return before > floor && ".?!".indexOf(text.charAt(before - 1)) >= 0;
  }

  /** How many words lie between the two positions when all are auxiliaries or adverbs, or -1. */
  private int wordsBetween(int from, int to) {
    int count = 0;
    int end = skipSpacesBack(to, from);
    while (end > from) {
      int begin = wordBefore(end, from);
      if (begin == end || !isBetweenWord(text.substring(begin, end))
          || ++count > MAX_WORDS_BETWEEN) {
        return -1;
      }
      end = skipSpacesBack(begin, from);
    }
    return count;
  }

  private static boolean isBetweenWord(String word) {
    String normal = word.replace('\u2019', '\'');
    return normal.equals(normal.toLowerCase(Locale.ROOT))
        && (BETWEEN_WORDS.contains(normal) || normal.endsWith("ly"));
  }

  /** Where the word (letters and apostrophes) ending at {@code end} begins, not before floor. */
  private int wordBefore(int end, int floor) {
    int begin = end;
    while (begin > floor && (Character.isLetter(text.charAt(begin - 1))
        || text.charAt(begin - 1) == '\'' || text.charAt(begin - 1) == '\u2019')) {
      begin--;
    }
    return begin;
  }

  /** The position after the last non-space before {@code at}, not before {@code floor}. */
  private int skipSpacesBack(int at, int floor) {
    int end = at;
    while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code inner} opens with a relative word before its own cue and runs to the outer's end. */
  private boolean trailingRelative(ReportedSpeech.Found outer, ReportedSpeech.Found inner) {
    if (inner.contentBegin() <= outer.contentBegin() || inner.contentBegin() >= inner.cueBegin()
        || inner.contentEnd() < outer.contentEnd()) {
      return false;
    }
    String first = text.substring(inner.contentBegin()).split("\\s+", 2)[0]
        .toLowerCase(Locale.ROOT);
    return first.equals("which") || first.equals("who") || first.equals("whom");
  }

  /** The cue of {@code inner} lies inside the content of {@code outer}. */
  private static boolean holdsCue(ReportedSpeech.Found outer, ReportedSpeech.Found inner) {
    return inner.cueBegin() >= outer.contentBegin() && inner.cueEnd() <= outer.contentEnd();
  }


  /**
   * "“A,” the judge said, “B.”" and "“A,” Trump said of waterboarding. “B.”": one statement
   * broken by its own reporting clause. The PolNeAR guidelines mark it as one relation whose
   * content runs from the first part to the last, the reporting clause inside; a relation holding
   * either part grows over the other when its cue sits between them, within one paragraph, with
   * no other quotation between. The other part's own relation, if it names another source, is a
   * different statement and both stay.
   */
  private void joinAcrossCue(List<Draft> drafts, List<QuoteFinder.Found> quotes) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.quotes.isEmpty() || d.cueBegin < 0) {
        continue;
      }
      for (int q = 0; q < quotes.size(); q++) {
        QuoteFinder.Found quote = quotes.get(q);
        boolean before = quote.end() <= d.contentBegin && opensWithQuote(d, quotes)
            && cueBetween(d, quote.end(), d.contentBegin);
        boolean after = quote.open() >= d.contentEnd && endsWithQuote(d, quotes)
            && cueBetween(d, d.contentEnd, quote.open());
        if (!before && !after || d.quotes.contains(q)) {
          continue;
        }
        Draft other = holding(drafts, d, q);
        if (other != null && (!sameSource(d, other)
            || other.cueBegin >= 0 && other.cueBegin != d.cueBegin)) {
          continue; // another statement, with a cue of its own
        }
        d.contentBegin = Math.min(d.contentBegin, quote.open());
        d.contentEnd = Math.max(d.contentEnd, quote.end());
        d.quotes.add(q);
        if (other != null) {
          for (int oq : other.quotes) {
            if (!d.quotes.contains(oq)) {
              d.quotes.add(oq);
            }
          }
          d.contentBegin = Math.min(d.contentBegin, other.contentBegin);
          d.contentEnd = Math.max(d.contentEnd, other.contentEnd);
          int at = drafts.indexOf(other);
          drafts.remove(at);
          if (at < i) {
            i--;
          }
        }
        d.quotes.sort(Comparator.naturalOrder());
      }
    }
  }

  /** The relation other than {@code d} that lists quotation {@code q}, if any. */
  private static Draft holding(List<Draft> drafts, Draft d, int q) {
    for (Draft o : drafts) {
      if (o != d && o.quotes.contains(q)) {
        return o;
      }
    }
    return null;
  }

  /** The draft's cue lies in the gap [from, to), a short stretch of one paragraph, no quote mark. */
  private boolean cueBetween(Draft d, int from, int to) {
    if (d.cueBegin < from || d.cueEnd > to || to - from > MAX_CUE_GAP) {
      return false;
    }
    String gap = text.substring(from, to);
    return gap.indexOf('\n') < 0 && gap.chars().noneMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0);
  }

  private static boolean opensWithQuote(Draft d, List<QuoteFinder.Found> quotes) {
    return d.quotes.stream().anyMatch(q -> quotes.get(q).open() == d.contentBegin);
  }

  private static boolean endsWithQuote(Draft d, List<QuoteFinder.Found> quotes) {
    return d.quotes.stream().anyMatch(q -> quotes.get(q).end() == d.contentEnd);
  }

  private static boolean sameSource(Draft a, Draft b) {
    if (a.sourceBegin < 0 || b.sourceBegin < 0) {
      return true;
    }
    return (a.sourceBegin < b.sourceEnd && b.sourceBegin < a.sourceEnd)
        || (a.entity != null && a.entity == b.entity);
  }

  /**
   * "“… to sing Jimmy Buffett!” said someone in the public who called in": the parser may take a
   * word of the quotation for the verb's subject and the speaker for its object, and the tree then
   * reads a relation with no source whose content, after the cue, is the speaker. One cue makes
   * one report: the quotation's relation replaces that reading.
   */
  private static void dropSourcelessReadingOfCue(List<Draft> drafts, Draft own) {
    if (own.cueBegin >= 0) {
      drafts.removeIf(d -> d.quotes.isEmpty() && d.sourceBegin < 0 && d.cueBegin == own.cueBegin
          && d.contentBegin > d.cueBegin && d.contentBegin == own.sourceBegin);
    }
  }

  /**
   * A relation with the same source and cue words in place: one built from an earlier quotation
   * ("“A,” she said, “B.”"), or the parse's reading of the clause when the parser cut it short
   * right before the quotation ("union leaders said a strike was ``all but certain.''" read as
   * "said a strike"). One cue makes one report.
   */
  private Draft sameCue(List<Draft> drafts, Draft own, QuoteFinder.Found quote) {
    if (own.cueBegin < 0) {
      return null;
    }
    for (Draft d : drafts) {
      if (d.cueBegin == own.cueBegin && (d.quotes.isEmpty() ? sameSource(d, own)
          && endsRightBefore(d, quote) : d.sourceBegin == own.sourceBegin)) {
        return d;
      }
    }
    return null;
  }

  /** The content ends at most a few words before the quotation, nothing setting them off. */
  private boolean endsRightBefore(Draft d, QuoteFinder.Found quote) {
    if (d.contentEnd > quote.open() || d.contentEnd <= d.cueEnd) {
      return false;
    }
    String gap = text.substring(d.contentEnd, quote.open()).strip();
    return gap.isEmpty() || gap.matches("[\\p{L}']+(\\s+[\\p{L}']+){0,2}");
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
    d.contentBegin = clauseAfterCue(d, quote);
    return d;
  }


  /**
   * "described his leadership skills as a “work in progress”", "said that “…”": the words
   * between the cue and the quotation belong to the reported clause, and the PolNeAR guidelines
   * start the content right after the cue. Only when the cue comes first in the same sentence,
   * close before the quotation, with no other quotation between; "he said: “…”" keeps the
   * quotation alone.
   */
  private int clauseAfterCue(Draft d, QuoteFinder.Found quote) {
    if (d.cueBegin < 0 || d.cueEnd > quote.open() || quote.open() - d.cueEnd > MAX_LEAD
        || d.sourceBegin >= d.cueEnd && d.sourceBegin < quote.open()) {
      return quote.open();
    }
    String gap = text.substring(d.cueEnd, quote.open());
    String cueWord = text.substring(d.cueBegin, d.cueEnd).split("\\s+")[0]
        .toLowerCase(Locale.ROOT);
    if (ADDRESSING_CUES.contains(cueWord) // "told reporters “…”": the one addressed
        || gap.indexOf('\n') >= 0 || gap.chars().anyMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0)
        || gap.matches("(?s).*[.!?;:]\\s.*") || gap.strip().endsWith(":")) {
      return quote.open();
    }
    int b = d.cueEnd;
    while (b < quote.open() && (Character.isWhitespace(text.charAt(b))
        || ",:;\u2014".indexOf(text.charAt(b)) >= 0)) {
      b++;
    }
    return b;
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
        d.quotes.stream().flatMap(q -> quoteIds.get(q).stream()).toList());
  }
}
