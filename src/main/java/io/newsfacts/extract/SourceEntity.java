package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * The entity a source phrase (a quotation's speaker or an attribution's source) refers to, the
 * same way for both: the name its head word is part of ("Defense Secretary Lloyd Austin"); a name
 * set beside a description in apposition ("the city's mayor, Ana Ruiz, said", the wire's usual
 * way to introduce a source); or, for a definite description alone, the name the article tied it
 * to earlier ({@link DescriptionLink}). The phrase keeps its own words and span either way.
 */
final class SourceEntity {

  private final List<EntityCluster> entities;
  private final DescriptionLink descriptions;

  SourceEntity(String text, List<EntityCluster> entities) {
    this.entities = entities;
    this.descriptions = new DescriptionLink(text, entities);
  }

  /** The entity of the phrase {@code span} grown from {@code head}, or null. */
  EntityCluster of(SemanticGraph tree, IndexedWord head, SpeakerPhrase.Span span) {
    if (span.coordinated()) {
      return null; // "Smith and Jones said" names two sources, not one entity
    }
    EntityCluster named = EntityCluster.covering(entities, head.beginPosition());
    if (named != null || !isCommonNoun(head) && !SpeakingThings.isPersonNoun(head.word())) {
      return named; // a role in capitals is a description too: "the Conservative MP"
    }
    EntityCluster apposed = apposedName(tree, head);
    return apposed != null ? apposed : descriptions.link(span.begin(), span.end(), head.word());
  }

  /**
   * A person or organisation named in apposition to the head, "the mayor, Ana Ruiz,", or right
   * after it, "Popular drinking hole The Idle Hour" ({@link SpeakerPhrase#nameAfterDescription}).
   */
  private EntityCluster apposedName(SemanticGraph tree, IndexedWord head) {
    IndexedWord named = SpeakerPhrase.nameAfterDescription(tree, head);
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      if (!edge.getRelation().toString().equals("appos") && !edge.getDependent().equals(named)) {
        continue;
      }
      EntityCluster entity = EntityCluster.covering(entities, edge.getDependent().beginPosition());
      if (entity != null && (entity.type() == EntityType.PERSON
          || entity.type() == EntityType.ORGANIZATION)) {
        return entity;
      }
    }
    return null;
  }

  private static boolean isCommonNoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NN") && !word.tag().startsWith("NNP");
  }
}
