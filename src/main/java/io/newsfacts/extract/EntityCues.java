package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrections NER cannot make because they need the words around a name, or the name's own head
 * word, which news uses the same way in every decade:
 *
 * <ul>
 *   <li>a one-word name after a noun that says what it is ("digital bank Revolut", "payments
 *       company Klarna", "the agency Reuters"), or before "spokesman", is an organisation, in
 *       every mention of the article. A tagger that has never seen a new company's name guesses a
 *       person from its shape;
 *   <li>a name whose head is a law's or an event's ("Internal Market Bill", "Ryder Cup",
 *       "Shangri-La Dialogue") is MISC, as CoNLL-2003's guidelines have it, and one whose head
 *       is a natural feature's ("Rhône Glacier") is a LOCATION, whatever NER guessed;
 *   <li>an organisation cut before "of" and its place ("Bank" + "of" + "England") is one
 *       organisation, "Bank of England".
 * </ul>
 */
final class EntityCues {

  /** Nouns that, right before a one-word name, say it names an organisation. */
  private static final Set<String> ORGANIZATION_NOUNS = Set.of("agency", "group", "bank", "club",
      "newspaper", "retailer", "firm", "insurer", "carrier", "company", "manufacturer", "maker",
      "lender", "fintech", "startup", "start-up", "airline", "broker", "brewer", "chipmaker",
      "carmaker", "automaker", "drugmaker", "conglomerate", "miner", "refiner", "exchange",
      "broadcaster", "publisher", "consultancy", "outfit", "party");

  /** Words that, right after a one-word name, say it names an organisation. */
  private static final Set<String> ORGANIZATION_SPOKESPEOPLE = Set.of("spokesman",
      "spokeswoman", "spokesperson");

  /** Head words of laws and of competitions: the name is MISC. */
  private static final Set<String> MISC_HEADS = Set.of("Act", "Bill", "Accords", "Accord",
      "Treaty", "Protocol", "Amendment", "Directive", "Cup", "Olympics", "Championship",
      "Championships", "Prix", "Marathon", "Festival", "Referendum", "War", "Open", "Summit",
      "Dialogue");

  /** Head words of natural places: the name is a LOCATION ("Rhône Glacier", "Taiwan Strait"). */
  private static final Set<String> PLACE_HEADS = Set.of("Glacier", "River", "Lake", "Mountains",
      "Island", "Islands", "Valley", "Sea", "Ocean", "Strait", "Bay", "Peninsula", "Desert",
      "Canal", "Basin", "Falls");

  /** Head words of organisations named "... of" a place. */
  private static final Set<String> ORGANIZATION_HEADS = Set.of("Bank", "University", "Church",
      "Council", "Ministry", "Institute", "Museum", "Academy", "Federation", "Association",
      "Chamber", "Court", "Parliament", "Assembly", "Government", "Embassy", "Port", "Archdiocese");

  /** The mentions with the corrections made; the list given is not changed. */
  List<NamedMention> apply(String text, List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = joinOrganisationOfPlace(text, names);
    out.replaceAll(EntityCues::typeByHead);
    return organisationsByCue(sentences, out);
  }

  private static NamedMention typeByHead(NamedMention m) {
    if (m.words().size() < 2) {
      return m;
    }
    String last = m.words().get(m.words().size() - 1);
    String head = last.isEmpty() ? last
        : last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT);
    if (MISC_HEADS.contains(head) && m.type() != EntityType.MISC) {
      return retype(m, EntityType.MISC, NameRules.miscSubtype(List.of(head)));
    }
    return PLACE_HEADS.contains(head) && m.type() != EntityType.LOCATION
        ? retype(m, EntityType.LOCATION, null) : m;
  }

  private static List<NamedMention> organisationsByCue(List<List<EntityConsistency.Token>> sentences,
      List<NamedMention> names) {
    Set<String> organisations = new HashSet<>();
    for (NamedMention m : names) {
      if (m.words().size() == 1 && m.type() != EntityType.ORGANIZATION
          && m.sentence() >= 0 && m.sentence() < sentences.size()
          && hasOrganisationCue(sentences.get(m.sentence()), m)) {
        organisations.add(key(m));
      }
    }
    if (organisations.isEmpty()) {
      return names;
    }
    List<NamedMention> out = new ArrayList<>(names.size());
    for (NamedMention m : names) {
      out.add(m.words().size() == 1 && organisations.contains(key(m))
          ? retype(m, EntityType.ORGANIZATION, null) : m);
    }
    return out;
  }

  private static boolean hasOrganisationCue(List<EntityConsistency.Token> tokens, NamedMention m) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == m.begin()) {
        return i > 0 && ORGANIZATION_NOUNS.contains(tokens.get(i - 1).word())
            || i + 1 < tokens.size()
                && ORGANIZATION_SPOKESPEOPLE.contains(tokens.get(i + 1).word());
      }
    }
    return false;
  }

  /** "Bank" ORGANIZATION, " of ", "England" LOCATION: the organisation "Bank of England". */
  private static List<NamedMention> joinOrganisationOfPlace(String text, List<NamedMention> names) {
    List<NamedMention> sorted = new ArrayList<>(names);
    sorted.sort(java.util.Comparator.comparingInt(NamedMention::begin));
    List<NamedMention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      NamedMention m = sorted.get(i);
      NamedMention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (next != null && m.type() == EntityType.ORGANIZATION
          && next.type() == EntityType.LOCATION && m.sentence() == next.sentence()
          && ORGANIZATION_HEADS.contains(m.words().get(m.words().size() - 1))
          && next.begin() > m.end() && next.begin() - m.end() <= 4
          && text.substring(m.end(), next.begin()).strip().equals("of")) {
        List<String> words = new ArrayList<>(m.words());
        words.add("of");
        words.addAll(next.words());
        out.add(new NamedMention(text.substring(m.begin(), next.end()), m.begin(), next.end(),
            m.sentence(), EntityType.ORGANIZATION, null, words));
        i++;
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static NamedMention retype(NamedMention m, EntityType type, String subtype) {
    return new NamedMention(m.text(), m.begin(), m.end(), m.sentence(), type, subtype, m.words());
  }

  private static String key(NamedMention m) {
    return EntityClusterer.nameKey(m.text());
  }
}
