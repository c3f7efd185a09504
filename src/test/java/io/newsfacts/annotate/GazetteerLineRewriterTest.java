package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerLineRewriterTest {

  @Test
  void keepsLiteralEntriesByteForByte() {
    String line = "abu dhabi\tCITY\tLOCATION\t2";
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
  }

  @Test
  void escapedDotsBecomeOneQuotedWord() {
    assertThat(GazetteerLineRewriter.rewrite("u\\.s\\.\tCOUNTRY\tLOCATION\t1"))
        .containsExactly("( \"u.s.\" )\tCOUNTRY\tLOCATION\t1");
  }

  @Test
  void optionalCharactersExpandToEveryString() {
    assertThat(GazetteerLineRewriter.rewrite("Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"))
        .containsExactly(
            "( \"Calif\" )\tSTATE_OR_PROVINCE\tLOCATION\t1",
            "( \"Calif.\" )\tSTATE_OR_PROVINCE\tLOCATION\t1");
  }

  @Test
  void multiWordEntriesExpandToEveryCombination() {
    assertThat(GazetteerLineRewriter.rewrite("Lt\\.? Gen\\.?\tTITLE\tMISC\t2")).containsExactly(
        "( \"Lt\" \"Gen\" )\tTITLE\tMISC\t2",
        "( \"Lt\" \"Gen.\" )\tTITLE\tMISC\t2",
        "( \"Lt.\" \"Gen\" )\tTITLE\tMISC\t2",
        "( \"Lt.\" \"Gen.\" )\tTITLE\tMISC\t2");
  }

  @Test
  void alternativesAndCharacterClassesExpand() {
    assertThat(GazetteerLineRewriter.rewrite("mormon\\/lds|[Ll]ds\tRELIGION\tMISC\t1"))
        .containsExactly(
            "( \"Lds\" )\tRELIGION\tMISC\t1",
            "( \"lds\" )\tRELIGION\tMISC\t1",
            "( \"mormon/lds\" )\tRELIGION\tMISC\t1");
  }

  @Test
  void entriesWithALiteralWordStayAsTheyAreBecauseThatWordIsIndexed() {
    String line = "washington d\\.c\\.\tCITY\tLOCATION\t2";
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
  }

  @Test
  void unboundedRegexesStayRegexes() {
    String line = "secretary-of-.*\tTITLE\tMISC\t3";
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
  }

  @Test
  void regexesWithTooManyStringsStayRegexes() {
    String line = "[a-z][a-z]\\.\tTITLE\tMISC\t1"; // 676 strings
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
  }

  @Test
  void javaOnlySyntaxStaysARegex() {
    String shorthand = "\\w+\\.com\tURL\tMISC\t1";
    String flags = "(?i)abc\\.\tURL\tMISC\t1";
    assertThat(GazetteerLineRewriter.rewrite(shorthand)).containsExactly(shorthand);
    assertThat(GazetteerLineRewriter.rewrite(flags)).containsExactly(flags);
  }

  @Test
  void stringsThatCannotBeQuotedStayRegexes() {
    String line = "\\\"-sovereigntism-\\\"\tIDEOLOGY\tMISC\t3";
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
  }

  @Test
  void tokensRegexLinesAndLinesWithoutColumnsAreLeftAlone() {
    assertThat(GazetteerLineRewriter.rewrite("( /a\\.b/ )\tX\tMISC\t1"))
        .containsExactly("( /a\\.b/ )\tX\tMISC\t1");
    assertThat(GazetteerLineRewriter.rewrite("no columns")).containsExactly("no columns");
  }

  @Test
  void dropsPlacesJoinedToAParticiple() {
    assertThat(GazetteerLineRewriter.rewrite("moscow-backed\tCITY\tMISC\t1")).isEmpty();
    assertThat(GazetteerLineRewriter.rewrite("new york-born\tCITY\tMISC\t2")).isEmpty();
    assertThat(GazetteerLineRewriter.rewrite("L\\.?A\\.?-area\tCITY\tMISC")).isEmpty();
  }

  @Test
  void keepsNamesThatMerelyContainAParticiple() {
    String line = "born\tCITY\tLOCATION\t1";
    String hyphenated = "la-massana\tCITY\tLOCATION\t2";
    assertThat(GazetteerLineRewriter.rewrite(line)).containsExactly(line);
    assertThat(GazetteerLineRewriter.rewrite(hyphenated)).containsExactly(hyphenated);
  }
}
