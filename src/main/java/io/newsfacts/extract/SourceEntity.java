package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entity a source phrase (a quotation's speaker or an attribution's source) refers to, the
 * same way for both: the name its head word is part of ("Defense Secretary Lloyd Austin"); a name
 * set beside a description in apposition ("the city's mayor, Ana Ruiz, said", the wire's usual
 * way to introduce a source); or, for a definite description alone, the name the article tied it
 * to earlier ({@link DescriptionLink}) or, for "the spokesperson", whom the spokesperson
 * described before it speaks for ({@link DescribedSpokespeople}). The phrase keeps its own words
 * and span either way.
 */
final class SourceEntity {

  /** Nouns for one member of a political party, as news writes them with a capital. */
  private static final Set<String> PARTY_MEMBERS = Set.of("democrat", "republican",
      "conservative", "tory", "liberal", "socialist", "libertarian", "progressive");

  /** Bodies that speak for whom they belong to: "Netanyahu's office", "the Trump campaign". */
  private static final Set<String> BELONGING_VOICES = Set.of("office", "campaign");

  /** What a role is of: "a spokeswoman for", "chief executive of", "a partner at", "with". */
  private static final List<String> ROLE_PREPOSITIONS = List.of("of", "for", "at", "with");

  private final String text;
  private final List<EntityCluster> entities;
  private final List<QuoteFinder.Found> quotes;
  private final DescriptionLink descriptions;
  /** Found on first need: few sources are "the spokesperson" left unlinked. */
  private DescribedSpokespeople spokespeople;

  SourceEntity(String text, List<EntityCluster> entities, List<QuoteFinder.Found> quotes) {
    this.text = text;
    this.entities = entities;
    this.quotes = quotes;
    this.descriptions = new DescriptionLink(text, entities, quotes);
  }

  /** The entity of the phrase {@code span} grown from {@code head}, or null. */
  EntityCluster of(SemanticGraph tree, IndexedWord head, SpeakerPhrase.Span span) {
    if (span.coordinated()) {
      return null; // "Smith and Jones said" names two sources, not one entity
    }
    EntityCluster named = EntityCluster.covering(entities, head.beginPosition());
    if (named != null && isAdherentNoun(named, tree, head)) {
      named = null; // "the Democrat told a rally": the person, not the party's name
    } else if (named != null
        || !isCommonNoun(head) && !SpeakingThings.isPersonNoun(head.word())
        && !Demonyms.isPersonNoun(head.word())) {
      return named; // a role in capitals is a description too: "the Conservative MP"
    }
    EntityCluster apposed = apposedName(tree, head);
    if (apposed != null) {
      return apposed;
    }
    EntityCluster owner = ownerSpokenFor(tree, head);
    if (owner != null) {
      return owner;
    }
    EntityCluster linked = descriptions.link(span.begin(), span.end(), head.word());
    if (linked != null || !DescribedSpokespeople.isSpokesperson(head.word())
        || Subtrees.child(tree, head, "nmod:poss") != null) {
      return linked; // "the prime minister's spokesman" speaks for whom it names, not one before
    }
    if (spokespeople == null) {
      spokespeople = DescribedSpokespeople.find(text, entities, quotes);
    }
    return spokespeople.speaksForAt(head.beginPosition());
  }

  /**
   * "Netanyahu's office said", "the Clinton campaign said": an office or a campaign speaks for
   * the person or organisation it belongs to, named as its possessor or before it.
   */
  private EntityCluster ownerSpokenFor(SemanticGraph tree, IndexedWord head) {
    if (!BELONGING_VOICES.contains(head.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if (!relation.equals("nmod:poss") && !relation.equals("compound")) {
        continue;
      }
      EntityCluster owner = EntityCluster.covering(entities, edge.getDependent().beginPosition());
      if (owner != null && owner.isPersonOrOrganisation()) {
        return owner;
      }
    }
    return null;
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
      if (entity != null && entity.isPersonOrOrganisation()) {
        return entity;
      }
    }
    return personApposedToBody(tree, head);
  }

  /**
   * "a spokeswoman for the ministry, Kate Moss, said", "the chief executive of Acme Corp., John
   * Smith, said": the parser hangs the apposition on the nearest noun, the body the role is of; but
   * a body is not a person, so a person named in apposition to it names the role. One role only
   * ("seven progressives, including the group's two leaders, Pramila Jayapal" is no one person),
   * and only a body the role is "of", "for", "at" or "with".
   */
  private EntityCluster personApposedToBody(SemanticGraph tree, IndexedWord head) {
    if (head.tag() == null || head.tag().endsWith("S")) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      IndexedWord body = edge.getDependent();
      if (!edge.getRelation().toString().equals("nmod") || !isRoleOf(tree, body)
          || SpeakingThings.isPersonNoun(body.word())
          || body.lemma() != null && SpeakingThings.isPersonNoun(body.lemma())
          || isPerson(EntityCluster.covering(entities, body.beginPosition()))) {
        continue;
      }
      IndexedWord apposed = Subtrees.child(tree, body, "appos");
      EntityCluster person = apposed == null ? null
          : EntityCluster.covering(entities, apposed.beginPosition());
      if (isPerson(person)) {
        return person;
      }
    }
    return null;
  }

  private static boolean isRoleOf(SemanticGraph tree, IndexedWord body) {
    return ROLE_PREPOSITIONS.stream().anyMatch(p -> Subtrees.hasCase(tree, body, p));
  }

  private static boolean isPerson(EntityCluster entity) {
    return entity != null && entity.type() == EntityType.PERSON;
  }

  /**
   * "the Democrat", "the Wisconsin Republican", "the Brazilian", "the Scot": NER takes the noun
   * for a party's member or a nation's person as a name of its own (MISC, or a person or place
   * named "Scot" or "Argentine"), but with "the" before it names one person. Only those nouns:
   * "the American Legion" or "the Guardian" are MISC names of bodies that speak for themselves.
   */
  private static boolean isAdherentNoun(EntityCluster named, SemanticGraph tree, IndexedWord head) {
    IndexedWord det = Subtrees.child(tree, head, "det");
    if (det == null || !det.word().equalsIgnoreCase("the")) {
      return false;
    }
    return named.type() == EntityType.MISC && PARTY_MEMBERS.contains(head.word().toLowerCase())
        || Demonyms.isPersonNoun(head.word()) && named.mentions().stream().anyMatch(m ->
            m.end() == head.endPosition() && m.begin() >= det.beginPosition());
  }

  private static boolean isCommonNoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NN") && !word.tag().startsWith("NNP");
  }
}
