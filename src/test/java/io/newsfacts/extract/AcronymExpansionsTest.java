package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansions before bracketed acronyms, in sentences of our own; [TYPE ...] marks NER. */
class AcronymExpansionsTest {

  private final StringBuilder text = new StringBuilder();
  private final List<List<EntityConsistency.Token>> sentences = new ArrayList<>();
  private final List<NamedMention> names = new ArrayList<>();

  private void sentence(String line) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    List<EntityConsistency.Token> tokens = new ArrayList<>();
    EntityType type = null;
    String subtype = null;
    int begin = -1;
    List<String> words = new ArrayList<>();
    for (String raw : line.split(" ")) {
      if (raw.startsWith("[")) {
        type = switch (raw.substring(1)) {
          case "PER" -> EntityType.PERSON;
          case "ORG" -> EntityType.ORGANIZATION;
          case "LOC", "COUNTRY", "CITY" -> EntityType.LOCATION;
          default -> EntityType.MISC;
        };
        subtype = raw.equals("[COUNTRY") || raw.equals("[CITY") ? raw.substring(1) : null;
        continue;
      }
      boolean closes = raw.endsWith("]");
      String word = closes ? raw.substring(0, raw.length() - 1) : raw;
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int at = text.length();
      text.append(word);
      tokens.add(new EntityConsistency.Token(word, at, text.length(), type != null));
      if (type != null) {
        if (words.isEmpty()) {
          begin = at;
        }
        words.add(word);
      }
      if (closes) {
        names.add(new NamedMention(text.substring(begin), begin, text.length(), sentences.size(),
            type, subtype, words));
        type = null;
        words = new ArrayList<>();
      }
    }
    sentences.add(tokens);
  }

  private List<String> corrected() {
    return new AcronymExpansions().apply(text.toString(), sentences, names).stream()
        .map(m -> m.text() + "/" + m.type() + (m.subtype() == null ? "" : "/" + m.subtype()))
        .toList();
  }

  @Test
  void aCommitteeCutAtItsHeadIsTakenToTheWholeExpansion() {
    sentence("The [ORG Committee] on Foreign Investment in the [COUNTRY United States] ( CFIUS )"
        + " reviewed the deal .");
    assertThat(corrected()).containsExactly(
        "Committee on Foreign Investment in the United States/ORGANIZATION");
  }

  @Test
  void aLowercaseWordInsideTheExpansionIsSkipped() {
    sentence("Britain 's [ORG Medicines] and Healthcare products Regulatory Agency ( MHRA ) met .");
    assertThat(corrected()).containsExactly(
        "Medicines and Healthcare products Regulatory Agency/ORGANIZATION");
  }

  @Test
  void lettersThatDoNotSpellTheAcronymLeaveTheNames() {
    sentence("The [ORG Port] of [CITY Tilbury] ( PLA ) said so .");
    assertThat(corrected()).containsExactly("Port/ORGANIZATION", "Tilbury/LOCATION/CITY");
  }

  @Test
  void anExpansionNerFoundNothingInIsLeftAlone() {
    sentence("The Quick Brown Fox ( QBF ) is a phrase .");
    assertThat(corrected()).isEmpty();
  }

  @Test
  void aPersonInsideTheSpanStopsTheJoin() {
    sentence("Visiting [PER Kofi Annan] Rwanda ( KAR ) left .");
    assertThat(corrected()).containsExactly("Kofi Annan/PERSON");
  }
}
