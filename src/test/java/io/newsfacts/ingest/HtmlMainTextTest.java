package io.newsfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.Article;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main-text choice, limits and metadata of HTML pages, on small pages written for each case. */
class HtmlMainTextTest {

  @TempDir
  Path tmp;

  private static final String STORY = """
      <p>The harbour authority said on Tuesday that the new pier, which took four years to build,
      would open to ferries in the spring, once the last safety checks are done.</p>
      <p>Fishermen, who had opposed the project at first, now say the deeper berths will let
      larger boats land their catch, and the town council expects more visitors.</p>
      <p>The pier cost about twelve million euros, most of it paid by the regional government,
      and the works were delayed twice by winter storms and a shortage of steel.</p>""";

  private Article article(String html) {
    Corpus.write(tmp, "page.html", html);
    return Corpus.onlyArticle(tmp);
  }

  private void assertKeptAfterStory(String block, String kept) {
    assertThat(storyUnderHeadline(STORY + block).text()).contains("new pier", kept);
  }

  /** A page whose story, under its headline, is {@code entry}. */
  private Article storyUnderHeadline(String entry) {
    return article("<body><article><h1>Pier to open in spring</h1><div class=\"entry\">" + entry
        + "</div></article></body>");
  }

  /** Twelve readers' posts: each an opened list item {@code item} holding {@code text}, numbered. */
  private static String readersPosts(String item, String text) {
    StringBuilder posts = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      posts.append(item).append("<p>").append(text).append(' ').append(i).append(".</p></li>");
    }
    return posts.toString();
  }

  @Test
  void emptyMainDoesNotWinOverTheStory() {
    Article a = article("<body><main></main><div class=\"wrap\">" + STORY + "</div></body>");
    assertThat(a.text()).contains("new pier", "twelve million euros");
  }

  @Test
  void readerCommentInLargestArticleIsNotTheStory() {
    String comment = "<article class=\"comment\"><p>" + "I disagree with this, strongly. ".repeat(30)
        + "</p></article>";
    Article a = article("<body><div class=\"story\">" + STORY + "</div>"
        + "<section>" + comment + "</section></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("I disagree");
  }

  @Test
  void longCommentThreadInABlockNamedAsACompoundIsNotTheStory() {
    // Readers' comments can hold most of a page's text: named "commentlinks", they are comments
    // all the same, not the layout around the story.
    String thread = "<div class=\"sect sect_commentlinks\"><ul>" + readersPosts("<li>",
        "I live by the harbour and I think the pier, which nobody asked for, will bring traffic,"
        + " noise and little else to our street, reader") + "</ul></div>";
    Article a = article("<body><div class=\"story\">" + STORY + "</div>" + thread + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("I live by");
  }

  @Test
  void abstractIsReadOverTheListOfReferencesBelowIt() {
    // A scholarly article's citations are full of commas: its list of references must not
    // outscore the abstract and body as the block to read.
    StringBuilder refs = new StringBuilder("<ol class=\"c-references\">");
    for (int i = 0; i < 30; i++) {
      refs.append("<li>Harbour A, Pier B, Steel C, et al. Ferry berths, tides, and winter storms, ")
          .append("part ").append(i).append(". J Coast Eng. 2001;12(3):45-67.</li>");
    }
    refs.append("</ol>");
    Article a = article("<body><article><h1>Piers and ferries</h1><section class=\"abstract\">"
        + STORY + "</section><section>" + refs + "</section></article></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }

  @Test
  void followUsBoxAtTheEndOfTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<div class=\"follow-box\"><em>Get the news from "
        + "the coast on your phone every morning, in the messaging app of your choice.</em></div>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("news from the coast");
  }

  @Test
  void affiliateDisclosureAboveTheStoryGoes() {
    Article a = storyUnderHeadline("<section class=\"editorial-disclosure\"><p>Some of the shops"
        + " we link to pay us a small commission when you buy through them, at no extra cost to"
        + " you.</p></section>" + STORY);
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("commission");
  }

  @Test
  void ingredientsListedAsLinksInARecipeAreKept() {
    // Each ingredient's name links to the shop or a glossary: a table dense with links by its
    // shape, but the recipe's own list by its name.
    StringBuilder rows = new StringBuilder();
    for (String[] item : List.of(new String[] {"250 g", "plain flour", "sifted"},
        new String[] {"3", "eggs", "free-range, at room temperature"},
        new String[] {"1 sachet", "dried yeast", "or 20 g fresh"},
        new String[] {"200 ml", "milk", "lukewarm, whole or semi-skimmed"})) {
      rows.append("<tr><td>").append(item[0]).append("</td><td><a href=\"/shop\">")
          .append(item[1]).append("</a>, ").append(item[2]).append("</td></tr>");
    }
    Article a = article("<body><div class=\"page\"><h1>Plum cake</h1><p>This plum cake, which my"
        + " grandmother baked every September, is moist, quick and not too sweet at all.</p>"
        + "<table class=\"m53-ingredients-table\">" + rows + "</table>"
        + "<p>Mix the flour, the yeast and the salt, then add the eggs and the milk, knead the"
        + " dough well, and let it rise for an hour in a warm place before baking.</p>"
        + "<p>Spread the dough on a tray, cover it with halved plums, and bake it for forty"
        + " minutes at 180 degrees, until the edges are golden and the plums are soft.</p>"
        + "</div></body>");
    assertThat(a.text()).contains("grandmother", "plain flour", "semi-skimmed", "forty minutes");
  }

  @Test
  void labelMarkingAnAdvertisementInsideTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p><em>Anzeige, mit Partnerlinks</em></p>"
        + "<div><center>- Werbung -</center></div>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Anzeige")
        .doesNotContain("Werbung");
  }

  @Test
  void readersForumOutweighingTheStoryIsNotTheStory() {
    // A thread of readers' posts named as the story's "forum" can hold most of the page's text,
    // set in a wrapper that holds it too: it is comments, not the layout around the story.
    String forum = "<div class=\"outer\"><ul class=\"forum\">" + readersPosts(
        "<li class=\"forum-fil\">", "As a harbour resident, I doubt the pier, which cost so much,"
        + " will bring anything but traffic, noise and tourists, poster") + "</ul></div>";
    Article a = article("<body><div class=\"texte\">" + STORY + "</div>" + forum + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel")
        .doesNotContain("harbour resident");
  }

  @Test
  void storySetInAnAsideThatFillsMainIsRead() {
    Article a = article("<body><nav><a href=\"/\">Home</a></nav><main><aside class=\"panel\">"
        + "<h1>Pier to open in spring</h1><article>" + STORY + "</article></aside></main></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }

  @Test
  void asideBesideTheStoryInMainStillGoes() {
    Article a = article("<body><main><article>" + STORY + "<aside><p>Most read this week: the"
        + " lighthouse keeper who retired after forty years on the rocks.</p></aside></article>"
        + "</main></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("lighthouse keeper");
  }

  @Test
  void datelineSpanOpeningTheFirstParagraphStaysWithItsSentence() {
    String first = "<p><span class=\"dateline\">PORTSMOUTH \u2013 </span>The harbour authority"
        + " said on Tuesday that the new pier would open to ferries in the spring, once the last"
        + " checks are done.</p>";
    Article a = storyUnderHeadline(first + STORY);
    assertThat(a.text()).contains("PORTSMOUTH \u2013 The harbour authority said");
  }

  @Test
  void datelineSetAsALineOfItsOwnStillGoes() {
    Article a = storyUnderHeadline("<p><span class=\"dateline\">Updated 4 May, 10:12</span>"
        + " <a href=\"/news\">News</a></p>" + STORY);
    assertThat(a.text()).contains("new pier").doesNotContain("Updated 4 May");
  }

  @Test
  void teaserArticlesDoNotBeatTheStory() {
    String teaser = "<article class=\"teaser\"><h3><a href=\"/x\">Storm closes the bridge</a></h3>"
        + "<p>Short teaser text.</p></article>";
    Article a = article("<body>" + teaser + "<article>" + STORY + "</article>" + teaser
        + teaser + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("Storm closes");
  }

  @Test
  void pageWithoutContainerLeavesSidebarAndOtherHeadlinesOut() {
    String links = "<ul><li><a href=\"/a\">Council votes on budget</a></li>"
        + "<li><a href=\"/b\">School reopens after flood</a></li>"
        + "<li><a href=\"/c\">Download Premium WordPress Themes</a></li></ul>";
    Article a = article("<body><div id=\"left\">" + links + "</div><div id=\"c\"><h1>Pier to open"
        + "</h1>" + STORY + "</div><div id=\"right\">" + links + "</div></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("Council votes", "WordPress");
  }

  @Test
  void sidebarOfNewestPostsHoldingMoreTextThanTheStoryBesideItGoes() {
    // Each of the newest posts comes with its teaser: the sidebar holds more text than the short
    // post beside it, so it is not removed as the wrapper of most of the page would be kept.
    StringBuilder newest = new StringBuilder("<div class=\"sidebar\"><h2>Newest posts</h2>");
    for (int i = 1; i <= 6; i++) {
      newest.append("<div class=\"post-summary\"><h3><a href=\"/p").append(i)
          .append("\">Market day, part ").append(i).append("</a></h3><p>Stalls, music and food, "
              + "from eight in the morning, on the old square, with a flea market, a choir, and a "
              + "raffle for the new school roof, as every spring, part ").append(i)
          .append(".</p></div>");
    }
    newest.append("</div>");
    Article a = article("<body><div id=\"page\"><div id=\"content\"><h1>Pier to open in spring"
        + "</h1><div class=\"field-item\">" + STORY + "</div></div>" + newest + "</div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("flea market");
  }

  @Test
  void listOfOtherStoriesAsCardsWithTeasersDoesNotOutscoreTheStoryAboveIt() {
    // "More from this section": each card links to its story by an empty link laid over it and
    // carries a teaser of running text; eight of them outweigh a story of three paragraphs.
    StringBuilder more = new StringBuilder("<div class=\"more\"><ul>");
    for (int i = 1; i <= 8; i++) {
      more.append("<li><a href=\"/market-").append(i).append("\"></a><div class=\"title\">Market "
          + "day, part ").append(i).append("</div><p>Stalls, music and food, from eight in the "
          + "morning, on the old square, with a flea market, a choir, and a raffle for the new "
          + "school roof, part ").append(i).append(".</p></li>");
    }
    more.append("</ul></div>");
    Article a = article("<body><h1>Pier to open in spring</h1><div class=\"text\">" + STORY
        + "</div>" + more + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("flea market");
  }

  @Test
  void storysOwnListWithLinksInsideItsSentencesStays() {
    StringBuilder points = new StringBuilder("<ul>");
    for (String place : List.of("north quay", "lighthouse", "old market", "ferry desk")) {
      points.append("<li><p>Boats for the islands will also call at the ").append(place)
          .append(", where a new waiting room opens in May, as the <a href=\"/timetable\">"
              + "timetable</a> shows.</p></li>");
    }
    points.append("</ul>");
    Article a = article("<body><h1>Pier to open in spring</h1><div class=\"text\">" + points
        + "</div><div class=\"box\"><p>The harbour office opens from nine to five in summer."
        + "</p></div></body>");
    assertThat(a.text()).contains("north quay", "ferry desk");
  }

  @Test
  void storySetInAPageBuildersTextWidgetsIsRead() {
    // Elementor calls every block it places a widget: here each paragraph of the story, beside a
    // box about the site that is long enough to be read as the page's text.
    StringBuilder story = new StringBuilder();
    for (String p : STORY.split("\n(?=<p>)")) {
      story.append("<section class=\"elementor-section\"><div class=\"elementor-element "
          + "elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-"
          + "container\">").append(p).append("<img src=\"pier.jpg\"></div></div></section>");
    }
    String about = "<div class=\"site-info\"><p>This small site has written about the coast "
        + "since 2009, about its harbours, its boats and the people who work on them, in good "
        + "weather and in bad, and it is made by two friends in their free time.</p><p>We "
        + "write about ferries, fishing, festivals and the weather, about new piers and old "
        + "lighthouses, and we answer every letter, though sometimes late, as readers know.</p>"
        + "</div>";
    Article a = article("<body><h1>Pier to open in spring</h1><div class=\"elementor\">" + story
        + "</div>" + about + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }

  private static final String STANDFIRST = "After four years of works and two winter delays,"
      + " the town's new pier is almost ready.";

  @Test
  void wrapperNamedForItsSidebarUnderAHeadlineAndStandfirstStays() {
    // One paragraph beside the headline is a standfirst, not the story: the story is in the
    // wrapper below, whatever its name says.
    Article a = article("<body><div id=\"top\"><h1>Pier to open in spring</h1><p>" + STANDFIRST
        + "</p></div><div class=\"layout-with-sidebar\"><div class=\"text\">" + STORY
        + "</div><div class=\"sidebar\"><a href=\"/\">Home</a></div></div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }


  @Test
  void standfirstSetAsSubheadingUnderTheHeadlineIsKept() {
    Article a = article("<body><article><div class=\"head\"><h1>Pier to open in spring</h1>"
        + "<h2 class=\"article-lead\">" + STANDFIRST + "</h2></div><div class=\"text\">" + STORY
        + "</div></article></body>");
    assertThat(a.text()).contains("almost ready", "new pier");
  }

  @Test
  void standfirstInTheStoryHeaderSurvivesTheHeadersRemoval() {
    Article a = article("<body><main><header class=\"story-header\"><h1>Pier to open in spring"
        + "</h1><span class=\"date\">12 May</span><h2>" + STANDFIRST + "</h2></header><div>"
        + STORY + "</div></main></body>");
    assertThat(a.text()).contains("almost ready", "new pier").doesNotContain("12 May");
  }

  /** A page whose headline is followed by {@code deck} in the story's top box, then the story. */
  private Article storyUnderDeck(String deck) {
    return article("<body><div class=\"story-top\"><h1>Pier to open in spring</h1>" + deck
        + "</div><div class=\"text\">" + STORY + "</div></body>");
  }

  @Test
  void longDeckWithoutFullStopUnderTheHeadlineIsKept() {
    // Headings take no full stop: a deck of a long sentence set in an h2 is the standfirst.
    Article a = storyUnderDeck("<h2>After four years of works, two winter delays and a shortage"
        + " of steel, the town's new pier is almost ready for the ferries</h2>");
    assertThat(a.text()).contains("almost ready", "new pier");
  }

  @Test
  void shortSectionHeadingWithoutFullStopUnderTheHeadlineIsNoStandfirst() {
    Article a = storyUnderDeck("<h2>More from the harbour district, the coast and the islands"
        + " this week</h2>");
    assertThat(a.text()).contains("new pier").doesNotContain("More from the harbour");
  }

  @Test
  void headingOfTheMenuIsNotTheHeadlineTheStandfirstFollows() {
    Article a = article("<body><nav><h1>Navigation</h1><a href=\"/\">Home</a></nav><div>"
        + "<h1>Pier to open in spring</h1><div class=\"intro\">" + STANDFIRST + "</div></div>"
        + "<div class=\"text\">" + STORY + "</div></body>");
    assertThat(a.text()).contains("almost ready", "new pier");
  }

  @Test
  void linkedHeadlineOfAnotherStoryUnderTheHeadlineIsNoStandfirst() {
    Article a = article("<body><div class=\"head\"><h1>Pier to open in spring</h1>"
        + "<h2><a href=\"/storm\">Storm closes the bridge as winds reach 120 kilometres an hour."
        + "</a></h2></div><div class=\"text\">" + STORY + "</div></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("Storm closes");
  }

  @Test
  void readerCommentsNamedInTheSitesLanguageAreNotStoryText() {
    Article a = article("<body><article><div class=\"entry\">" + STORY
        + "<div class=\"kommentare\"><p>Toller Artikel, danke für die ausführliche Recherche zum"
        + " neuen Hafen und den Fähren.</p></div></div></article></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("Toller Artikel");
  }

  @Test
  void authorBoxUnderTheStoryIsNotStoryText() {
    Article a = article("<body><article><div class=\"entry\">" + STORY
        + "<section class=\"content-box author-box\"><p>Hello, I am Anna, a food blogger and"
        + " baker from Hamburg, and I write about cakes, bread and harbours.</p></section></div>"
        + "</article></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("food blogger");
  }

  @Test
  void openingParagraphSetInHeadingTypeIsKeptBeforeASubheading() {
    Article a = article("<body><h1>Pier to open in spring</h1><div class=\"entry\"><h3>For four"
        + " years I have walked past the building site on my way to work, and this week, for the"
        + " first time, I could walk out to its end.</h3><h3>The town waits</h3>" + STORY
        + "</div></body>");
    assertThat(a.text()).contains("For four years", "The town waits", "new pier");
  }

  @Test
  void storySplitOverSiblingBlocksIsKeptWhole() {
    Article a = article("<body><div class=\"col\"><div class=\"part\">" + STORY + "</div>"
        + "<p>A spokesman for the ferry company said the first crossings were planned for May,"
        + " weather permitting.</p><div class=\"part\">" + STORY.replace("pier", "quay")
        + "</div></div></body>");
    assertThat(a.text()).contains("new pier", "ferry company", "new quay");
  }

  private static final String OPENING = """
      <p>Ferries will dock at the town's new pier from April, the harbour authority announced on
      Tuesday, ending years of crossings from the old wooden jetty.</p>
      <p>The authority's director told reporters that the last inspections, which began in
      January, had found nothing that would hold up the opening.</p>
      <p>Local traders, who lost custom during the works, welcomed the news and said they hoped
      the summer season would make up for it.</p>""";

  @Test
  void storyCutByTheTemplateIntoSameClassBlocksKeepsItsOpening() {
    // The CMS prints the story in two blocks of the same class, each deep in its own page row,
    // with an advertisement between: the longer second part scores best, the opening is a cousin.
    Article a = article("<body><div class=\"row\"><h1>Pier to open in spring</h1></div>"
        + "<div class=\"row\"><div class=\"col\"><div class=\"story-text\">" + OPENING
        + "</div></div></div><div class=\"row\"><div class=\"ad-slot\">Advertisement</div></div>"
        + "<div class=\"row\"><div class=\"col\"><div class=\"col-inner\"><div"
        + " class=\"story-text\">" + STORY + STORY.replace("pier", "quay") + "</div></div></div>"
        + "</div><div class=\"row\"><div class=\"promo\"><p>Sign up for our morning newsletter"
        + " and never miss a story from the coast, the harbour and the islands.</p></div></div>"
        + "</body>");
    assertThat(a.text()).contains("Ferries will dock", "summer season", "new pier", "new quay")
        .doesNotContain("morning newsletter");
    assertThat(a.text().indexOf("Ferries will dock")).isLessThan(a.text().indexOf("new pier"));
  }

  @Test
  void storyPartsThatABuilderStylesWithNumberedClassesAreStillOneKind() {
    // A page builder adds a class made from a number to a block it styles: the longer part
    // carries "text-column vc_custom_1570185518", the opening, in a row of its own, only
    // "text-column".
    String longPart = STORY + STORY.replace("pier", "quay") + STORY.replace("pier", "jetty")
        + STORY.replace("pier", "wharf");
    Article a = article("<body><div class=\"row\"><h1>Pier to open in spring</h1></div>"
        + "<div class=\"row row-first\"><div class=\"col\"><div class=\"text-column\">" + OPENING
        + "</div></div></div><div class=\"row\"><div class=\"col\"><div class=\"col-inner\">"
        + "<div class=\"text-column\"><p>Tickets for the first crossings go on sale in March.</p>"
        + "</div><div class=\"text-column vc_custom_1570185518\">" + longPart
        + "</div></div></div></div></body>");
    assertThat(a.text()).contains("Ferries will dock", "summer season", "new pier", "new wharf");
  }

  @Test
  void postsUnderLinkedTitlesOnABlogsFrontPageAreNotPartsOfTheStory() {
    // A front page prints each post's body under its linked title, all with the same class: the
    // other posts are other stories, not parts of the one that scores best.
    String other = "<div class=\"post\"><h2 class=\"entry-title\"><a href=\"/2021/05/market\">"
        + "Market hall reopens</a></h2><div class=\"entry-content\"><p>The market hall on the"
        + " square reopened on Saturday after a long renovation, with twenty stalls.</p></div></div>";
    Article a = article("<body><h1>The harbour blog</h1><div class=\"post\"><h2"
        + " class=\"entry-title\"><a href=\"/2021/05/pier\">Pier to open in spring</a></h2><div"
        + " class=\"entry-content\">" + STORY + STORY.replace("pier", "quay") + "</div></div>"
        + other + other.replace("market hall", "library").replace("Market hall", "Library")
        + "</body>");
    assertThat(a.text()).contains("new pier", "new quay").doesNotContain("market hall",
        "library");
  }

  @Test
  void storyInAWordPressPostClassedByATaxonomyTermNamingCommentsIsRead() {
    // The site defines a taxonomy whose term "readers-comments" WordPress prints as a class after
    // "hentry"; it is the post's topic, not a comment thread, so the post is not dropped.
    Article a = article("<body><h1>Pier to open in spring</h1><section class=\"post-12 post"
        + " type-post status-publish format-standard hentry category-news"
        + " serie-readers-comments\"><div class=\"entry\">" + STORY + STORY.replace("pier", "quay")
        + "</div></section><div class=\"writers\"><div class=\"writer\"><p>Anna Reyes, born 1980 in"
        + " Vigo, studied history in Santiago, worked as a reporter, a columnist and a photographer"
        + " for regional papers, and has written about the coast, its ports, its fishermen and its"
        + " storms for twenty years.</p></div><div class=\"writer\"><p>Tom Berg, born 1975 in Bergen,"
        + " studied economics in Oslo, worked for a shipping weekly, a radio station and a news"
        + " agency, and now writes about ferries, harbours, trade and the sea for this paper.</p>"
        + "</div></div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }

  @Test
  void headingThatReadsAsThePagesTitleIsTheHeadlineWhenTheH1NamesTheSite() {
    // The theme sets the blog's name in the h1 and the post's headline in an h2; the standfirst
    // under the h2 is the story's start, the blog's description under the h1 is not.
    Article a = article("<html><head><title>Pier to open in spring</title></head><body><div"
        + " class=\"site\"><h1>The Harbour Blog</h1><p>Notes on ferries, piers and the people who"
        + " work on them, written since 2009 by a retired harbour pilot.</p><p>New posts appear"
        + " every Sunday morning, and older ones are kept in the archive below.</p></div><div"
        + " class=\"post-head\"><h2>Pier to open in spring</h2><div class=\"dek\"><p>"
        + STANDFIRST + "</p></div><p>12 May 2021</p></div><div class=\"layout\"><div"
        + " class=\"main-col\"><div class=\"post-body\">" + STORY + STORY.replace("pier", "quay")
        + "</div></div><div class=\"side-col\"><p>Archive</p></div></div></body></html>");
    assertThat(a.text()).contains("almost ready", "new pier").doesNotContain("harbour pilot");
  }

  @Test
  void figureCaptionIsNotStoryText() {
    Article a = article("<body><article><figure><img src=\"pier.jpg\"><figcaption>The new pier at"
        + " dawn. Photo: Harbour Authority</figcaption></figure>" + STORY + "</article></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("at dawn");
  }

  @Test
  void shortStandfirstInABoxNamedTeaserUnderTheHeadlineStays() {
    // A one-line standfirst without a full stop, in the box German CMSs call "teaser-text".
    Article a = article("<body><div class=\"article\"><h3 itemprop=\"headline\">Pier to open in"
        + " spring</h3><div class=\"teaser-text\"><p>What was rumoured for weeks is now confirmed"
        + " by the harbour authority</p></div><div class=\"news-text\">" + STORY
        + "</div></div></body>");
    assertThat(a.text()).contains("rumoured for weeks", "new pier");
  }

  @Test
  void pictureBoxWithoutFigureMarkupIsNotStoryText() {
    // An image and its caption in a box of their own: a figure, whatever the tags.
    String box = "<div class=\"imgbox\"><a href=\"pier.jpg\"><img src=\"pier-small.jpg\"></a>"
        + "<span>The new pier at dawn, seen from the old lighthouse</span></div>";
    Article a = storyUnderHeadline(STORY.replaceFirst("</p>", "</p>" + box));
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("lighthouse");
  }

  @Test
  void paragraphFlowingAroundAPictureStays() {
    assertKeptAfterStory("<p><img class=\"alignright\" src=\"ferry.jpg\" width=\"300\">The"
        + " first ferry will call on the first of April.</p>", "first ferry will call");
  }

  @Test
  void boxHoldingAPictureAndAParagraphIsNotAFigure() {
    assertKeptAfterStory("<div class=\"section\"><img src=\"ferry.jpg\"><p>The first ferry will"
        + " call on the first of April.</p></div>", "first ferry will call");
  }

  @Test
  void smileyInALineDoesNotMakeItACaption() {
    assertKeptAfterStory("<div>See you at the opening on the first of April <img"
        + " class=\"wp-smiley\" src=\"smile.png\"></div>", "See you at the opening");
  }

  @Test
  void shortParagraphThatIsMostlyALinkIsNotStoryText() {
    Article a = article("<body><article>" + STORY + "<p><strong>See also:</strong> <a href=\"/x\">"
        + "Ferry strike ends after two weeks of talks</a></p>"
        + "<p>The pier, the council said, will also have <a href=\"/map\">a small museum</a> about"
        + " the fishing fleet and the storms that shaped the town.</p></article></body>");
    assertThat(a.text()).contains("new pier", "small museum").doesNotContain("Ferry strike");
  }

  @Test
  void paragraphThatIsOnlyAPrintedWebAddressStays() {
    assertKeptAfterStory("<p>Residents can sign the petition against the new parking fees"
        + " online:</p><p><a href=\"https://petitions.example.org/pier-parking\">"
        + "https://petitions.example.org/pier-parking</a></p>",
        "https://petitions.example.org/pier-parking");
  }

  @Test
  void paragraphThatIsOnlyAnEmailAddressStays() {
    assertKeptAfterStory("<p>Questions about the timetable can be sent to the harbour office:</p>"
        + "<p><a href=\"mailto:pier@harbour.example.org\">pier@harbour.example.org</a></p>",
        "pier@harbour.example.org");
  }

  @Test
  void creditLineEndingInAWebAddressStillGoesAsALinkLine() {
    Article a = article("<body><article>" + STORY + "<p>Photo: <a href=\"https://pics.example.org\">"
        + "www.pics.example.org</a></p></article></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("pics.example.org");
  }

  @Test
  void openLetterIsReadBesideTheTableOfItsSignatories() {
    // The signatures, one name and affiliation a line, set in a table beside the letter: their
    // commas make the row outscore the letter's paragraphs, and the table around it, holding
    // nothing else (an empty spacing row), scores lower only for being higher up.
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      names.append("Ann Example").append(i).append(", harbour pilot, Northport<br>");
    }
    String more = """
        <p>We, the undersigned, ask the council to keep the old quay open to small boats, which
        have landed there for a century, until the new berths are ready for them.</p>
        <p>The quay is cheap to keep, it is close to the market, and the families who fish from
        it, many of them for three generations, have no other place to go.</p>
        <p>We also ask that the fees for the new pier be set, after a public hearing, at a level
        that a crew of two, working a small boat, can pay in a poor season.</p>""";
    Article a = article("<body><article class=\"post\"><h1>A letter on the pier</h1>"
        + "<div class=\"letter\">" + STORY + more + "<table><tbody><tr><td>" + names + "</td><td>"
        + names + "</td></tr><tr><td></td></tr></tbody></table></div></article></body>");
    assertThat(a.text()).contains("new pier", "a poor season", "Ann Example3");
  }

  @Test
  void blogPostMetadataLineUnderTheStoryGoes() {
    Article a = article("<body><div class=\"post\"><h2>Pier to open in spring</h2>"
        + "<div class=\"entry\">" + STORY + "</div><p class=\"postmetadata\">This entry was"
        + " posted on Monday, 3 March, at 10:15 and is filed under Harbour, Town council. You can"
        + " follow any responses through the feed. Comments are closed.</p></div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("is filed under");
  }

  @Test
  void storyInABlockNamedAsPostInfoIsNotAMetadataLine() {
    // Removed as a metadata line, the story would come back only from the last pass, which
    // cleans nothing, with the list of links beside it.
    Article a = article("<body><article><h1>Pier to open in spring</h1><div class=\"post-info\">"
        + STORY + "<ul class=\"related-links\"><li><a href=\"/a\">Ferry fares rise</a></li>"
        + "<li><a href=\"/b\">New lighthouse keeper named</a></li></ul></div></article></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("Ferry fares");
  }

  @Test
  void paragraphThatIsOnlyADateUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p>14.03.2021, 09:40</p>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("14.03.2021");
  }

  @Test
  void labelledUpdateDateLineGoes() {
    Article a = storyUnderHeadline(STORY + "<p><b>Last updated</b> 2021-03-14.</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Last updated");
  }

  @Test
  void labelBeforeATimeElementIsADateLine() {
    Article a = storyUnderHeadline(STORY
        + "<p>Posted: <time datetime=\"2021-03-14\">Sunday, 14 March 2021</time></p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Posted");
  }

  @Test
  void pictureCreditLineAtTheFootOfTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p><em>Titelbild: Jonas Weber/Hafenbild</em></p>"
        + "<p>Crédits photos : Marie Roux</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Jonas Weber", "Marie Roux");
  }

  @Test
  void longerReadAlsoLabelOverAListOfOtherStoriesGoes() {
    Article a = storyUnderHeadline(STORY + "<p><strong>Das Thema könnte Sie auch interessieren:"
        + "</strong></p><ul><li><a href=\"/a\">Neue Fähre für die Insel</a></li>"
        + "<li><a href=\"/b\">Der Hafen im Winter</a></li></ul>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("interessieren");
  }

  @Test
  void paywallNoteUnderTheOpeningOfTheStoryGoes() {
    Article a = storyUnderHeadline(STORY
        + "<p>To read the full story, please subscribe to the Harbour Gazette.</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("please subscribe");
  }

  @Test
  void promptToRateTheArticleUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p>Wie bewerten Sie diesen Artikel?</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("bewerten");
  }

  @Test
  void promotionOfTheSitesOwnChannelInPlainTypeUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY
        + "<p>Abonnieren Sie jetzt unseren kostenlosen Hafen-Newsletter!</p>"
        + "<p>Watch more from the docks on our YouTube channel.</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Newsletter", "YouTube");
  }

  @Test
  void offerOfTheLatestNewsThroughTheSitesAppUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY
        + "<p>For the latest stories from the harbour, download the Coast Courier app.</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Coast Courier app");
  }

  @Test
  void appealForReaderSupportUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY
        + "<p>If this story helped you, would you consider supporting our work? Thank you!</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("supporting our work");
  }

  @Test
  void sourceLineNamingTheAgencyAtTheFootOfTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p>Fuente: Agencia Portuaria del Norte</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Agencia Portuaria");
  }

  @Test
  void readAlsoSignpostBeforeALongHeadlineInsideTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<blockquote><b>Lesen Sie auch:</b> <a href=\"/x\">"
        + "Warum die Fähren im Winter seltener fahren und was die Gemeinden an der Küste jetzt"
        + " dagegen tun wollen</a></blockquote>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("seltener fahren");
  }

  @Test
  void numberedCaptionUnderAChartInTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p><img src=\"chart.png\" alt=\"\"></p>"
        + "<p>Figure 1: Ferry crossings per month before and after the storms</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Ferry crossings per month");
  }

  @Test
  void sectionTheStoryIsFiledUnderGoes() {
    Article a = storyUnderHeadline("<div class=\"info\">Kategorie: Hafen und Schifffahrt</div>"
        + STORY);
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Schifffahrt");
  }

  @Test
  void headingOverTheAuthorsBoxUnderTheStoryGoes() {
    Article a = storyUnderHeadline(STORY + "<p><strong>Über den Autor</strong></p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Über den Autor");
  }

  @Test
  void contactLabelAtTheFootOfAPressReleaseGoes() {
    Article a = storyUnderHeadline(STORY + "<p><strong>Kontakt:</strong></p>"
        + "<p>Harbour office, press desk</p>");
    assertThat(a.text()).contains("shortage of steel").doesNotContain("Kontakt");
  }

  @Test
  void sentenceAboutAPhotographStays() {
    Article a = storyUnderHeadline(STORY
        + "<p>The photo that started the row: a crane leaning over the old quay.</p>");
    assertThat(a.text()).contains("The photo that started the row");
  }

  @Test
  void shortSentenceEndingInADateStays() {
    Article a = storyUnderHeadline(STORY + "<p>The first ferry sails on 14.03.2021.</p>");
    assertThat(a.text()).contains("The first ferry sails on 14.03.2021.");
  }

  @Test
  void longIntroductionInATeaserBoxUnderTheHeadlineIsKept() {
    String intro = """
        The early years of the harbour are often told as a story of storms. The records of the
        port office tell another one. In 1862 the first stone quay was built by the fishermen
        themselves with money lent by the town. In 1880 the railway reached the shore and the
        catch went by night to the cities inland. In 1905 a winter storm took half the quay and
        the council paid for the repairs for the first time. In 1950 the last sailing boats were
        replaced by motor boats and the harbour was dredged to let them in at low tide. In 1978
        the ferry to the islands began to run all year and the old fish hall became its
        terminal. Each of these changes was argued over for years. Each was carried out in the
        end by people who had opposed it at first. The new pier is the next of them. Its
        opening in the spring will be argued over too. So will the fees for mooring there.""";
    Article a = article("<body><article><h1>Pier to open in spring</h1><div class=\"teaser-text\">"
        + "<p>" + intro + "</p></div><div class=\"body\">" + STORY + "</div></article></body>");
    assertThat(intro.length()).isBetween(800, 1200);
    assertThat(a.text()).contains("records of the port office", "new pier", "shortage of steel");
  }

  @Test
  void storyPrintedOnlyInsideNoscriptIsRead() {
    Article a = article("<body><div id=\"app\"></div><noscript><div class=\"post\">" + STORY
        + "<p>Ferries to the islands will move to the new pier in April, the operator said.</p>"
        + "</div></noscript><noscript><p>Please enable JavaScript to view this site.</p></noscript>"
        + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("JavaScript");
  }

  @Test
  void unclosedSiteHeaderAroundTheStoryIsNotChrome() {
    Article a = article("<body><header role=\"banner\"><a href=\"/\">Harbour Post</a>"
        + "<div id=\"page\"><main><article>" + STORY + "</article></main></div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }

  @Test
  void headlinesOwnStoryWinsOverALongerStoryLoadedBelowIt() {
    String next = "<article><h1>Council approves a new budget</h1>"
        + ("<p>The council approved the budget on Monday, after a long debate, with nine votes to"
        + " four, and the mayor said spending on schools, roads and parks would rise.</p>").repeat(6)
        + "</article>";
    Article a = article("<body><article><h1>New pier opens</h1>" + STORY + "</article>" + next
        + "</body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("nine votes");
  }

  @Test
  void shortBylineAndPhotoCreditLinesInsideTheStoryAreNotText() {
    Article a = article("<body><article><p class=\"byline\">By Ana Souza</p>"
        + "<span class=\"photo-credit\">Photograph by Li Wei</span>" + STORY
        + "</article></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("By Ana Souza", "Photograph by");
  }

  @Test
  void leadParagraphBetweenHeadlineAndBodyIsKept() {
    Article a = article("<body><div class=\"head\"><h1>Pier to open in spring</h1></div>"
        + "<div class=\"field-abstract\">With the new pier the small harbour town hopes to win back"
        + " the ferry traffic it lost to its larger neighbour twenty years ago.</div>"
        + "<div class=\"field-body\">" + STORY + "</div></body>");
    assertThat(a.text()).startsWith("With the new pier").contains("shortage of steel");
  }

  @Test
  void bigMarkupAroundASmallStoryIsNotTooLarge() {
    String scripts = "<script>var x = \"" + "a".repeat(2_000_000) + "\";</script>";
    Article a = article("<html><head>" + scripts + "</head><body><article>" + STORY
        + "</article></body></html>");
    assertThat(a.text()).contains("new pier");
  }

  @Test
  void textLimitAppliesToExtractedText() {
    Corpus.write(tmp, "page.html", "<body><article>" + STORY + "</article></body>");
    List<IngestResult> results = Corpus.readAll(tmp, new IngestOptions(200));
    assertThat(Corpus.failure(results.get(0)).error()).startsWith("too large:")
        .contains("bytes of text (limit 200)");
  }

  @Test
  void japaneseSentencesWithLatinWordsStay() {
    String ja = "<p>東京の会社は新しいiPhoneとMacBookを使った研究を始めたと発表しました。</p>"
        + "<p>研究は来年の春まで続く予定で、大学の先生たちも参加します。</p>";
    Article a = article("<body><article>" + ja + STORY + "</article></body>");
    assertThat(a.text()).contains("新しいiPhoneとMacBookを使った研究", "研究は来年の春まで");
  }

  @Test
  void rubyReadingsAreNotPartOfTheText() {
    Article a = article("<body><article><p><ruby>子<rt>こ</rt></ruby>どもが<ruby>学校<rt>がっこう"
        + "</rt></ruby>に行きました。</p>" + STORY + "</article></body>");
    assertThat(a.text()).contains("子どもが学校に行きました。");
  }

  @Test
  void pageInItsDeclaredCharsetIsRead() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><article>"
        + "<p>Der Bürgermeister eröffnete die Brücke über die Straße am Montag früh.</p>" + STORY
        + "</article></body></html>";
    Corpus.write(tmp, "page.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(Corpus.onlyArticle(tmp).text()).contains("Der Bürgermeister eröffnete");
  }

  @Test
  void standfirstNamedTeaserUnderTheHeadlineIsKept() {
    String teaser = "<div class=\"teaser-text\"><p>After four years of works and two winters of "
        + "delays, the harbour will open its new pier to ferries this spring.</p></div>";
    Article a = article("<body><article><h1>Pier to open in spring</h1><span>12.03.2022</span>"
        + teaser + "<div class=\"body\">" + STORY + "</div></article>"
        + "<div class=\"teaser\"><p>Another story: the lighthouse keeper retires after forty "
        + "years, and the town plans a party.</p></div></body>");
    assertThat(a.text()).contains("two winters of delays", "twelve million euros")
        .doesNotContain("lighthouse keeper");
  }

  @Test
  void jsonLdGivesHeadlineDateAndAuthors() {
    Article a = article("""
        <html><head><title>Pier to open in spring | Harbour Times</title>
        <script type="application/ld+json">{"@context": "https://schema.org",
         "@type": "NewsArticle", "headline": "Pier to open in spring",
         "datePublished": "2020-01-08T21:30:00-05:00",
         "author": [{"@type": "Person", "name": "Ana Souza"}, {"@type": "Person", "name": "Li Wei"}],
         "publisher": {"@type": "Organization", "name": "Harbour Times"}}</script>
        </head><body><article>""" + STORY + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Pier to open in spring");
    // The local date of the stated zone: 21:30 in New York is already the 9th in UTC.
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2020, 1, 8));
    assertThat(a.authors()).containsExactly("Ana Souza", "Li Wei");
  }

  @Test
  void siteNameIsStrippedFromTitle() {
    Article a = article("<html><head><title>Pier to open in spring - IGN</title>"
        + "<meta property=\"og:site_name\" content=\"IGN\"></head><body><article>" + STORY
        + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Pier to open in spring");
  }

  @Test
  void visibleHeadlineWinsOverAShortenedSeoTitle() {
    Article a = article("<html><head><title>Pier to open in spring | Harbour Times</title></head>"
        + "<body><article><h1>Pier to open in spring after four years of works</h1>" + STORY
        + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Pier to open in spring after four years of works");
  }

  @Test
  void kickerSetApartInsideTheHeadlineIsNotPartOfTheTitle() {
    Article a = article("<html><head><title>Pier to open in spring | Harbour Times</title></head>"
        + "<body><article><h1><small>Ferries</small><br>Pier to open in spring</h1>" + STORY
        + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Pier to open in spring");
  }

  @Test
  void blogNameInTheH1IsNotTheTitle() {
    Article a = article("<html><head><title>Gulls and Tides</title></head><body>"
        + "<h1><a href=\"https://gullsandtides.example/\">Gulls and Tides</a></h1>"
        + "<div class=\"post\"><h2><a href=\"https://gullsandtides.example/2021/pier\" "
        + "rel=\"bookmark\">A walk on the new pier</a></h2>" + STORY + "</div></body></html>");
    assertThat(a.title()).isEqualTo("A walk on the new pier");
  }

  @Test
  void shortPieceAfterBarIsTakenForTheSiteName() {
    Article a = article("<html><head><title>Pier to open in spring after long delays | Coast News"
        + "</title></head><body><article>" + STORY + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Pier to open in spring after long delays");
  }

  @Test
  void dateFromTimeElementAndBylineFromMeta() {
    Article a = article("<html><head><meta name=\"author\" content=\"By Jane Roe and John Doe\">"
        + "</head><body><article><time datetime=\"2019-08-02T23:10:00+02:00\">2 Aug</time>" + STORY
        + "</article></body></html>");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2019, 8, 2));
    assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
  }

  @Test
  void datePrintedJustUnderTheHeadlineInUnnamedMarkup() {
    assertThat(article("<body><article><h1>New pier opens</h1><p>12.03.2022 – Press release</p>"
        + STORY + "</article></body>").publishedDate()).isEqualTo(LocalDate.of(2022, 3, 12));
  }

  @Test
  void dateInsideTheStoryFarFromTheHeadlineIsNotThePublicationDate() {
    assertThat(article("<body><article><h1>New pier opens</h1>" + STORY + STORY
        + "<p>Works began on 4 May 2018.</p></article></body>").publishedDate()).isNull();
  }

  @Test
  void datePrintedInDateLineOrUrl() {
    assertThat(article("<body><article><span class=\"news-date\">07.11.2023</span>" + STORY
        + "</article></body>").publishedDate()).isEqualTo(LocalDate.of(2023, 11, 7));
    assertThat(article("<html><head><link rel=\"canonical\" href=\"https://example.org/2012/05/31/"
        + "pier/\"></head><body><article>" + STORY + "</article></body></html>").publishedDate())
        .isEqualTo(LocalDate.of(2012, 5, 31));
  }

  @Test
  void bylineElementGivesAuthorsWithoutSeparatorsDatesOrSites() {
    assertThat(article("<body><article><p class=\"post-author\">| Jane Roe</p>" + STORY
        + "</article></body>").authors()).containsExactly("Jane Roe");
    assertThat(article("<html><head><meta name=\"author\" content=\"example.de\"></head><body>"
        + "<article>" + STORY + "</article></body></html>").authors()).isEmpty();
  }

  @Test
  void noAuthorsIsAnEmptyList() {
    assertThat(article("<body><article>" + STORY + "</article></body>").authors()).isEmpty();
  }

  @Test
  void gentlerPassIsTakenForMuchMoreRunningTextNotForLongerChrome() {
    // The story sits in a box a CMS named "widget": the strict pass drops it and finds only a
    // short notice, which is real text but not the story.
    String notice = "<div class=\"notice\"><p>Opening hours of the harbour office change in winter;"
        + " please check the board at the gate, or call the office before you come, thank you, "
        + "and note the new number for the ferry desk, which moved to the north quay.</p></div>";
    Article a = article("<body>" + notice + "<div class=\"widget-area\">" + STORY
        + "</div></body>");
    assertThat(a.text()).contains("twelve million euros");
    // A short story with a long "most popular" list of links: the list is longer, but it is not
    // running text, so the gentler pass that would keep it is not taken.
    StringBuilder popular = new StringBuilder("<div class=\"sidebar-popular\"><ul>");
    for (int i = 0; i < 12; i++) {
      popular.append("<li><a href=\"/s").append(i).append("\">Another story that readers of this "
          + "site liked a great deal this week, number ").append(i).append("</a></li>");
    }
    popular.append("</ul></div>");
    Article b = article("<body><div class=\"story\"><p>The harbour authority said on Tuesday "
        + "that the new pier, which took four years to build, would open to ferries in spring, "
        + "once the last safety checks are done, and that fares would not change.</p></div>"
        + popular + "</body>");
    assertThat(b.text()).contains("new pier").doesNotContain("Another story");
  }

  @Test
  void shortBulletListInsideTheStoryStays() {
    // Two plain points in an unnamed list: a list's tag makes a poor candidate, but it is not
    // chrome, and only a class naming chrome should take it out of the story.
    Article a = article("<body><div class=\"story\">" + STORY + "<ul><li>The ferry to the islands"
        + " will leave from the new pier</li><li>Parking on the old quay will be free in May</li>"
        + "</ul></div></body>");
    assertThat(a.text()).contains("new pier", "ferry to the islands", "free in May");
  }

  @Test
  void captionThatRepeatsTheImagesDescriptionIsNotText() {
    String photo = "<div class=\"pic\"><a href=\"/big.jpg\"><img src=\"pier.jpg\" alt=\"The new pier"
        + " seen from the lighthouse at dusk\"></a><div class=\"box\"><div>The new pier seen from the"
        + " lighthouse at dusk<br>Photo: Town archive</div></div></div>";
    Article a = article("<body><div class=\"story\">" + STORY.replace("</p>\n<p>Fishermen",
        "</p>" + photo + "<p>Fishermen") + photo + "</div></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("lighthouse",
        "Town archive");
    // A quotation beside its speaker's portrait only shares the name with the picture's alt.
    Article b = article("<body><div class=\"story\">" + STORY + "<blockquote><div><img src=\"m.jpg\""
        + " alt=\"Maria Lopez, harbour master\"></div><div>We waited years for berths this deep."
        + "</div><div>Maria Lopez, harbour master</div></blockquote></div></body>");
    assertThat(b.text()).contains("berths this deep");
  }

  @Test
  void headlineStatedInMicrodataLeadsToTheStandfirst() {
    // A news module sets the headline in an h3 marked as the article's headline; the site's h1s
    // title boxes elsewhere. The standfirst box under it, named "teaser", is the story's start.
    Article a = article("<body><div class=\"partners\"><h1>Partners</h1><p>Our partners are listed"
        + " here.</p></div><div class=\"news\" itemscope itemtype=\"http://schema.org/Article\">"
        + "<div class=\"header\"><h3 itemprop=\"headline\">Pier to open in spring</h3></div>"
        + "<div class=\"teaser-text\"><p>" + STANDFIRST + " The harbour master expects the first"
        + " ferry in April.</p></div><div itemprop=\"articleBody\">" + STORY + "</div></div></body>");
    assertThat(a.text()).contains("almost ready", "first ferry in April", "new pier");
  }

  @Test
  void standfirstSetAsAPlainDivInARemovedHeaderIsKept() {
    Article a = article("<body><div class=\"page-header\"><h1>Pier to open in spring</h1>"
        + "<div class=\"abstract\">" + STANDFIRST + " The harbour master expects the first ferry"
        + " in April.</div><div class=\"meta\">12 May 2021</div></div><div class=\"text\">" + STORY
        + "</div></body>");
    assertThat(a.text()).contains("almost ready", "new pier");
  }

  @Test
  void shortSubheadingOpeningTheTextIsNotTakenForTheHeadline() {
    // The markup gives the headline (h1, read as the title); a deck under it without a full stop
    // is the story's first line, not a second headline to drop.
    Article a = article("<body><div class=\"story\"><h1>Pier to open in spring</h1><h3>Ferries"
        + " will use the deeper berths from April</h3>" + STORY + "</div></body>");
    assertThat(a.title()).isEqualTo("Pier to open in spring");
    assertThat(a.text()).startsWith("Ferries will use the deeper berths from April")
        .doesNotContain("Pier to open");
  }

  @Test
  void controlsDrawnAsDivsAreNotStoryText() {
    // A toggle over a photo, marked as a control by its ARIA role as a <button> would be.
    String toggle = "<div class=\"photo-toggle\" role=\"button\" tabindex=\"0\">Show picture"
        + "</div>";
    Article a = article("<body><article><h1>Pier to open in spring</h1><div class=\"entry\">"
        + STORY.replace("</p>", "</p>" + toggle) + "</div></article></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("Show picture");
  }

  @Test
  void accordionTitleDrawnAsAControlStays() {
    // The control holds the heading of the panel it opens: the heading is the story's.
    Article a = article("<body><article><h1>Pier to open in spring</h1><div class=\"entry\">"
        + STORY + "<div class=\"accordion\"><div role=\"button\" aria-expanded=\"true\">"
        + "<h3>What the ferries will cost</h3></div><div class=\"panel\"><p>A return crossing to"
        + " the island will cost eight euros for adults and four for children, the company said."
        + "</p></div></div></div></article></body>");
    assertThat(a.text()).contains("new pier", "What the ferries will cost", "eight euros");
  }

  @Test
  void paragraphsAScriptMadeClickableStay() {
    // A control's label is a few words; a long block with the role is text made clickable.
    Article a = article("<body><article><h1>Pier to open in spring</h1><div class=\"entry\">"
        + "<div role=\"button\" class=\"expand\">" + STORY + "</div></div></article></body>");
    assertThat(a.text()).contains("new pier", "shortage of steel");
  }
  @Test
  void storyParagraphAfterARowOfPicturesIsNotAGallery() {
    // A CMS sets an image strip and the paragraph under it in one block: four pictures and one
    // paragraph look like a gallery by their counts, but the block's only text is the story's.
    StringBuilder row = new StringBuilder("<div class=\"row\">");
    for (int i = 1; i <= 4; i++) {
      row.append("<div class=\"col\"><a href=\"/big").append(i).append(".jpg\"><img src=\"pier")
          .append(i).append(".jpg\"></a></div>");
    }
    row.append("<p>The first ferry is due in April and the harbour master expects ten crossings a"
        + " day in summer, twice as many as the old quay could take.</p></div>");
    Article a = storyUnderHeadline(STORY + row);
    assertThat(a.text()).contains("new pier", "ten crossings a day");
  }

  @Test
  void galleryWithACaptionBesideAParagraphStillGoes() {
    // A caption line under the pictures makes the block a gallery, even with a paragraph in it.
    StringBuilder gallery = new StringBuilder("<div class=\"row\">");
    for (int i = 1; i <= 6; i++) {
      gallery.append("<img src=\"pier").append(i).append(".jpg\">");
    }
    gallery.append("<div>Views of the new pier. Photos: Town archive</div><p>Pictures from the"
        + " opening day, taken by readers who sent them to us this week after the ceremony.</p>"
        + "</div>");
    Article a = storyUnderHeadline(STORY + gallery);
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("Town archive",
        "opening day");
  }

  @Test
  void captionParagraphNamedAsOneWordIsNotStoryText() {
    // The caption sits in a paragraph of its own under the picture, named by the template's
    // one-word class, in English or in the site's language.
    for (String name : List.of("imagedescription", "bildunterschrift", "imgCaption")) {
      Article a = storyUnderHeadline(STORY.replace("</p>\n<p>Fishermen", "</p><p><img"
          + " src=\"pier.jpg\"></p><p class=\"" + name + "\">The new pier at dusk. Photo: Town"
          + " archive</p><p>Fishermen"));
      assertThat(a.text()).as(name).contains("new pier", "Fishermen", "shortage of steel")
          .doesNotContain("Town archive");
    }
  }

  @Test
  void standfirstBoxTheStoryFollowsIsKeptWhereverTheHeadlineIs() {
    // A news module sets heading, standfirst and body in rows of their own; the page's h1 names
    // the site's section, so the standfirst is not under the marked headline.
    String module = "<div class=\"news-single\"><div class=\"article\"><div class=\"row\">"
        + "<div class=\"col\"><h3>Pier to open in spring</h3></div></div><div class=\"row\">"
        + "<div class=\"col\"><div class=\"teaser-text\"><p>" + STANDFIRST + "</p></div></div>"
        + "</div>"
        + "<div class=\"row\"><div class=\"col\"><div class=\"news-text\">" + STORY
        + "</div></div></div></div></div>";
    Article a = article("<body><div class=\"top\"><h1>Harbour news</h1></div>" + module
        + "</body>");
    assertThat(a.text()).contains("almost ready", "new pier", "shortage of steel");
  }

  @Test
  void teaserBoxesForOtherStoriesStayOutThoughTextFollows() {
    // Teasers set one after another: what follows a teaser is the next teaser, not the story.
    String teasers = "<div class=\"teasers\"><div class=\"teaser\"><p>The lighthouse keeper retires"
        + " after forty years, and the town plans a party for him.</p></div><div class=\"teaser\">"
        + "<p>The ferry company orders two new boats for the island route, the first since 1990."
        + "</p></div></div>";
    Article a = article("<body><div class=\"top\"><h1>Harbour news</h1></div><div class=\"main\">"
        + teasers + "<div class=\"news-text\">" + STORY + "</div></div></body>");
    assertThat(a.text()).contains("new pier").doesNotContain("lighthouse keeper", "two new boats");
  }

  @Test
  void teaserBoxHoldingTheHeadlineIsTheHeaderNotAStandfirst() {
    // The box holds the headline, a section label and the standfirst: its standfirst is the
    // story's start, the label is not.
    Article a = article("<body><section class=\"news\"><figure class=\"teaser\">"
        + "<img src=\"a.jpg\"><div class=\"info\"><span class=\"category\">Ports</span></div>"
        + "<h1>Pier to open in spring</h1><p>" + STANDFIRST + "</p>"
        + "</figure><p>The harbour authority said on Tuesday that the first ferries will berth at"
        + " the new pier in April, once the last safety checks are done, and that the old quay will"
        + " close to boats for good at the end of the summer season, when the fishing fleet moves"
        + " to the deeper berths on the north side of the new pier.</p>" + STORY
        + "</section></body>");
    assertThat(a.text()).contains("almost ready", "new pier").doesNotContain("Ports");
  }

  @Test
  void boldFollowLineWithALinkAtTheEndOfTheStoryGoes() {
    String note = "<p><strong>Follow the Harbour Gazette on <a href=\"https://social.example/hg\">"
        + "its channel</a> or write to desk@gazette.example with your news.</strong></p>";
    Article a = storyUnderHeadline(STORY + note);
    assertThat(a.text()).contains("new pier", "shortage of steel").doesNotContain("Follow the");
  }

  @Test
  void italicSignUpLineBeforeTheStoryGoes() {
    String note = "<p><em>Want our weekly port news? <a href=\"/letters\">Sign up here</a></em></p>";
    Article a = storyUnderHeadline(note + STORY);
    assertThat(a.text()).contains("new pier").doesNotContain("Sign up");
  }

  @Test
  void italicClosingNoteWithoutALinkStays() {
    // Stories end on italic source and update lines; without a pointer elsewhere they are text.
    String note = "<p><em>This story was updated to give the pier's opening month.</em></p>";
    assertKeptAfterStory(note, "opening month");
  }

  @Test
  void plainClosingParagraphWithALinkStays() {
    String last = "<p>The full plan is on the <a href=\"/plan\">council's site</a>.</p>";
    assertKeptAfterStory(last, "full plan");
  }

  @Test
  void italicQuotationWithAFootnoteOpeningTheStoryStays() {
    String epigraph = "<blockquote><p><em>\u201cA harbour is a promise kept.\u201d"
        + "<a href=\"#note1\">1</a></em></p></blockquote>";
    Article a = storyUnderHeadline(epigraph + STORY);
    assertThat(a.text()).contains("promise kept", "new pier");
  }
}
