package io.newsfacts.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The checker's normalisation and slicing agree with check_expectations.py (no pipeline needed). */
class ExpectationCheckerTest {

  @Test
  void normalisesAsThePythonScript() {
    // NFKC (full-width letters), ’ -> ', NBSP -> space, whitespace collapsed and trimmed, casefold
    assertEquals("south korea's defense", ExpectationChecker.norm(
        " \uff33outh\u00a0Korea\u2019s \n\t Defense\u2003"));
    assertEquals("strasse", ExpectationChecker.norm("STRAßE"));
    assertEquals("graubünden", ExpectationChecker.norm("Graubu\u0308nden"));
    assertEquals("", ExpectationChecker.norm(null));
  }

  @Test
  void slicesCodePointsAsPython() {
    String text = "a\uD83D\uDE00bc"; // a, 😀, b, c: four code points
    assertEquals("b", ExpectationChecker.slice(text, 2, 3));
    assertEquals("\uD83D\uDE00b", ExpectationChecker.slice(text, 1, 3));
    assertEquals("bc", ExpectationChecker.slice(text, 2, 99));
    assertEquals("", ExpectationChecker.slice(text, 3, 1));
    assertEquals("c", ExpectationChecker.slice(text, -1, 4));
  }
}
