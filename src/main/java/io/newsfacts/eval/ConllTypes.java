package io.newsfacts.eval;

import io.newsfacts.model.EntityType;

/**
 * The one mapping of NewsFacts entity types onto CoNLL-2003's: PERSON→PER, ORGANIZATION→ORG,
 * LOCATION→LOC, MISC→MISC. (Both systems' outputs are {@link EntityType}s by the time they are
 * scored; CoreNLP's own fine-grained tags are mapped to EntityType by the baseline's converter.)
 */
public final class ConllTypes {

  /** CoNLL's four types, in report order. */
  public static final java.util.List<String> TYPES = java.util.List.of("PER", "ORG", "LOC", "MISC");

  private ConllTypes() {}

  public static String of(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
