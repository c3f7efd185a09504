package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Names in the shapes of today's wire copy, on articles of our own, through the real pipeline. */
@Tag("models")
class ModernNamesTest {

  private static List<String> entities(String text) {
    ArticleFacts f = SharedPipeline.get().process(Articles.of(text, "2020-11-09"));
    return f.entities().stream()
        .map(e -> e.name() + "/" + e.type() + (e.subtype() == null ? "" : "/" + e.subtype()))
        .toList();
  }

  private static List<String> mentions(String text, String name) {
    ArticleFacts f = SharedPipeline.get().process(Articles.of(text, "2020-11-09"));
    return f.entities().stream().filter(e -> e.name().equals(name))
        .flatMap(e -> e.mentions().stream().map(m -> m.text()))
        .toList();
  }

  @Test
  void aDatelineIsThePlaceTheStoryWasFiledFrom() {
    assertThat(entities("SEATTLE (Reuters) - The planemaker won approval on Wednesday."))
        .contains("SEATTLE/LOCATION/CITY", "Reuters/ORGANIZATION");
  }

  @Test
  void aCoordinatedInstituteIsOneOrganisation() {
    assertThat(entities("Anthony Fauci, director of the National Institute of Allergy and "
        + "Infectious Diseases, called the data extraordinary."))
        .contains("National Institute of Allergy and Infectious Diseases/ORGANIZATION");
  }

  @Test
  void theCapitalsHeadlineRepeatsTheCompanyOfTheStory() {
    assertThat(mentions("PFIZER SAYS VACCINE DATA DUE THIS MONTH\n\n"
        + "Pfizer expects to have safety data by the third week of November, its chief executive "
        + "said on Friday.", "Pfizer"))
        .containsExactly("PFIZER", "Pfizer");
  }

  @Test
  void anAcronymAfterItsExpansionIsTheSameOrganisation() {
    assertThat(mentions("Nik Storonsky told the Financial Times the licence mattered.\n\n"
        + "He told the FT that lending would follow.", "Financial Times"))
        .containsExactly("Financial Times", "FT");
  }

  @Test
  void aBillIsALaw() {
    assertThat(entities("The prime minister said the Internal Market Bill would stay."))
        .contains("Internal Market Bill/MISC/LAW");
  }

  @Test
  void aQuotedCrossHeadIsNoName() {
    assertThat(entities("The ministers met in Tokyo.\n\n\u2018Grave Danger\u2019\n\n"
        + "The talks ended on Friday.")).noneMatch(e -> e.startsWith("Grave Danger"));
  }
}
