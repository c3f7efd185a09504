package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which common nouns can be a quotation's source. */
class SpeakingThingsTest {

  @Test
  void thingsThatCarryNoWordsAreMute() {
    assertThat(SpeakingThings.isMute("footbridge")).isTrue();
    assertThat(SpeakingThings.isMute("economy")).isTrue();
  }

  @Test
  void documentsAndMessagesSpeak() {
    assertThat(SpeakingThings.isMute("statement")).isFalse();
    assertThat(SpeakingThings.isMute("email")).isFalse();
    assertThat(SpeakingThings.isMute("ad")).isFalse();
    assertThat(SpeakingThings.isMute("headline")).isFalse();
  }

  @Test
  void peopleAndBodiesSpeak() {
    assertThat(SpeakingThings.isMute("spokesman")).isFalse();
    assertThat(SpeakingThings.isMute("ministry")).isFalse();
    assertThat(SpeakingThings.isMute("campaign")).isFalse();
  }

  @Test
  void anUnknownWordIsNotMute() {
    assertThat(SpeakingThings.isMute("frobnicator")).isFalse();
    assertThat(SpeakingThings.isMute(null)).isFalse();
  }
}
