package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.annotate.TitleCase;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Ban Ki-moon, the secretary general of the United Nations,", "Hun Sen, Cambodia's longtime
 * leader,", "Secretary-General Ban Ki-moon said": news introduces a person by name with their
 * office, in apposition after the name or as a title before it. A tagger trained on older
 * Western newswire leaves many names from elsewhere untagged or mistypes them
 * ("Ngozi Okonjo-Iweala" a LOCATION, "Moon Jae-in" MISC), and then the article's main speaker is
 * no entity at all. A run of proper nouns set before such an apposition is a person: it becomes
 * one when NER left it untagged or called it a place or MISC. Not when NER called it an
 * organisation, and not for offices that organisations hold too ("the owner of", "the biggest
 * producer of", "the market leader"): "Nigeria, the biggest producer of oil," is still a country.
 * Before a name, an office makes a person only of two or more untagged or MISC proper nouns
 * ("Secretary-General Ban Ki-moon"), so that "Captain America" stays a film's name.
 */
final class NamesWithOffices {

  /** Proper nouns in a name; "Ban Ki-moon" has two, "Tedros Adhanom Ghebreyesus" three. */
  private static final int MAX_NAME_TOKENS = 4;
  /** Words an apposition may hold before its office: "the", "Cambodia's longtime", "Dutch". */
  private static final int MAX_LEAD_TOKENS = 5;
  /** Title words that also open names of things as adjectives. */
  private static final Set<String> TITLES_ALSO_ADJECTIVES = Set.of("general", "premier", "chief",
      "major", "principal", "senior", "junior", "master", "grand", "royal", "federal", "supreme",
      "national", "first", "prime");
  /** Fewer words than this tell no headline from a short sentence. */
  private static final int HEADLINE_WORDS = 3;
  /** Fine-grained tags of places: the name NER gave may be a place it mistook a person for. */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  /** Offices NER tags TITLE that an organisation or a country may also hold. */
  private static final Set<String> ALSO_HELD_BY_BODIES = Set.of("owner", "producer", "maker",
      "manufacturer", "founder", "sponsor", "operator", "manager", "publisher", "distributor",
      "supplier", "developer", "provider", "builder", "partner", "investor", "shareholder",
      "creditor", "lender", "buyer", "seller", "importer", "exporter", "member", "host",
      "champion", "winner", "holder", "employer", "broker", "agent", "contractor", "consultant",
      "adviser", "advisor", "regulator", "authority", "administrator", "trustee", "guarantor",
      "underwriter", "organizer", "organiser", "backer", "donor", "ally", "rival", "chair");
  /** Where an apposition's office ends: its "of"-phrase, the closing comma, the sentence end. */
  private static final Set<String> AFTER_OFFICE = Set.of("of", "at", "for", "in", ",", ".",
      "to", "and", "-LRB-", "(");

  private NamesWithOffices() {}

  /**
   * The mentions with each name introduced with an office made a person: a place or MISC name NER
   * tagged becomes a person, an untagged name is added. The list given is not changed.
   */
  static List<NamedMention> apply(String text, List<CoreSentence> sentences,
      List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).tokens();
      if (TitleCase.isMostlyCapitalised(tokens.stream().map(CoreLabel::word).toList(),
          HEADLINE_WORDS)) {
        continue; // "Christian Speaker Just Shared This Prayer": capitals tell nothing
      }
      for (int title = 0; title + 1 < tokens.size(); title++) {
        if (isTitle(tokens.get(title)) && !isTitle(tokens.get(title + 1))
            && !isAdjectiveAlone(tokens, title)) {
          int end = nameEnd(tokens, title + 1);
          if (end - (title + 1) >= 2 && !(end < tokens.size()
              && "PERSON".equals(tokens.get(end).ner()))) {
            retype(text, tokens, title + 1, end, s, out);
          }
        }
      }
      for (int comma = 1; comma < tokens.size(); comma++) {
        if (!tokens.get(comma).word().equals(",") || !introducesOffice(tokens, comma + 1)) {
          continue;
        }
        int first = nameStart(tokens, comma);
        if (first < comma && !(first > 0 && rulesOutANameAfter(tokens.get(first - 1)))) {
          retype(text, tokens, first, comma, s, out);
        }
      }
    }
    return out;
  }

  /**
   * Where the run of proper nouns ending right before {@code comma} starts ({@code comma} if
   * none). Words NER tagged PERSON end it: there NER found the name, and what it left out before
   * it is a title ("Lord Goschen, minister for aviation,").
   */
  private static int nameStart(List<CoreLabel> tokens, int comma) {
    int first = comma;
    while (first > 0 && comma - first < MAX_NAME_TOKENS && isNameWord(tokens.get(first - 1))) {
      first--;
    }
    return first;
  }

  /**
   * "General Consumer Price Index", "Premier League": a title word that is also an adjective, with
   * no other title word before it, opens the name of a thing ("Secretary General Ban Ki-moon"
   * has one before it).
   */
  private static boolean isAdjectiveAlone(List<CoreLabel> tokens, int title) {
    return TITLES_ALSO_ADJECTIVES.contains(tokens.get(title).word().toLowerCase(Locale.ROOT))
        && (title == 0 || !isTitle(tokens.get(title - 1)));
  }


  /**
   * Where the run of untagged or MISC proper nouns starting at {@code from} ends. Places are
   * left out here: after a title they are mostly the office's ("President Mali" is rare, "Mayor
   * London Breed" a person NER finds).
   */
  private static int nameEnd(List<CoreLabel> tokens, int from) {
    int end = from;
    while (end < tokens.size() && end - from < MAX_NAME_TOKENS && isNameWord(tokens.get(end))
        && !PLACE_TAGS.contains(tokens.get(end).ner())) {
      end++;
    }
    return end;
  }

  private static boolean isNameWord(CoreLabel token) {
    String ner = token.ner();
    return PennTags.isProperNoun(token.tag())
        && Character.isUpperCase(token.word().codePointAt(0))
        && (ner == null || ner.equals("O") || ner.equals("MISC") || PLACE_TAGS.contains(ner));
  }

  /**
   * Whether the tokens from {@code from} are an apposition naming a person's office: a few words
   * of determiner, possessor, nationality or adjective, then an office NER tags TITLE ending the
   * noun phrase ("the secretary general of", "Cambodia's longtime leader,").
   */
  private static boolean introducesOffice(List<CoreLabel> tokens, int from) {
    int i = from;
    while (i < tokens.size() && i - from < MAX_LEAD_TOKENS && !isTitle(tokens.get(i))) {
      if (!isLeadWord(tokens.get(i))) {
        return false;
      }
      i++;
    }
    if (i >= tokens.size() || !isTitle(tokens.get(i))) {
      return false;
    }
    if (i > from && PennTags.isCommonNoun(tokens.get(i - 1).tag())) {
      return false; // "the market leader": a noun before the office says it is no person's
    }
    int last = i;
    while (last + 1 < tokens.size() && isTitle(tokens.get(last + 1))) {
      last++;
    }
    String office = tokens.get(last).word().toLowerCase(Locale.ROOT);
    return !ALSO_HELD_BY_BODIES.contains(office)
        && (last + 1 == tokens.size() || AFTER_OFFICE.contains(tokens.get(last + 1).word()));
  }

  private static boolean isTitle(CoreLabel token) {
    return "TITLE".equals(token.ner());
  }

  private static boolean isLeadWord(CoreLabel token) {
    String tag = token.tag() == null ? "" : token.tag();
    return tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS") || tag.startsWith("JJ")
        || PennTags.isProperNoun(tag) || tag.equals("VBN") || tag.equals("RBS")
        || tag.equals("HYPH");
  }

  /**
   * "In Kenya, the president of the senate said": a fronted place, not a person; "the 5th Street
   * Gym, a student of …": a name after a determiner, a number or an adjective is a thing's; and
   * after a person's name it is the name's suffix ("Harry F. Byrd Sr.,").
   */
  private static boolean rulesOutANameAfter(CoreLabel token) {
    String tag = token.tag() == null ? "" : token.tag();
    return "PERSON".equals(token.ner()) // "Vann R. Newkirk II,": a suffix, not a name
        || tag.equals("IN") || tag.equals("TO") || tag.equals("DT") || tag.equals("CD")
        || tag.startsWith("JJ") || tag.equals("PRP$");
  }

  /**
   * Makes tokens {@code [first, end)} one PERSON mention: mentions inside it are dropped, and
   * nothing is done when a mention reaches outside it or is an organisation.
   */
  private static void retype(String text, List<CoreLabel> tokens, int first, int end,
      int sentence, List<NamedMention> out) {
    int begin = tokens.get(first).beginPosition();
    int stop = tokens.get(end - 1).endPosition();
    List<NamedMention> inside = new ArrayList<>();
    for (NamedMention m : out) {
      if (m.begin() < stop && begin < m.end()) {
        if (m.begin() < begin || m.end() > stop || m.type() == EntityType.ORGANIZATION) {
          return;
        }
        inside.add(m);
      }
    }
    out.removeAll(inside);
    List<String> words = new ArrayList<>();
    for (int i = first; i < end; i++) {
      words.add(tokens.get(i).word());
    }
    out.add(new NamedMention(text.substring(begin, stop), begin, stop, sentence,
        EntityType.PERSON, null, words));
  }
}
