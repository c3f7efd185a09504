package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One named thing, with all its mentions in the article clustered together.
 * {@code name} is the fullest form; {@code subtype} is CoreNLP's fine-grained type (COUNTRY, CITY,
 * NATIONALITY, ...), or for MISC the kind the words tell (EVENT, LAW, PRODUCT, DISEASE), or null.
 */
@JsonPropertyOrder({"id", "name", "type", "subtype", "mentions"})
public record Entity(String id, String name, EntityType type, String subtype, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
