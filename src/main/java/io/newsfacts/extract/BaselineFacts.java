package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.Pair;
import io.newsfacts.annotate.BaselinePipeline;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import io.newsfacts.model.TextSpan;
import io.newsfacts.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plain CoreNLP's own output as NewsFacts records, for the evaluation's baseline: the entity
 * mentions that carry SUTime's TIMEX (its TimexAnnotation) as dates, with the TIMEX's type and
 * value as they are, every NER entity mention as an entity of its own (no clustering), and the
 * quote annotator's quotations with its speaker and canonical speaker. Nothing is corrected; only
 * CoreNLP's UTF-16 offsets become code points, its fine-grained NER tags our four types
 * ({@link #ENTITY_TYPES}), and its pronoun mentions ("he", "his"), which it adds for coref, are
 * not taken as named entities.
 */
public final class BaselineFacts {

  /**
   * CoreNLP NER tags (fine-grained by default) onto our entity types; other tags (TITLE, numbers,
   * dates, CAUSE_OF_DEATH, ...) are not entities.
   */
  public static final Map<String, EntityType> ENTITY_TYPES = Map.ofEntries(
      Map.entry("PERSON", EntityType.PERSON),
      Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
      Map.entry("LOCATION", EntityType.LOCATION),
      Map.entry("COUNTRY", EntityType.LOCATION),
      Map.entry("CITY", EntityType.LOCATION),
      Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION),
      Map.entry("MISC", EntityType.MISC),
      Map.entry("NATIONALITY", EntityType.MISC),
      Map.entry("RELIGION", EntityType.MISC),
      Map.entry("IDEOLOGY", EntityType.MISC));

  private static final Set<String> TIMEX_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final String QUOTE_MARKS = "\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB";

  private final BaselinePipeline pipeline;

  public BaselineFacts(BaselinePipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads plain CoreNLP's models for a task (seconds to a minute). */
  public static BaselineFacts create(BaselinePipeline.Task task) {
    return new BaselineFacts(new BaselinePipeline(task));
  }

  /** Annotates an article with plain CoreNLP and converts its output. Thread-safe. */
  public ArticleFacts process(Article article) {
    return convert(article, pipeline.annotate(article.text(), article.publishedDate()));
  }

  /** CoreNLP's annotations of {@code article.text()} as facts. */
  public static ArticleFacts convert(Article article, CoreDocument document) {
    String text = article.text();
    List<TextSpan> sentences = new ArrayList<>();
    List<DateFact> dates = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<CoreSentence> coreSentences = document.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence sentence = coreSentences.get(i);
      Pair<Integer, Integer> so = sentence.charOffsets();
      sentences.add(new TextSpan(cp(text, so.first()), cp(text, so.second())));
      for (CoreEntityMention m : sentence.entityMentions()) {
        Pair<Integer, Integer> o = m.charOffsets();
        int start = cp(text, o.first());
        int end = cp(text, o.second());
        String tag = m.entityType();
        Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          String type = timex.timexType() != null ? timex.timexType() : tag;
          String value = timex.value();
          dates.add(new DateFact(m.text(), start, end, i, timexType(type), value,
              value != null && (article.publishedDate() != null || !value.contains("X"))));
        } else if (TIMEX_TAGS.contains(tag)) {
          // A DATE/TIME tag from the statistical NER that SUTime did not recognise ("ended"):
          // no TIMEX, so neither a date nor an entity.
          continue;
        } else if (isPronoun(m)) {
          // CoreNLP's entity mentions include pronouns ("he", "his") as PERSON mentions for
          // coref; they are not named entities (CoNLL never marks pronouns), so they are left out.
          continue;
        } else if (ENTITY_TYPES.containsKey(tag)) {
          EntityType type = ENTITY_TYPES.get(tag);
          entities.add(new Entity("b" + (entities.size() + 1), m.text(), type,
              tag.equals(type.name()) ? null : tag, List.of(new Mention(m.text(), start, end, i))));
        }
      }
    }
    List<Quote> quotes = new ArrayList<>();
    if (document.annotation().containsKey(CoreAnnotations.QuotationsAnnotation.class)) {
      for (CoreQuote q : document.quotes()) {
        quotes.add(quote(text, q, sentences, entities, quotes.size() + 1));
      }
    }
    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, article.id(), article.source(),
        article.title(), article.publishedDate(), article.url(), article.authors(), text, sentences, entities, dates,
        quotes);
  }

  private static Quote quote(String text, CoreQuote q, List<TextSpan> sentences,
      List<Entity> entities, int n) {
    Pair<Integer, Integer> o = q.quoteCharOffsets();
    int begin = o.first();
    int end = o.second();
    while (begin < end && QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0) {
      begin++;
    }
    while (end > begin && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = cp(text, begin);
    int stop = cp(text, end);
    Speaker speaker = null;
    boolean hasSpeaker = q.hasSpeaker && q.speaker().isPresent();
    boolean hasCanonical = q.hasCanonicalSpeaker && q.canonicalSpeaker().isPresent();
    if (hasSpeaker || hasCanonical) {
      String entityId = null;
      if (hasCanonical) {
        // The canonical speaker becomes an entity so the speaker links to its full name.
        entityId = "q" + n + "-speaker";
        int cs = -1;
        int ce = -1;
        if (q.canonicalSpeakerCharOffsets().isPresent()) {
          cs = cp(text, q.canonicalSpeakerCharOffsets().get().first());
          ce = cp(text, q.canonicalSpeakerCharOffsets().get().second());
        }
        String name = q.canonicalSpeaker().get();
        entities.add(new Entity(entityId, name, EntityType.PERSON, null,
            cs < 0 ? List.of() : List.of(new Mention(name, cs, ce, sentenceOf(sentences, cs)))));
      }
      // Without a speaker mention the canonical speaker stands in for it.
      Optional<Pair<Integer, Integer>> offsets = hasSpeaker ? q.speakerCharOffsets()
          : q.canonicalSpeakerCharOffsets();
      int ss = offsets.map(o2 -> cp(text, o2.first())).orElse(-1);
      int se = offsets.map(o2 -> cp(text, o2.second())).orElse(-1);
      speaker = new Speaker(hasSpeaker ? q.speaker().get() : q.canonicalSpeaker().get(), ss, se,
          entityId);
    }
    return new Quote("q" + n, text.substring(begin, end), start, stop,
        sentenceOf(sentences, start), speaker, null);
  }

  /** A mention made only of pronouns (POS PRP, PRP$, WP, WP$). */
  static boolean isPronoun(CoreEntityMention m) {
    return !m.tokens().isEmpty() && m.tokens().stream()
        .allMatch(t -> t.tag() != null && (t.tag().startsWith("PRP") || t.tag().startsWith("WP")));
  }

  private static int sentenceOf(List<TextSpan> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static TimexType timexType(String type) {
    try {
      return TimexType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  /** A UTF-16 offset of {@code text} as a code-point offset. */
  static int cp(String text, int charOffset) {
    return text.codePointCount(0, Math.min(charOffset, text.length()));
  }
}
