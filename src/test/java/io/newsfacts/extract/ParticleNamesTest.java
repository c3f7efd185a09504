package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticleNamesTest {

  private static NamedMention mention(String text, String name, int sentence, EntityType type) {
    int begin = text.indexOf(name);
    return new NamedMention(name, begin, begin + name.length(), sentence, type, null,
        Arrays.asList(name.split(" ")));
  }

  private static List<String> texts(List<NamedMention> mentions) {
    return mentions.stream().map(NamedMention::text).toList();
  }

  @Test
  void joinsTwoPersonsSplitAtAParticle() {
    String text = "Crown Prince Mohammed bin Salman met Tamim bin Hamad Al Thani.";
    List<NamedMention> split = List.of(
        mention(text, "Mohammed", 0, EntityType.PERSON),
        mention(text, "Salman", 0, EntityType.PERSON),
        mention(text, "Tamim", 0, EntityType.PERSON),
        mention(text, "Hamad Al Thani", 0, EntityType.PERSON));
    List<NamedMention> joined = ParticleNames.joinedAcrossParticles(text, split);
    assertThat(texts(joined)).containsExactly("Mohammed bin Salman", "Tamim bin Hamad Al Thani");
    assertThat(joined.get(1).words()).containsExactly("Tamim", "bin", "Hamad", "Al", "Thani");
    assertThat(split).hasSize(4);
  }

  @Test
  void keepsPersonsApartAcrossOtherWordsOrSentences() {
    String text = "Smith met Jones. Brown de. Green";
    List<NamedMention> names = new ArrayList<>(List.of(
        mention(text, "Smith", 0, EntityType.PERSON),
        mention(text, "Jones", 0, EntityType.PERSON),
        mention(text, "Brown", 1, EntityType.PERSON),
        mention(text, "Green", 2, EntityType.PERSON)));
    assertThat(texts(ParticleNames.joinedAcrossParticles(text, names)))
        .containsExactly("Smith", "Jones", "Brown", "Green");
  }

  @Test
  void keepsAPlaceBesideAPersonApart() {
    String text = "Maria da Lisbon spoke.";
    List<NamedMention> names = List.of(
        mention(text, "Maria", 0, EntityType.PERSON),
        mention(text, "Lisbon", 0, EntityType.LOCATION));
    assertThat(ParticleNames.joinedAcrossParticles(text, names)).hasSize(2);
  }
}
