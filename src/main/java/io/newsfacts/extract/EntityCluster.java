package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.List;

/** Mentions judged to name one thing, with the name, type and subtype chosen for it. */
public record EntityCluster(String name, EntityType type, String subtype, List<NamedMention> mentions) {
  public EntityCluster {
    mentions = List.copyOf(mentions);
  }

  /** Where the entity is first named, for a stable reading order. */
  public int firstBegin() {
    return mentions.get(0).begin();
  }

  /** A person or an organisation: who can speak, be quoted or be a source. */
  boolean isPersonOrOrganisation() {
    return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
  }

  /** The entity one of whose mentions covers the character at {@code position}, or null. */
  static EntityCluster covering(List<EntityCluster> entities, int position) {
    for (EntityCluster entity : entities) {
      for (NamedMention mention : entity.mentions()) {
        if (mention.begin() <= position && position < mention.end()) {
          return entity;
        }
      }
    }
    return null;
  }
}
