package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.TimexType;
import io.newsfacts.testing.Articles;
import io.newsfacts.testing.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Dates and entities on tiny articles through the real pipeline. */
@Tag("models")
class DatesAndEntitiesTest {

  private static ArticleFacts run(String text, String publishedDate) {
    return SharedPipeline.get().process(Articles.of(text, publishedDate));
  }

  private static DateFact date(ArticleFacts f, String text) {
    return f.dates().stream().filter(d -> d.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + f.dates()));
  }

  private static List<String> names(ArticleFacts f) {
    return f.entities().stream().map(Entity::name).toList();
  }

  @Test
  void aMonthThatRecursEachYearStaysYearless() {
    ArticleFacts f = run("The marchers walk through the old town each July, as their fathers did.",
        "1998-03-22");
    assertThat(date(f, "each July").type()).isEqualTo(TimexType.SET);
    assertThat(date(f, "each July").value()).isEqualTo("XXXX-07");
  }

  @Test
  void resolvesWeekdayAgainstPublicationDate() {
    ArticleFacts f = run("The ministers met on Saturday in Oslo.", "2023-06-03");
    assertThat(date(f, "Saturday").value()).isEqualTo("2023-06-03");
    assertThat(date(f, "Saturday").anchored()).isTrue();
  }

  @Test
  void pastTenseWeekdayResolvesToTheWeekBeforePublication() {
    ArticleFacts f = run("The company announced the deal on Friday.", "2024-05-22");
    assertThat(date(f, "Friday").value()).isEqualTo("2024-05-17");
  }

  @Test
  void futureTenseWeekdayResolvesToTheComingOne() {
    ArticleFacts f = run("The minister will visit Lyon on Monday.", "2024-05-22");
    assertThat(date(f, "Monday").value()).isEqualTo("2024-05-27");
  }

  @Test
  void plannedInfinitiveWeekdayResolvesToTheComingOne() {
    ArticleFacts f = run("The minister is due to visit the site on Monday.", "2024-09-06");
    assertThat(date(f, "Monday").value()).isEqualTo("2024-09-09");
  }

  @Test
  void simplePresentEventVerbPointsAhead() {
    ArticleFacts f = run("The harbour board meets Tuesday to set new fees.", "2024-05-23");
    assertThat(date(f, "Tuesday").value()).isEqualTo("2024-05-28");
  }

  @Test
  void scheduledAndPayableDatesPointAhead() {
    ArticleFacts f = run("The hearing is scheduled for Thursday.", "2024-05-27");
    assertThat(date(f, "Thursday").value()).isEqualTo("2024-05-30");
    ArticleFacts g = run("The board declared a dividend, payable Jan. 5.", "2024-11-20");
    assertThat(date(g, "Jan. 5").value()).isEqualTo("2025-01-05");
  }

  @Test
  void weekdayAndPartOfDayAreOneDate() {
    ArticleFacts f = run("The ferry left Bergen on Friday night and docked at noon Sunday.",
        "2024-05-22");
    assertThat(date(f, "Friday night").value()).isEqualTo("2024-05-17TNI");
    assertThat(date(f, "noon Sunday").value()).isEqualTo("2024-05-19T12:00");
    assertThat(f.dates()).extracting(DateFact::text).doesNotContain("night", "noon");
  }

  @Test
  void agesNamesAndFractionsAreNoDates() {
    ArticleFacts f = run("A 6-year-old boy met Sandra Day O'Connor. Farms lost three-quarters of"
        + " their crop.", "2024-05-22");
    assertThat(f.dates()).isEmpty();
  }

  @Test
  void quarterOfAGameIsNoDate() {
    ArticleFacts f = run("The Hawks trailed by nine points in the fourth quarter, then won in"
        + " overtime. The brewer's sales rose 4 percent in the third quarter.", "2024-05-22");
    assertThat(f.dates()).extracting(DateFact::text)
        .noneMatch(t -> t.contains("fourth"))
        .anyMatch(t -> t.contains("third quarter"));
  }

  @Test
  void minuteOfAMatchAndARaceTimeAreNoDates() {
    ArticleFacts f = run("The visitors drew level in the 71st minute. Ortiz won the mile in 3:52.18,"
        + " and Baptiste was second in 3:53.40.", "2024-05-22");
    assertThat(f.dates()).isEmpty();
  }

  @Test
  void seasonPluralEndingANameIsNoDate() {
    ArticleFacts f = run("Hikers were stuck at the Victoria Falls lodge, said Larry Summers.",
        "2024-05-22");
    assertThat(f.dates()).isEmpty();
  }

  @Test
  void monthBeforeARangeEndTakesItsYear() {
    ArticleFacts f = run("The mine shipped ore between April and June 1995 and again from"
        + " November to February 1996.", "1998-03-12");
    assertThat(date(f, "April").value()).isEqualTo("1995-04");
    assertThat(date(f, "November").value()).isEqualTo("1995-11");
  }

  @Test
  void monthUnderAGerundAfterSinceIsPast() {
    ArticleFacts f = run("The Kiwis are making their first trip to the island since boycotting a"
        + " match in February after a riot in the port.", "1996-08-23");
    assertThat(date(f, "February").value()).isEqualTo("1996-02");
  }

  @Test
  void weekdayUnderAPassiveGerundTakesItsClausesTense() {
    // published on a Saturday: SUTime takes the nearer Tuesday, the coming one
    ArticleFacts f = run("After being fined $5,000 by the club on Tuesday, the winger scored"
        + " twice.", "1996-08-24");
    assertThat(date(f, "Tuesday").value()).isEqualTo("1996-08-20");
  }

  @Test
  void infinitiveOfPurposeTakesAFutureGoverningVerb() {
    // the parse hangs "Wednesday" on "discuss"; published on a Friday, SUTime takes the nearer
    // Wednesday, the last one
    ArticleFacts f = run("Farm ministers will meet in Oslo on Wednesday to discuss what to do,"
        + " she added.", "1996-08-23");
    assertThat(date(f, "Wednesday").value()).isEqualTo("1996-08-28");
  }

  @Test
  void frequencyWordIsASet() {
    ArticleFacts f = run("The ferry runs daily flights to the island.", "2024-05-22");
    assertThat(date(f, "daily").type()).isEqualTo(io.newsfacts.model.TimexType.SET);
  }

  @Test
  void aYearEarlierIsTheSentencesPeriodAYearBefore() {
    ArticleFacts f = run("For the six months ended Aug. 12, the chain earned $6 million, against"
        + " $4 million a year earlier.", "2024-09-20");
    assertThat(date(f, "a year earlier").value()).isEqualTo("2023-08-12");
  }

  @Test
  void resolvesLastYearAgainstPublicationDate() {
    ArticleFacts f = run("Exports fell last year.", "2023-06-03");
    assertThat(date(f, "last year").value()).isEqualTo("2022");
  }

  @Test
  void leavesRelativeValueUnanchoredWithoutPublicationDate() {
    ArticleFacts f = run("Exports fell last year, and the minister spoke on Monday.", null);
    assertThat(date(f, "last year").anchored()).isFalse();
    assertThat(date(f, "Monday").anchored()).isFalse();
  }

  @Test
  void oneDayAfterAModalIsAnIndefiniteFuture() {
    ArticleFacts f = run("Engineers say the bridge will one day carry trains.", "2024-05-22");
    assertThat(date(f, "one day").value()).isEqualTo("FUTURE_REF");
    assertThat(date(f, "one day").type()).isEqualTo(io.newsfacts.model.TimexType.DATE);
  }

  @Test
  void supposedToPointsAhead() {
    ArticleFacts f = run("The talks are supposed to end by July.", "2024-09-06");
    assertThat(date(f, "July").value()).isEqualTo("2025-07");
  }

  @Test
  void hasToPointsAheadAndHadToBehind() {
    ArticleFacts f = run("The budget still has to pass a June vote in the council.", "2019-03-04");
    assertThat(date(f, "June").value()).isEqualTo("2019-06");
    ArticleFacts g = run("The budget had to pass a June vote in the council.", "2019-03-04");
    assertThat(date(g, "June").value()).isEqualTo("2018-06");
  }

  @Test
  void presentProgressiveOfAnEventPointsAhead() {
    ArticleFacts f = run("The singer is leaving on Jan. 12 for a tour, her agent said.", "2018-12-04");
    assertThat(date(f, "Jan. 12").value()).isEqualTo("2019-01-12");
  }

  @Test
  void weekdayInAComparisonTakesTheSentencesTense() {
    ArticleFacts f = run("Sales were 12.5 million units, down from 14.1 million Tuesday.",
        "2019-03-07");
    assertThat(date(f, "Tuesday").value()).isEqualTo("2019-03-05");
  }

  @Test
  void endOfAMonthFollowsTheTenseLikeTheMonth() {
    ArticleFacts f = run("The club paid the fees through the end of November.", "2019-03-04");
    assertThat(date(f, "the end of November").value()).isEqualTo("2018-11");
  }

  @Test
  void modalMayAfterADateIsNoMonth() {
    ArticleFacts f = run("Floods by 2050 may ruin the harbour, engineers warned.", "2019-03-04");
    assertThat(date(f, "2050").value()).isEqualTo("2050");
  }

  @Test
  void appositionAfterADateIsLeftOut() {
    ArticleFacts f = run("She joined the firm in 2004, the year it went public.", "2019-03-04");
    assertThat(date(f, "2004").value()).isEqualTo("2004");
    ArticleFacts g = run("But in January, the month after the vote, the court stalled.",
        "2019-06-04");
    assertThat(date(g, "January").value()).isEqualTo("2019-01");
  }

  @Test
  void periodOfAYearIsADurationAndAYear() {
    ArticleFacts f = run("Donations in the last three months of 2018 fell sharply.", "2019-03-04");
    assertThat(date(f, "the last three months").value()).isEqualTo("P3M");
    assertThat(date(f, "2018").value()).isEqualTo("2018");
  }

  @Test
  void countWithMoreIsTheDuration() {
    ArticleFacts f = run("The mayor wants to stay in office for two more years.", "2019-03-04");
    assertThat(date(f, "two more years").value()).isEqualTo("P2Y");
  }

  @Test
  void yearlessDatelineIsTheFilingDayBeforePublication() {
    ArticleFacts f = run("HALIFAX, Dec. 30 (AP) _ The ferry sailed on Monday.", "2024-01-02");
    assertThat(date(f, "Dec. 30").value()).isEqualTo("2023-12-30");
    assertThat(date(f, "Monday").value()).isEqualTo("2024-01-01");
  }

  @Test
  void yearlessDatelineWithoutPublicationDateAnchorsNothing() {
    ArticleFacts f = run("HALIFAX, Dec. 30 (AP) _ The ferry sailed on Monday.", null);
    assertThat(date(f, "Dec. 30").anchored()).isFalse();
    assertThat(date(f, "Monday").anchored()).isFalse();
  }

  @Test
  void wireDatelinePlaceIsACityNotAState() {
    ArticleFacts f = run("WASHINGTON (AP) _ The Senate passed the budget on Tuesday.",
        "1998-02-11");
    assertThat(entity(f, "WASHINGTON").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(f, "WASHINGTON").subtype()).isEqualTo("CITY");
  }

  @Test
  void wireDatelineCountryStaysACountry() {
    ArticleFacts f = run("BAHRAIN (Reuters) - The central bank held rates on Friday.",
        "2019-04-12");
    assertThat(entity(f, "BAHRAIN").subtype()).isEqualTo("COUNTRY");
  }

  @Test
  void absoluteDateIsAnchoredWithoutPublicationDate() {
    ArticleFacts f = run("The plant opened in March 2019.", null);
    assertThat(date(f, "March 2019").value()).isEqualTo("2019-03");
    assertThat(date(f, "March 2019").anchored()).isTrue();
  }

  @Test
  void keepsHyphenatedNamesWhole() {
    ArticleFacts f = run("Lee Jong-sup met Jean-Pierre Martin at the Shangri-La Dialogue.",
        "2023-06-03");
    assertThat(names(f)).contains("Lee Jong-sup", "Jean-Pierre Martin", "Shangri-La Dialogue");
  }

  @Test
  void pronounsTitlesNumbersAndMoneyAreNotEntities() {
    ArticleFacts f = run("President Ana Silva said she would spend $5 million on 300 schools. "
        + "Her plan was approved.", "2023-06-03");
    assertThat(names(f)).containsExactly("Ana Silva");
  }

  @Test
  void nationalityIsMiscAndCountryIsLocationWithSubtype() {
    ArticleFacts f = run("Japanese officials flew to Kenya.", "2023-06-03");
    Entity japanese = f.entities().stream().filter(e -> e.name().equals("Japanese")).findFirst()
        .orElseThrow();
    Entity kenya = f.entities().stream().filter(e -> e.name().equals("Kenya")).findFirst()
        .orElseThrow();
    assertThat(japanese.type()).isEqualTo(EntityType.MISC);
    assertThat(japanese.subtype()).isEqualTo("NATIONALITY");
    assertThat(kenya.type()).isEqualTo(EntityType.LOCATION);
    assertThat(kenya.subtype()).isEqualTo("COUNTRY");
  }

  @Test
  void offsetsCountCodePoints() {
    ArticleFacts f = run("😀 Fans cheered as Maria Gomez arrived in Madrid on Friday.", "2024-05-10");
    String text = f.text();
    int[] cps = text.codePoints().toArray();
    for (Entity e : f.entities()) {
      e.mentions().forEach(m -> assertThat(new String(cps, m.start(), m.end() - m.start()))
          .isEqualTo(m.text()));
    }
    f.dates().forEach(d -> assertThat(new String(cps, d.start(), d.end() - d.start()))
        .isEqualTo(d.text()));
  }

  private static Entity entity(ArticleFacts f, String name) {
    return f.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + names(f)));
  }

  @Test
  void typesAbbreviatedPlacesFromTheGazetteersRegexEntries() {
    ArticleFacts f = run("The U.S. plan was approved in Sacramento, Calif., on Monday.", "2024-05-22");
    assertThat(entity(f, "U.S.").subtype()).isEqualTo("COUNTRY");
    assertThat(entity(f, "Calif.").subtype()).isEqualTo("STATE_OR_PROVINCE");
    assertThat(entity(f, "Sacramento").subtype()).isEqualTo("CITY");
  }

  @Test
  void placeJoinedToAParticipleIsNotALocation() {
    ArticleFacts f = run("The Moscow-backed rebels met the Paris-born designer.", "2024-05-22");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void fourDigitTimeWithAZoneIsAClockTime() {
    ArticleFacts f = run("Trading in the bond market will end early at 1400 GMT on Friday.",
        "1996-08-29");
    assertThat(date(f, "1400 GMT").type()).isEqualTo(TimexType.TIME);
    assertThat(date(f, "1400 GMT").value()).isEqualTo("1996-08-29T14:00");
  }

  @Test
  void lastAsAVerbIsNoPartOfTheDuration() {
    ArticleFacts f = run("The repairs, which will last 120 hours, cost 20 million dinars.",
        "1996-08-30");
    assertThat(date(f, "120 hours").type()).isEqualTo(TimexType.DURATION);
    assertThat(date(f, "120 hours").value()).isEqualTo("PT120H");
  }

  @Test
  void periodJoinedToAMonthIsADurationAndAMonth() {
    ArticleFacts f = run("Unemployment fell to its lowest level in 20 years in May.",
        "2000-07-04");
    assertThat(date(f, "20 years").value()).isEqualTo("P20Y");
    assertThat(date(f, "May").value()).isEqualTo("2000-05");
  }

  @Test
  void signalWordsStayOutOfTheExtent() {
    ArticleFacts f = run("The airline said it will add four flights beginning June 1.",
        "1998-05-18");
    assertThat(date(f, "June 1").value()).isEqualTo("1998-06-01");
  }

  @Test
  void manyYearsAgoIsAVaguePast() {
    ArticleFacts f = run("The alliance was set up a long time ago, many years ago.",
        "2016-09-10");
    assertThat(date(f, "many years ago").value()).isEqualTo("PAST_REF");
  }

  @Test
  void yearsLaterCountFromTheStorysLastDate() {
    ArticleFacts f = run("The pilot program began in 2007. But when Congress cut its funding two "
        + "years later, Mexico said enough.", "2016-09-28");
    assertThat(date(f, "two years later").value()).isEqualTo("2009");
  }

  @Test
  void daysLaterAndAMonthEarlierCountFromTheDateJustBefore() {
    ArticleFacts f = run("The ferry sank on Nov. 14, 2013. Four days later, divers found the "
        + "hull. Its owner had been fined a month earlier.", "2014-03-02");
    assertThat(date(f, "Four days later").value()).isEqualTo("2013-11-18");
    assertThat(date(f, "a month earlier").value()).isEqualTo("2013-10");
  }

  @Test
  void weeksEarlierCountFromAWeekdayInTheStory() {
    ArticleFacts f = run("On Sunday, a far-right candidate won the first round of the vote. Two "
        + "weeks earlier, Dutch voters rejected the treaty.", "2016-04-26");
    assertThat(date(f, "Two weeks earlier").value()).isEqualTo("2016-W14");
  }

  @Test
  void theSameMonthAYearEarlierIsTheSentencesMonthAYearBack() {
    ArticleFacts f = run("Copper imports in July fell 12 percent from the same month a year "
        + "earlier, figures released on Wednesday showed.", "1996-08-28");
    assertThat(date(f, "the same month a year earlier").value()).isEqualTo("1995-07");
  }

  @Test
  void theNextDayFollowsTheDateInTheStory() {
    ArticleFacts f = run("The council voted on July 9, 2003, and the mayor signed the order the "
        + "next day.", "2003-08-20");
    assertThat(date(f, "the next day").value()).isEqualTo("2003-07-10");
  }

  @Test
  void lastSeasonWrittenAfterItIsThisYears() {
    ArticleFacts f = run("The group submitted new data to the department last spring.",
        "1996-08-29");
    assertThat(date(f, "last spring").value()).isEqualTo("1996-SP");
  }

  @Test
  void timesPerUnitIsASet() {
    ArticleFacts f = run("The airline now flies twice a day to Paris.", "1998-05-18");
    assertThat(date(f, "twice a day").type()).isEqualTo(TimexType.SET);
    assertThat(date(f, "twice a day").value()).isEqualTo("P1D");
  }

  @Test
  void previousWeekWithoutAnEarlierDateIsTheWeekBeforePublication() {
    ArticleFacts f = run("The gold market was a picture of the previous week's position.",
        "1996-08-30");
    assertThat(date(f, "the previous week").value()).isEqualTo("1996-W34");
  }

  @Test
  void verbBeforeComingWeeksIsNoPartOfTheDate() {
    ArticleFacts f = run("The trial is expected to end in the coming weeks.", "2000-03-01");
    assertThat(date(f, "the coming weeks").value()).isEqualTo("FUTURE_REF");
  }

  @Test
  void secondBareVerbSharesTheFutureOfTheFirst() {
    ArticleFacts f = run("Banks will close on Friday afternoon and reopen Tuesday morning.",
        "1999-12-30");
    assertThat(date(f, "Tuesday morning").value()).isEqualTo("2000-01-04TMO");
  }

  @Test
  void oclockThisAfternoonIsAfterNoon() {
    ArticleFacts f = run("\"The plan should be ready by 6 o'clock this afternoon,\" he said.",
        "2016-09-12");
    assertThat(f.dates()).anyMatch(d -> "2016-09-12T18:00".equals(d.value()));
  }

  @Test
  void periodSinceAMonthIsTheMonthAndTheDuration() {
    ArticleFacts f = run("Incomes grew at a 4.8 percent rate in the three months from April "
        + "through June.", "1996-08-30");
    assertThat(date(f, "three months").value()).isEqualTo("P3M");
    assertThat(date(f, "April").value()).isEqualTo("1996-04");
    ArticleFacts g = run("It was the weakest gain for any month since January.", "1996-08-30");
    assertThat(date(g, "January").value()).isEqualTo("1996-01");
  }
  @Test
  void weekdayInANounPhraseTakesTheSentencesTense() {
    // 2024-05-22 is a Wednesday: the Friday before it is the 17th, the one after the 24th
    ArticleFacts f = run("Following Friday's debate, the senator lost ground in the polls.",
        "2024-05-22");
    assertThat(date(f, "Friday").value()).isEqualTo("2024-05-17");
    ArticleFacts g = run("Friday's debate will decide the race.", "2024-05-22");
    assertThat(date(g, "Friday").value()).isEqualTo("2024-05-24");
    // the governing verb has a tense of its own: "can win" looks ahead, whatever "said" does
    ArticleFacts h = run("The mayor said she can win the county's Friday runoff.", "2024-05-22");
    assertThat(date(h, "Friday").value()).isEqualTo("2024-05-24");
  }

  @Test
  void weekdayOnTheSubjectOfAPastCopulaIsPast() {
    // 2024-05-22 is a Wednesday. A noun or adjective with "was" heads its clause as a verb
    // does: "was" said of the event the weekday dates tells that it took place, whatever tense
    // the verb above has ("will decide")
    ArticleFacts f = run("The judges will decide whether Sunday's parade was the biggest in "
        + "years.", "2024-05-22");
    assertThat(date(f, "Sunday").value()).isEqualTo("2024-05-19");
    ArticleFacts g = run("The organisers say that Sunday's parade was the biggest in years.",
        "2024-05-22");
    assertThat(date(g, "Sunday").value()).isEqualTo("2024-05-19");
  }

  @Test
  void timeWordInsideANameIsNoDate() {
    // TimeML marks no time word that is part of a proper name: a paper, a show
    ArticleFacts f = run("The plan was first reported by the Riverton Morning Herald and later "
        + "by the Lakeside Daily.", "2024-05-22");
    assertThat(f.dates()).extracting(DateFact::text)
        .noneMatch(t -> t.contains("Morning") || t.contains("Daily"));
    ArticleFacts g = run("Tonight the council will vote on the plan, and the mayor spoke on "
        + "Friday Morning.", "2024-05-22");
    assertThat(date(g, "Tonight").value()).isEqualTo("2024-05-22TNI");
    // a headline capitalises every word: no sign of a name
    ArticleFacts h = run("The hall was full. Voters Crowd Into Town Hall For Tonight's Budget "
        + "Debate.", "2024-05-22");
    assertThat(h.dates()).extracting(DateFact::text).anyMatch(t -> t.contains("Tonight"));
  }

  @Test
  void ageBeforeARelativeDateIsLeftOutOfIt() {
    // SUTime joins "9-year-old" and "last week" into one value ("... INTERSECT P9Y"), no
    // TimeML value: the age is no time, the week is the date
    ArticleFacts f = run("A stray bullet wounded a 9-year-old last week, the police said.",
        "2024-05-22");
    assertThat(date(f, "last week").value()).isEqualTo("2024-W20");
    assertThat(f.dates()).extracting(DateFact::value).noneMatch(v -> v.contains("INTERSECT"));
  }

  @Test
  void futuresContractMonthIsTheComingOne() {
    // a contract is named for its delivery month, ahead of the trading the past tense reports
    ArticleFacts f = run("The December cocoa contract fell 12 points, and the November rally "
        + "faded.", "2021-10-14");
    assertThat(date(f, "December").value()).isEqualTo("2021-12");
    assertThat(date(f, "November").value()).isEqualTo("2020-11");
  }

  @Test
  void midDecadeIsTheDecade() {
    // SUTime reads the modal after the decade as the month: "199X-05", no TimeML value
    ArticleFacts f = run("Losses in the mid-1980s may have cut its taxes for years.",
        "2024-05-22");
    assertThat(date(f, "the mid-1980s").value()).isEqualTo("198");
  }

  @Test
  void weekdayInANounPhraseOfATenselessSentenceTakesTheReportsTense() {
    ArticleFacts f = run("The crowd gathered early. Thousands came from the coast and cheered. "
        + "The senator's Friday night rally is now the talk of the town.", "2024-05-22");
    assertThat(date(f, "Friday night").value()).isEqualTo("2024-05-17TNI");
  }

  @Test
  void weekdayAfterTheNounDayIsTheDate() {
    ArticleFacts f = run("Shares in the carmaker had a rough day Tuesday as sales slowed.",
        "2019-03-07");
    assertThat(date(f, "Tuesday").value()).isEqualTo("2019-03-05");
  }

  @Test
  void yearBeforeGrossDomesticProductIsTheYear() {
    ArticleFacts f = run("The bank cut its forecast for 1998 gross domestic product growth.",
        "1997-11-04");
    assertThat(date(f, "1998").value()).isEqualTo("1998");
  }

  @Test
  void halfOfAWrittenYearIsThatHalf() {
    ArticleFacts f = run("The brewer said its profit fell in the first half of 1995 and rose "
        + "in the 1996 second half.", "1996-09-02");
    assertThat(date(f, "the first half of 1995").value()).isEqualTo("1995-H1");
    assertThat(date(f, "the 1996 second half").value()).isEqualTo("1996-H2");
  }

  @Test
  void dayRangeAfterAMonthStartsOnItsFirstDay() {
    ArticleFacts f = run("The queen is scheduled to tour the northern provinces Oct. 12-16, her "
        + "office said.", "2001-09-20");
    assertThat(date(f, "Oct. 12").value()).isEqualTo("2001-10-12");
  }

  @Test
  void yearNamedBesideAUnitIsTheYear() {
    ArticleFacts f = run("She joined the council in 2007, the same year her brother left it.",
        "2015-02-10");
    assertThat(date(f, "2007").value()).isEqualTo("2007");
  }

  @Test
  void halvesInAResultsReportAreHalvesOfTheYear() {
    ArticleFacts f = run("The chemicals group reported a drop in first-half profit and said "
        + "sales would recover in the second half.", "2003-08-14");
    assertThat(date(f, "first-half").value()).isEqualTo("2003-H1");
    assertThat(date(f, "the second half").value()).isEqualTo("2003-H2");
  }

  @Test
  void halvesOfAMatchAreNoDates() {
    ArticleFacts f = run("The visitors scored twice in the second half to win the match.",
        "2003-08-14");
    assertThat(f.dates()).extracting(DateFact::text).doesNotContain("the second half");
  }

  @Test
  void namesThatBeginWithATimeWordAreNoDates() {
    ArticleFacts f = run("The host joked about it on Saturday Night Live, and the Daily Planet "
        + "ran the story.", "2012-04-16");
    assertThat(f.dates()).extracting(DateFact::text)
        .doesNotContain("Saturday", "Saturday Night Live", "Daily Planet");
  }

  @Test
  void dayWithAnAppositionTakesThePublicationYearThenTheTense() {
    ArticleFacts f = run("The chairman resigned on March 3, the day before the vote, and left "
        + "the country.", "2011-06-20");
    assertThat(date(f, "March 3").value()).isEqualTo("2011-03-03");
  }

  @Test
  void weekdayOnAGerundTakesTheTenseOfItsClause() {
    // Published on a Tuesday: the announcing was last Thursday, not the coming one
    ArticleFacts f = run("The mayor joined the dispute over the budget, announcing on Thursday "
        + "that she would veto it.", "2019-04-16");
    assertThat(date(f, "Thursday").value()).isEqualTo("2019-04-11");
  }

  @Test
  void ordinalSecondIsNoDuration() {
    ArticleFacts f = run("The governor is seeking a second term. A second candidate filed "
        + "papers, and for a second, nobody spoke.", "2014-05-06");
    assertThat(f.dates()).extracting(DateFact::text).doesNotContain("a second term", "A second");
    assertThat(f.dates().stream().filter(d -> d.text().equals("a second")).toList())
        .hasSize(1);
  }

  @Test
  void pastAndPresentAsAdjectivesOrVerbsAreNoDates() {
    ArticleFacts f = run("Given his past remarks, the group will present its plan to lawfully "
        + "present residents. At present the rules differ from those of the past.",
        "2014-05-06");
    // only "At present" is a time; "will present" and "lawfully present" are not
    assertThat(f.dates()).extracting(DateFact::text).doesNotContain("past")
        .contains("the past");
    assertThat(f.dates().stream().filter(d -> d.text().toLowerCase().endsWith("present"))
        .toList()).hasSize(1);
  }

  @Test
  void modalMayAndAFallInPricesAreNoDates() {
    ArticleFacts f = run("The strike may end soon. The miner's fall in profit followed a fall "
        + "in copper prices, and shares went into free fall. Talks resume in the fall, before "
        + "its fall meeting.", "2014-05-06");
    assertThat(f.dates()).extracting(DateFact::text).doesNotContain("may end");
    assertThat(date(f, "the fall").value()).isEqualTo("2014-FA");
    // only the season before "meeting" is a date
    assertThat(f.dates().stream().filter(d -> d.text().equals("fall")).toList()).hasSize(1);
  }

  @Test
  void bareMonthAfterAPrepositionInAPresentClauseIsTheComingOne() {
    // SUTime takes the nearest May and June, four and five months back
    ArticleFacts f = run("The old harbour museum is closed until May. Talks on the ferry fares "
        + "can resume in June, the city says.", "2021-10-14");
    assertThat(date(f, "May").value()).isEqualTo("2022-05");
    assertThat(date(f, "June").value()).isEqualTo("2022-06");
  }

  @Test
  void bareMonthInAPastClauseOrJustBeforePublicationStaysBehind() {
    ArticleFacts f = run("The old fares took effect in May. Ticket sales in August are up "
        + "by a tenth.", "2021-10-14");
    assertThat(date(f, "May").value()).isEqualTo("2021-05");
    assertThat(date(f, "August").value()).isEqualTo("2021-08");
  }

  @Test
  void capitalisedHourInsideANameIsNoDuration() {
    ArticleFacts f = run("The bar's Happy Hour draws office workers, and the band closed with "
        + "The Hour, a song that lasts an hour.", "2019-06-12");
    assertThat(f.dates()).extracting(DateFact::text).noneMatch(t -> t.contains("Hour"));
    assertThat(date(f, "an hour").value()).isEqualTo("PT1H");
  }

  @Test
  void tensOfYearsLaterCountFromTheStorysYear() {
    ArticleFacts f = run("In 1961 the town built its first harbour wall. Forty years later, a "
        + "storm broke it, and twenty years earlier a flood had done the same.", "2019-05-02");
    assertThat(date(f, "Forty years later").value()).isEqualTo("2001");
  }

  @Test
  void capitalisedDawnInsideASentenceIsAName() {
    ArticleFacts f = run("The ferry's owner, Dawn Pilcher, said the boats leave at dawn.",
        "2019-06-12");
    assertThat(f.dates()).extracting(DateFact::text).noneMatch(t -> t.contains("Dawn"));
    assertThat(f.dates()).extracting(DateFact::text).anyMatch(t -> t.contains("dawn"));
  }

  @Test
  void capitalisedFutureInsideASentenceIsAName() {
    ArticleFacts f = run("The designer, who ran the Future Print Works until 2009, says the"
        + " future belongs to small shops.", "2019-06-12");
    assertThat(f.dates()).extracting(DateFact::text).noneMatch(t -> t.contains("Future"));
    assertThat(date(f, "the future").value()).isEqualTo("FUTURE_REF");
  }

  @Test
  void aModelNumberInThePluralIsNoDecade() {
    ArticleFacts f = run("The shop sold out of GTX 4070s within minutes, as it had in the 1990s.",
        "2019-06-12");
    assertThat(f.dates()).extracting(DateFact::text).noneMatch(t -> t.contains("4070s"));
    assertThat(date(f, "the 1990s").value()).isEqualTo("199");
  }

  @Test
  void quarterInAMatchReportIsNoDateWithoutWordsOfPlay() {
    ArticleFacts f = run("The Owls beat the Herons 98-91 on Sunday. Lane scored 30 points and"
        + " had 12 rebounds. The Herons trailed by 15 at halftime. Their guard hurt his wrist in"
        + " the second quarter and did not return. The coach praised the bench.", "2024-05-22");
    assertThat(f.dates()).extracting(DateFact::text).noneMatch(t -> t.contains("quarter"));
  }

  @Test
  void offsetJoinedToAMonthKeepsTheMonthsValue() {
    ArticleFacts f = run("The bridge was planned in 2011 and opened several months later in"
        + " October 2012.", "2019-06-12");
    assertThat(date(f, "October 2012").value()).isEqualTo("2012-10");
    assertThat(f.dates()).extracting(DateFact::value).noneMatch(v -> v.contains("INTERSECT"));
  }

  @Test
  void anyDayOfTheWeekIsNoDate() {
    ArticleFacts f = run("Which day of the week do most ferries sail on?", "2019-06-12");
    assertThat(f.dates()).isEmpty();
  }

  @Test
  void dateInsideAWebAddressIsNoDate() {
    ArticleFacts f = run("The mayor posted a photo of the pier on Friday."
        + " pic.twitter.com/Q8PMx2rTz", "2019-06-12");
    assertThat(f.dates()).extracting(DateFact::text).containsExactly("Friday");
  }

  @Test
  void yearsJoinedByAHyphenAreTwoDates() {
    ArticleFacts f = run("The canal was dug over 1931-1936, and the 1997-98 drought emptied it.",
        "2010-05-04");
    assertThat(date(f, "1931").value()).isEqualTo("1931");
    assertThat(date(f, "1936").value()).isEqualTo("1936");
    assertThat(date(f, "1997").value()).isEqualTo("1997");
    assertThat(date(f, "98").value()).isEqualTo("1998");
  }

  @Test
  void theSameMonthOrThatSameYearIsTheStorysDate() {
    ArticleFacts f = run("The ferry first sailed in March 2007 (the same month that the old"
        + " bridge closed). That same year, the port doubled its fees.", "2019-06-12");
    assertThat(date(f, "the same month").value()).isEqualTo("2007-03");
    assertThat(date(f, "That same year").value()).isEqualTo("2007");
  }

  @Test
  void mayBeforeNotOrBeInAHeadlineIsTheModal() {
    ArticleFacts f = run("Farmers May Not Welcome The New Water Rules\nThe rules take effect in "
        + "May, the ministry said.", "2019-03-12");
    assertThat(f.dates()).extracting(DateFact::text).containsExactly("May");
    assertThat(f.dates().get(0).start()).isGreaterThan(40);
  }

  @Test
  void weekdayUnderAnAttemptOrASurpriseInAPastSentenceIsBehind() {
    // Monday 8 March 2021
    ArticleFacts f = run("Two cyclists were stunned to see a bear on Friday night near the dam. "
        + "A farmer failed to start his tractor on Saturday morning.", "2021-03-08");
    assertThat(date(f, "Friday night").value()).isEqualTo("2021-03-05TNI");
    assertThat(date(f, "Saturday morning").value()).isEqualTo("2021-03-06TMO");
    // a sentence told in the future keeps its day ahead
    ArticleFacts ahead = run("The crew will try to launch the boat on Friday night.",
        "2021-03-08");
    assertThat(date(ahead, "Friday night").value()).isEqualTo("2021-03-12TNI");
  }

  @Test
  void minuteOfAMatchInWordsOrInAScorersListIsNoDate() {
    ArticleFacts f = run("Rovers went ahead in the ninth minute and Lund scored his second in the"
        + " 77th minute.\nScorers: Rovers - Lund (9th and 77th minutes), Diaz (40th).",
        "2024-05-19");
    assertThat(f.dates()).isEmpty();
  }

  @Test
  void ordinalDayOfAnEventIsTheDayItsSentenceNames() {
    // Sunday 19 May 2024
    ArticleFacts f = run("Kent were 210 for four at the close of the third day of the county"
        + " match at Canterbury on Sunday. Shares fell for the sixth day as traders sold.",
        "2024-05-19");
    assertThat(date(f, "the third day").value()).isEqualTo("2024-05-19");
    // no day in its sentence: the day of publication, not five days after it
    assertThat(date(f, "the sixth day").value()).isEqualTo("2024-05-19");
  }

  @Test
  void bareTimeAfterANameOrBeforeMarkIsNoClockTime() {
    ArticleFacts f = run("After the second stage: 1. Anna Berg (Sweden) Volvo 2. Tom Reyes"
        + " (Chile) Peugeot 1:14 3. Li Wen (China) Skoda 2:09.\nThe interview begins around the"
        + " 4:10 mark. Polls open at 7:30 on Tuesday.", "2024-05-20");
    assertThat(f.dates()).extracting(DateFact::text)
        .noneMatch(t -> t.contains("1:14") || t.contains("2:09") || t.contains("4:10"))
        .anyMatch(t -> t.contains("7:30"));
  }

  @Test
  void sinceDateUnderAFutureVerbIsBehind() {
    ArticleFacts f = run("The mayor will speak at the festival after a run of good reviews since"
        + " their Nov. 20 concert.", "2024-11-05");
    assertThat(date(f, "Nov. 20").value()).isEqualTo("2023-11-20");
  }

  @Test
  void sinceDayPartWeekendOrQuarterIsBehindUnderAPresentOrFutureVerb() {
    ArticleFacts f = run("Prices are higher since Friday night, traders say. Traders say takings"
        + " are down since the weekend.", "2024-11-05");
    assertThat(date(f, "Friday night").value()).isEqualTo("2024-11-01TNI");
    assertThat(date(f, "the weekend").value()).isEqualTo("2024-W44-WE");
    ArticleFacts g = run("The board will review every loan since the third quarter.",
        "2024-02-14");
    assertThat(date(g, "the third quarter").value()).isEqualTo("2023-Q3");
  }

  @Test
  void sinceMidMonthIsBehindUnderAPresentVerb() {
    ArticleFacts f = run("Fuel is dearer since mid-December, drivers say.", "2024-11-05");
    assertThat(date(f, "mid-December").value()).isEqualTo("2023-12");
  }
}
