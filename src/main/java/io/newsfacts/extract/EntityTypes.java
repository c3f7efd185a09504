package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.Map;
import java.util.Optional;

/**
 * Maps CoreNLP's NER tags onto the contract's four entity types. Tags not listed (TITLE, NUMBER,
 * MONEY, PERCENT, ORDINAL, DATE, TIME, CAUSE_OF_DEATH, CRIMINAL_CHARGE, URL, EMAIL, ...) are not
 * names and never become entities.
 */
final class EntityTypes {

  /** A contract type with the fine-grained tag kept as subtype (null where it adds nothing). */
  record Typed(EntityType type, String subtype) {}

  private static final Map<String, Typed> BY_NER_TAG = Map.ofEntries(
      Map.entry("PERSON", new Typed(EntityType.PERSON, null)),
      Map.entry("ORGANIZATION", new Typed(EntityType.ORGANIZATION, null)),
      Map.entry("LOCATION", new Typed(EntityType.LOCATION, null)),
      Map.entry("COUNTRY", new Typed(EntityType.LOCATION, "COUNTRY")),
      Map.entry("CITY", new Typed(EntityType.LOCATION, "CITY")),
      Map.entry("STATE_OR_PROVINCE", new Typed(EntityType.LOCATION, "STATE_OR_PROVINCE")),
      Map.entry("MISC", new Typed(EntityType.MISC, null)),
      Map.entry("NATIONALITY", new Typed(EntityType.MISC, "NATIONALITY")),
      Map.entry("RELIGION", new Typed(EntityType.MISC, "RELIGION")),
      Map.entry("IDEOLOGY", new Typed(EntityType.MISC, "IDEOLOGY")));

  private EntityTypes() {}

  static Optional<Typed> ofNerTag(String tag) {
    return Optional.ofNullable(tag == null ? null : BY_NER_TAG.get(tag));
  }
}
