package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTitlesTest {

  @Test
  void countsACourtesyTitleWithOrWithoutItsStop() {
    assertThat(PersonTitles.leadingTitles(List.of("Mr", "Harper"))).isEqualTo(1);
    assertThat(PersonTitles.leadingTitles(List.of("Mrs.", "Thatcher"))).isEqualTo(1);
  }

  @Test
  void countsEveryAbbreviatedRankBeforeTheName() {
    assertThat(PersonTitles.leadingTitles(List.of("Det", "Ch", "Insp", "Paul", "Wood")))
        .isEqualTo(3);
    assertThat(PersonTitles.leadingTitles(List.of("Prof", "Ferguson"))).isEqualTo(1);
  }

  @Test
  void countsARankWrittenOutThatNerTookIntoTheName() {
    assertThat(PersonTitles.leadingTitles(List.of("Mayor", "Abraham", "D.", "Beame")))
        .isEqualTo(1);
    assertThat(PersonTitles.leadingTitles(List.of("Chair", "Jerome", "Powell"))).isEqualTo(1);
    assertThat(PersonTitles.leadingTitles(List.of("Major", "Garrett"))).isZero();
  }

  @Test
  void leavesANameWithoutTitlesWhole() {
    assertThat(PersonTitles.leadingTitles(List.of("Paul", "Wood"))).isZero();
    assertThat(PersonTitles.leadingTitles(List.of("Gene", "Hackman"))).isZero();
  }

  @Test
  void alwaysLeavesACapitalisedName() {
    assertThat(PersonTitles.leadingTitles(List.of("Mr"))).isZero();
    assertThat(PersonTitles.leadingTitles(List.of("Dr", "Dr"))).isEqualTo(1);
    assertThat(PersonTitles.leadingTitles(List.of("Mr", "hyde"))).isZero();
  }

  @Test
  void takesOnlyCourtesyTitlesAsCourtesy() {
    assertThat(PersonTitles.isCourtesyTitle("Ms")).isTrue();
    assertThat(PersonTitles.isCourtesyTitle("Miss")).isTrue();
    assertThat(PersonTitles.isCourtesyTitle("Sgt")).isFalse();
  }
}
