package io.newsfacts.report;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The marks of one article: every entity mention, date, quotation, quote speaker and reported
 * (unquoted) attributed content, with the
 * attributes the page's CSS and JS rely on ({@code data-entity} links a speaker to the mentions it
 * highlights; {@code data-tip} is what hover or focus shows).
 */
final class ArticleMarks {

  private ArticleMarks() {}

  static List<Mark> of(ArticleFacts facts) {
    Map<String, Entity> entitiesById = new HashMap<>();
    facts.entities().forEach(e -> entitiesById.put(e.id(), e));
    List<Mark> marks = new ArrayList<>();
    for (Entity entity : facts.entities()) {
      for (Mention mention : entity.mentions()) {
        marks.add(entityMark(entity, mention));
      }
    }
    for (int i = 0; i < facts.dates().size(); i++) {
      marks.add(dateMark(facts.dates().get(i), i + 1));
    }
    for (Quote quote : facts.quotes()) {
      Entity speakerEntity = quote.speaker() == null || quote.speaker().entityId() == null
          ? null : entitiesById.get(quote.speaker().entityId());
      marks.add(quoteMark(quote, speakerEntity));
      if (quote.speaker() != null) {
        marks.add(speakerMark(quote, quote.speaker(), speakerEntity));
      }
    }
    for (AttributionFact attribution : facts.attributions()) {
      if (!attribution.direct()) { // a quoted one is marked as its quotation
        Entity sourceEntity = attribution.source() == null
            || attribution.source().entityId() == null
            ? null : entitiesById.get(attribution.source().entityId());
        marks.add(reportedMark(attribution, sourceEntity));
      }
    }
    return marks;
  }

  /** The id of an attribution's content mark (reported speech; quoted speech links its quote). */
  static String attributionAnchor(AttributionFact attribution) {
    return "attribution-" + attribution.id();
  }

  /** Who an attribution credits: the linked entity's name, else the words, else "unnamed". */
  static String sourceName(AttributionFact attribution, Entity sourceEntity) {
    return attribution.source() == null ? "unnamed source"
        : speakerName(attribution.source(), sourceEntity);
  }

  /** The id of the n-th date's element (1-based), used by the timeline links. */
  static String dateAnchor(int number) {
    return "date-" + number;
  }

  static String quoteAnchor(Quote quote) {
    return "quote-" + quote.id();
  }

  /** The name a quote is credited to: the linked entity's canonical name, else the text as written. */
  static String speakerName(Speaker speaker, Entity speakerEntity) {
    return speakerEntity != null ? speakerEntity.name() : speaker.text();
  }

  static String typeLabel(Entity entity) {
    String type = entity.type() == null ? "MISC" : entity.type().name();
    return entity.subtype() == null ? type : type + " / " + entity.subtype();
  }

  static String typeClass(Entity entity) {
    return "ent-" + (entity.type() == null ? "misc" : entity.type().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static Mark entityMark(Entity entity, Mention mention) {
    return new Mark(MarkKind.ENTITY, mention.start(), mention.end(), "mark", List.of(
        attr("class", "mk ent " + typeClass(entity)),
        attr("data-entity", entity.id()),
        attr("data-type", entity.type() == null ? "MISC" : entity.type().name()),
        attr("data-tip", entity.name() + " · " + typeLabel(entity)),
        attr("tabindex", "0")));
  }

  private static Mark dateMark(DateFact date, int number) {
    String value = date.value() == null ? "no value" : date.value();
    String tip = value + " · " + date.type() + (date.anchored() ? "" : " · not anchored");
    return new Mark(MarkKind.DATE, date.start(), date.end(), "span", List.of(
        attr("id", dateAnchor(number)),
        attr("class", date.anchored() ? "mk date" : "mk date unanchored"),
        attr("data-type", String.valueOf(date.type())),
        attr("data-value", value),
        attr("data-tip", tip),
        attr("tabindex", "0")));
  }

  private static Mark quoteMark(Quote quote, Entity speakerEntity) {
    List<Mark.Attribute> attributes = new ArrayList<>(List.of(
        attr("id", quoteAnchor(quote)),
        attr("class", "mk quote"),
        attr("data-quote", quote.id())));
    if (quote.speaker() != null) {
      attributes.add(attr("data-speaker", speakerName(quote.speaker(), speakerEntity)));
      if (speakerEntity != null) {
        attributes.add(attr("data-speaker-entity", speakerEntity.id()));
      }
    } else {
      attributes.add(attr("data-speaker", "unattributed"));
      attributes.add(attr("data-unattributed", "true"));
    }
    return new Mark(MarkKind.QUOTE, quote.start(), quote.end(), "span", attributes);
  }

  private static Mark reportedMark(AttributionFact attribution, Entity sourceEntity) {
    String source = sourceName(attribution, sourceEntity);
    String cue = attribution.cue() == null ? "" : " (" + attribution.cue().text() + ")";
    List<Mark.Attribute> attributes = new ArrayList<>(List.of(
        attr("id", attributionAnchor(attribution)),
        attr("class", "mk reported"),
        attr("data-attribution", attribution.id()),
        attr("data-source", source),
        attr("data-tip", "Reported: " + source + cue)));
    if (sourceEntity != null) {
      attributes.add(attr("data-source-entity", sourceEntity.id()));
    }
    return new Mark(MarkKind.REPORTED, attribution.content().start(), attribution.content().end(),
        "span", attributes);
  }

  private static Mark speakerMark(Quote quote, Speaker speaker, Entity speakerEntity) {
    List<Mark.Attribute> attributes = new ArrayList<>();
    attributes.add(attr("class", "mk speaker"));
    attributes.add(attr("data-speaker-of", quote.id()));
    if (speakerEntity != null) {
      // A button-like span: clicking or pressing Enter highlights every mention of the entity.
      attributes.add(attr("data-entity", speakerEntity.id()));
      attributes.add(attr("role", "button"));
      attributes.add(attr("tabindex", "0"));
      attributes.add(attr("aria-pressed", "false"));
      attributes.add(attr("data-tip", "Speaker of " + quote.id() + ": " + speakerEntity.name()
          + " · click to highlight all mentions"));
    } else {
      attributes.add(attr("data-tip", "Speaker of " + quote.id() + ": " + speaker.text()));
    }
    return new Mark(MarkKind.SPEAKER, speaker.start(), speaker.end(), "span", attributes);
  }

  private static Mark.Attribute attr(String name, String value) {
    return new Mark.Attribute(name, value);
  }
}
