package io.newsfacts.extract;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "residents in Davenport, Iowa", "a nurse from Lincoln, Nebraska": news names a town with its
 * state or country after a comma, and many towns bear a person's name, which NER then tags as
 * one. A name after a preposition of place, followed by a comma and a state or country, is that
 * town; a person is not "in Jackson, Mississippi". So is the name after a person's age, "of" or
 * "from": "Peter Holmes, 52, of Leeds".
 */
final class TownsWithTheirState {

  private static final Set<String> OF_PLACE = Set.of("in", "from", "near", "outside", "of",
      "at", "to", "around");
  private static final Set<String> REGIONS = Set.of("STATE_OR_PROVINCE", "COUNTRY");
  private static final Pattern AGE_THEN_HOME = Pattern.compile(", \\d{1,3}, (?:of|from) ");

  private TownsWithTheirState() {}

  /** The mentions with such towns typed as cities; the list given is not changed. */
  static List<NamedMention> retyped(String text, List<NamedMention> names) {
    List<NamedMention> out = new ArrayList<>(names);
    for (int i = 0; i < out.size(); i++) {
      NamedMention m = out.get(i);
      if (m.type() == EntityType.PERSON && afterPlacePreposition(text, m)
          && names.stream().anyMatch(region -> isRegionAfterComma(text, m, region))
          || m.type() != EntityType.LOCATION
          && names.stream().anyMatch(person -> isHomeOfPersonAged(text, person, m))) {
        out.set(i, new NamedMention(m.text(), m.begin(), m.end(), m.sentence(),
            EntityType.LOCATION, "CITY", m.words()));
      }
    }
    return out;
  }

  /**
   * "Peter Holmes, 52, of Leeds,", "Robert Kline, 34, from Evanston": after a person's name and
   * age news gives where they live, a town NER may read as a company or a person.
   */
  private static boolean isHomeOfPersonAged(String text, NamedMention person, NamedMention town) {
    return person.type() == EntityType.PERSON && person.end() < town.begin()
        && AGE_THEN_HOME.matcher(text.substring(person.end(), town.begin())).matches();
  }

  private static boolean afterPlacePreposition(String text, NamedMention m) {
    return OF_PLACE.contains(m.wordBefore(text).toLowerCase(Locale.ROOT));
  }

  private static boolean isRegionAfterComma(String text, NamedMention town, NamedMention region) {
    return region.type() == EntityType.LOCATION && region.subtype() != null
        && REGIONS.contains(region.subtype())
        && region.begin() > town.end()
        && text.substring(town.end(), region.begin()).equals(", ");
  }
}
