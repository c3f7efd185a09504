package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsfacts.model.TimexType;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadersTest {

  static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>DOC1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
      <TITLE>Not &amp; text</TITLE>
      <TEXT>
      Zoë &quot;met&quot; 😀 <EVENT eid="e1">them</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="1998-01" beginPoint="t0"></TIMEX3>
      </TEXT>
      </TimeML>
      """;

  @Test
  void timeMlTextWithoutTagsAndTimexInsideTextOnly() throws Exception {
    GoldDocument doc = TimeMlReader.read(
        new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)), "fallback");
    assertEquals("DOC1", doc.id());
    assertEquals(LocalDate.of(1998, 1, 8), doc.publishedDate());
    assertEquals("\nZoë \"met\" 😀 them yesterday for a week.\n", doc.text());
    // t0 (DCT) and the empty t3 are not gold mentions.
    assertEquals(2, doc.dates().size());
    GoldDate yesterday = doc.dates().get(0);
    assertEquals(new GoldDate("yesterday", 18, 27, TimexType.DATE, "1998-01-07"), yesterday);
    // Code points: the emoji is one code point but two chars.
    String text = doc.text();
    assertEquals("yesterday", text.substring(text.offsetByCodePoints(0, 18),
        text.offsetByCodePoints(0, 27)));
    assertEquals(new GoldDate("a week", 32, 38, TimexType.DURATION, "P1W"), doc.dates().get(1));
  }

  @Test
  void timeMlRejectsBrokenXml() {
    assertThrows(Exception.class, () -> TimeMlReader.read(new ByteArrayInputStream(
        "<TimeML><TEXT>x</TimeML>".getBytes(StandardCharsets.UTF_8)), "x"));
  }

  @Test
  void conllRebuildsTextAndChunksLikeConlleval() {
    String conll = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP I-ORG
        rejects VBZ B-VP O
        German JJ B-NP I-MISC
        call NN I-NP O
        . . O O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER
        in IN O O
        São NNP B-NP B-LOC
        Paulo NNP I-NP I-LOC
        B NNP I-NP B-LOC

        -DOCSTART- -X- -X- O

        Bonn NNP B-NP B-LOC
        """;
    List<GoldDocument> docs = ConllReader.read(conll, "dev");
    assertEquals(2, docs.size());
    GoldDocument d = docs.get(0);
    assertEquals("dev-001", d.id());
    assertNull(d.publishedDate());
    assertEquals("EU rejects German call .\n\nPeter Blackburn in São Paulo B", d.text());
    assertEquals(List.of(
        new GoldEntity("EU", 0, 2, "ORG"),
        new GoldEntity("German", 11, 17, "MISC"),
        new GoldEntity("Peter Blackburn", 26, 41, "PER"),
        new GoldEntity("São Paulo", 45, 54, "LOC"),
        new GoldEntity("B", 55, 56, "LOC")), d.entities());
    assertEquals(List.of(new GoldEntity("Bonn", 0, 4, "LOC")), docs.get(1).entities());
    assertEquals("dev-002", docs.get(1).id());
  }

  @Test
  void conllChunkBoundaries() {
    assertEquals(true, ConllReader.startOfChunk("O", "I-PER"));
    assertEquals(false, ConllReader.startOfChunk("B-PER", "I-PER"));
    assertEquals(true, ConllReader.startOfChunk("I-PER", "I-ORG"));
    assertEquals(true, ConllReader.endOfChunk("I-PER", "B-PER"));
    assertEquals(false, ConllReader.endOfChunk("B-PER", "I-PER"));
  }

  static Path fixture() throws URISyntaxException {
    return Path.of(ReadersTest.class.getResource("quotes-fixture.jsonl").toURI());
  }

  @Test
  void quoteJsonlFixture() throws Exception {
    List<GoldDocument> docs = QuoteJsonlReader.read(fixture());
    assertEquals(2, docs.size());
    GoldDocument one = docs.get(0);
    assertEquals(LocalDate.of(2024, 6, 3), one.publishedDate());
    assertEquals("We will not back down,", one.quotes().get(0).text());
    assertEquals("Lee Jong-sup", one.quotes().get(0).speakerName());
    GoldDocument two = docs.get(1);
    assertNull(two.publishedDate());
    // After a non-BMP emoji: code-point offsets still select the quote.
    assertEquals("Prices rose again.", two.quotes().get(0).text());
    assertEquals("Nothing changed,", two.quotes().get(1).text());
    assertNull(two.quotes().get(1).speakerName());
  }

  @Test
  void quoteJsonlRejectsSpansOutsideText() {
    assertThrows(IllegalArgumentException.class, () -> QuoteJsonlReader.parse(
        "{\"id\":\"x\",\"text\":\"abc\",\"quotes\":[{\"start\":1,\"end\":9}]}"));
  }

  @Test
  void attributionWithTwoApostropheQuotationIsDirectWhateverTheFlag() throws Exception {
    String text = "''We will not back down,'' she said. Prices rose, he said.";
    GoldDocument doc = AttributionJsonlReader.parse("{\"id\":\"x\",\"text\":\"" + text
        + "\",\"attributions\":[{\"content\":{\"start\":0,\"end\":26,\"text\":\""
        + text.substring(0, 26) + "\"},\"direct\":false},"
        + "{\"content\":{\"start\":37,\"end\":48,\"text\":\"" + text.substring(37, 48)
        + "\"},\"direct\":false}]}");
    assertEquals(List.of(true, false),
        doc.attributions().stream().map(GoldAttribution::direct).toList());
  }
}
