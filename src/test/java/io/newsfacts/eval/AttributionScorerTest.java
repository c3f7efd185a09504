package io.newsfacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Phrase;
import io.newsfacts.model.Speaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribution scores: content spans per class, source by span or entity, cue by span. */
class AttributionScorerTest {

  //                                 0         1         2         3         4         5
  //                                 0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "Ada Lind said rain was due. She added that “snow” is not.";

  private static Map<String, Prf> score(List<GoldAttribution> gold, List<AttributionFact> ours) {
    ArticleFacts facts = new ArticleFacts(ArticleFacts.SCHEMA_VERSION, "d", null, null, null, null,
        List.of(), TEXT, List.of(), List.of(new Entity("E1", "Ada Lind", EntityType.PERSON, null,
            List.of(new Mention("Ada Lind", 0, 8, 0)))), List.of(), List.of(), ours);
    GoldDocument doc = new GoldDocument("d", TEXT, null, List.of(), List.of(), List.of(), gold);
    return new AttributionScorer().score(doc, facts).counts();
  }

  private static GoldAttribution gold(int cs, int ce, int ss, int se, int ks, int ke,
      boolean direct) {
    return new GoldAttribution(cs, ce, TEXT.substring(cs, ce), ss, se, "s", ks, ke, "c", direct);
  }

  private static AttributionFact ours(int cs, int ce, Speaker source, int ks, int ke,
      List<String> quotes) {
    return new AttributionFact("A1", source, new Phrase(TEXT.substring(ks, ke), ks, ke),
        new Phrase(TEXT.substring(cs, ce), cs, ce), quotes);
  }

  @Test
  void exactAndOverlappingContentCountApart() {
    Map<String, Prf> c = score(List.of(gold(14, 26, 0, 8, 9, 13, false)),
        List.of(ours(14, 22, new Speaker("Ada Lind", 0, 8, "E1"), 9, 13, List.of())));
    assertThat(c.get("indirect content overlap").f1()).isEqualTo(1.0);
    assertThat(c.get("indirect content exact").f1()).isEqualTo(0.0);
    assertThat(c.get("indirect source accuracy").recall()).isEqualTo(1.0);
    assertThat(c.get("indirect cue accuracy").recall()).isEqualTo(1.0);
  }

  @Test
  void pronounSourceIsRightThroughItsEntity() {
    // we say "She" (E1); the gold marks "Ada Lind"
    Map<String, Prf> c = score(List.of(gold(38, 56, 0, 8, 32, 37, true)),
        List.of(ours(38, 56, new Speaker("She", 28, 31, "E1"), 32, 37, List.of("Q1"))));
    assertThat(c.get("direct source accuracy").recall()).isEqualTo(1.0);
    assertThat(c.get("direct content exact").f1()).isEqualTo(1.0);
  }

  @Test
  void directAndIndirectAreAlignedApart() {
    // a quoted relation of ours does not match an indirect gold one
    Map<String, Prf> c = score(List.of(gold(38, 56, 28, 31, 32, 37, false)),
        List.of(ours(38, 56, new Speaker("She", 28, 31, null), 32, 37, List.of("Q1"))));
    assertThat(c.get("indirect content overlap").recall()).isEqualTo(0.0);
    assertThat(c.get("direct content overlap").precision()).isEqualTo(0.0);
    assertThat(c.get("all content overlap").f1()).isEqualTo(1.0);
  }

  @Test
  void wrongCueAndMissingSource() {
    Map<String, Prf> c = score(List.of(gold(14, 26, 0, 8, 9, 13, false)),
        List.of(ours(14, 26, null, 28, 31, List.of())));
    assertThat(c.get("indirect source accuracy").recall()).isEqualTo(0.0);
    assertThat(c.get("indirect cue accuracy").recall()).isEqualTo(0.0);
  }

  @Test
  void readsPolnearLayoutAndSkipsEmptyContent() throws Exception {
    String line = "{\"id\":\"d\",\"text\":\"Ada said it.\",\"quotes\":[],\"attributions\":["
        + "{\"source\":{\"start\":0,\"end\":3,\"text\":\"Ada\"},\"cue\":{\"start\":4,\"end\":8,"
        + "\"text\":\"said\"},\"content\":{\"start\":9,\"end\":11,\"text\":\"it\"},\"direct\":false},"
        + "{\"source\":null,\"cue\":{\"start\":4,\"end\":8,\"text\":\"said\"},"
        + "\"content\":{\"start\":11,\"end\":9,\"text\":\"\"},\"direct\":false}]}";
    GoldDocument doc = AttributionJsonlReader.parse(line);
    assertThat(doc.attributions()).hasSize(1);
    assertThat(doc.attributions().get(0).hasSource()).isTrue();
    assertThat(doc.attributions().get(0).content()).isEqualTo("it");
  }
}
