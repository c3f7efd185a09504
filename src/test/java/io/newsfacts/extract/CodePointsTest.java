package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void countsSurrogatePairAsOneCodePoint() {
    String text = "a😀b";
    CodePoints cp = new CodePoints(text);
    assertThat(cp.of(0)).isZero();
    assertThat(cp.of(1)).isEqualTo(1);
    assertThat(cp.of(3)).isEqualTo(2);
    assertThat(cp.of(text.length())).isEqualTo(3);
  }

  @Test
  void bmpTextKeepsCharOffsets() {
    CodePoints cp = new CodePoints("Grüße “x”");
    assertThat(cp.of(7)).isEqualTo(7);
  }
}
