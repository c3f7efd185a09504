package io.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Mention;
import io.newsfacts.model.Phrase;
import io.newsfacts.model.Quote;
import io.newsfacts.model.Speaker;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Reported speech on the article page: content marked with its source, statements by source. */
class AttributionMarksTest {

  private static final String TEXT =
      "Mayor Ines Duval said the ferry would run all winter. “We have the boats,” Duval said. "
          + "The harbour office warned that ice could close the port.";

  private static ArticleFacts facts() {
    Speaker duval = new Speaker("Mayor Ines Duval", 0, 16, "E1");
    Entity entity = new Entity("E1", "Ines Duval", EntityType.PERSON, null,
        List.of(new Mention("Ines Duval", 6, 16, 0), new Mention("Duval", 75, 80, 1)));
    Quote quote = new Quote("Q1", "We have the boats,", 55, 73, 1,
        new Speaker("Duval", 75, 80, "E1"), "said");
    return new ArticleFacts(ArticleFacts.SCHEMA_VERSION, "t", null, null, null, null, List.of(),
        TEXT, List.of(), List.of(entity), List.of(), List.of(quote), List.of(
            new AttributionFact("A1", duval, new Phrase("said", 17, 21),
                new Phrase("the ferry would run all winter", 22, 52), List.of()),
            new AttributionFact("A2", new Speaker("Duval", 75, 80, "E1"),
                new Phrase("said", 81, 85), new Phrase("“We have the boats,”", 54, 74),
                List.of("Q1")),
            new AttributionFact("A3", new Speaker("The harbour office", 87, 105, null),
                new Phrase("warned", 106, 112),
                new Phrase("that ice could close the port", 113, 142), List.of())));
  }

  @Test
  void marksReportedContentWithItsSourceButLeavesQuotedOnesToTheirQuote() {
    ArticlePage page = ArticlePageBuilder.build(facts(), "../");
    Element html = Jsoup.parseBodyFragment(page.markedTextHtml()).body();
    assertThat(html.wholeText()).isEqualTo(TEXT);
    Element reported = html.getElementById("attribution-A1");
    assertThat(reported.text()).isEqualTo("the ferry would run all winter");
    assertThat(reported.attr("data-source")).isEqualTo("Ines Duval");
    assertThat(reported.attr("data-tip")).contains("said");
    assertThat(html.getElementById("attribution-A3").attr("data-source"))
        .isEqualTo("The harbour office");
    assertThat(html.getElementById("attribution-A2")).isNull();
    assertThat(html.getElementById("quote-Q1")).isNotNull();
  }

  @Test
  void groupsStatementsBySourceEntityQuotedOrNot() {
    ArticlePage page = ArticlePageBuilder.build(facts(), "../");
    assertThat(page.attributionCount()).isEqualTo(3);
    assertThat(page.sourceGroups()).extracting(ArticlePage.SourceGroup::source)
        .containsExactly("Ines Duval", "The harbour office");
    ArticlePage.SourceGroup duval = page.sourceGroups().get(0);
    assertThat(duval.entityId()).isEqualTo("E1");
    assertThat(duval.statements()).extracting(ArticlePage.StatementItem::anchor)
        .containsExactly("attribution-A1", "quote-Q1");
    assertThat(duval.statements()).extracting(ArticlePage.StatementItem::quoted)
        .containsExactly(false, true);
  }
}
