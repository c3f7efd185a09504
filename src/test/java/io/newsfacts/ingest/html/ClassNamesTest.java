package io.newsfacts.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What class and id names say about an element's role, on elements written for each case. */
class ClassNamesTest {

  private static Element div(String classes) {
    return Jsoup.parse("<div class=\"" + classes + "\">text</div>").selectFirst("div");
  }

  @Test
  void aRecipesOwnPartsNameTheStory() {
    assertThat(ClassNames.weight(div("recipe-ingredients"))).isPositive();
    assertThat(ClassNames.weight(div("zutaten-liste"))).isPositive();
    assertThat(ClassNames.weight(div("recipeSteps primary"))).isPositive();
    assertThat(ClassNames.weight(div("rezept"))).isPositive();
  }

  @Test
  void aPageBuildersWidgetIsTheBlockItPlacesNotASidebarBox() {
    Element text = div("elementor-element elementor-element-3f2a9c1b elementor-widget "
        + "elementor-widget-text-editor");
    assertThat(ClassNames.isUnlikely(text)).isFalse();
    assertThat(ClassNames.weight(text)).isPositive();
    assertThat(ClassNames.weight(div("elementor-widget-container"))).isZero();
    // The sidebar's own boxes keep their names.
    assertThat(ClassNames.isUnlikely(div("widget widget_text"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("elementor-widget elementor-widget-sidebar"))).isTrue();
  }

  @Test
  void blogPostMetadataIsNamedWithOrWithoutSeparators() {
    assertThat(ClassNames.isPostMetadata(div("postmetadata alt"))).isTrue();
    assertThat(ClassNames.isPostMetadata(div("entry-utility"))).isTrue();
    assertThat(ClassNames.isPostMetadata(div("entry__meta"))).isTrue();
    assertThat(ClassNames.isPostMetadata(div("PostMeta"))).isTrue();
    assertThat(ClassNames.isPostMetadata(div("post-info small"))).isTrue();
    assertThat(ClassNames.isPostMetadata(div("entry-content"))).isFalse();
    assertThat(ClassNames.isPostMetadata(div("metadata"))).isFalse();
  }

  @Test
  void postTaxonomyClassesDoNotNameTheContainersRole() {
    Element post = div("post hentry category-der-kommentar tag-sidebar");
    assertThat(ClassNames.isComments(post)).isFalse();
    assertThat(ClassNames.isUnlikely(post)).isFalse();
    assertThat(ClassNames.weight(post)).isPositive();
  }

  @Test
  void termsOfASitesOwnTaxonomiesAfterWordPressHentryDoNotNameTheRole() {
    // WordPress prints one class per term of each taxonomy after "hentry": a series named
    // "reader comments" or an author called Sidebar are topics, not the element's role.
    Element post = div("post-12 post type-post status-publish format-standard hentry"
        + " serie-readers-comments autor-anna-sidebar");
    assertThat(ClassNames.isComments(post)).isFalse();
    assertThat(ClassNames.isUnlikely(post)).isFalse();
    assertThat(ClassNames.weight(post)).isPositive();
    // Without WordPress's post classes, the same names are read as they stand.
    assertThat(ClassNames.isComments(div("hentry readers-comments"))).isTrue();
  }

  private static Element heading(String id, String text) {
    return Jsoup.parse("<h3 id=\"" + id + "\">" + text + "</h3>").selectFirst("h3");
  }

  @Test
  void headingAnchoredByAnIdSpellingItsOwnTextIsNotChromeForTheId() {
    // A table of contents' anchor: the id is made from the heading's words, accents dropped.
    assertThat(ClassNames.isUnlikely(heading("nav_hohere_mieten_im_zentrum_1",
        "Höhere Mieten im Zentrum"))).isFalse();
  }

  @Test
  void headingWhoseIdDoesNotSpellItsTextIsReadByTheId() {
    assertThat(ClassNames.isUnlikely(heading("nav_main_1", "Höhere Mieten im Zentrum")))
        .isTrue();
    // Too few letters to tell an anchor from a name: "Menu" in an id "menu" names the role.
    assertThat(ClassNames.isUnlikely(heading("menu", "Menu"))).isTrue();
  }

  @Test
  void compoundsStartingWithCommentNameReaderComments() {
    assertThat(ClassNames.isComments(div("commentlist"))).isTrue();
    assertThat(ClassNames.isComments(div("sect sect_commentlinks"))).isTrue();
    assertThat(ClassNames.isComments(div("news subjective commentary"))).isFalse();
  }

  @Test
  void opinionPieceNamedCommentaryIsNotWeighedAsComments() {
    assertThat(ClassNames.weight(div("story commentary"))).isPositive();
    assertThat(ClassNames.isUnlikely(div("box commentary"))).isFalse();
    assertThat(ClassNames.weight(div("story comments"))).isZero();
  }

  @Test
  void callToActionBoxIsChrome() {
    assertThat(ClassNames.isUnlikely(div("c-letters-cta"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("ctaBox"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("octal-grid"))).isFalse();
  }

  @Test
  void readerCommentsAreNamedInManyLanguages() {
    assertThat(ClassNames.isComments(div("kommentare"))).isTrue();
    assertThat(ClassNames.isComments(div("lista-comentarios"))).isTrue();
    assertThat(ClassNames.isComments(div("entry-content"))).isFalse();
  }

  @Test
  void citationsInAListNamedAsReferencesAreInAReferenceList() {
    Element li = Jsoup.parse("<div class=\"article__references\"><ul class=\"rlist\"><li>"
        + "Doe J, Roe R. A study. J Tests. 2001;1:2-3.</li></ul></div>").selectFirst("li");
    assertThat(ClassNames.inReferenceList(li)).isTrue();
    Element cited = Jsoup.parse("<ol id=\"bibliography\"><li>Doe J. 2001.</li></ol>")
        .selectFirst("li");
    assertThat(ClassNames.inReferenceList(cited)).isTrue();
  }

  @Test
  void aPageWrapperNamedAfterItsReferencesIsNoReferenceList() {
    Element p = Jsoup.parse("<div class=\"page-with-references\"><div class=\"body\"><div>"
        + "<section><p>The story itself.</p></section></div></div></div>").selectFirst("p");
    assertThat(ClassNames.inReferenceList(p)).isFalse();
  }

  @Test
  void boxesAskingTheReaderToFollowTheSiteAreChrome() {
    Element camel = Jsoup.parse("<div id=\"FollowOnNewsApps\">Follow us</div>").selectFirst("div");
    assertThat(ClassNames.isUnlikely(camel)).isTrue();
    assertThat(ClassNames.isUnlikely(div("box siguenos"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("followers-count-story"))).isFalse();
  }

  @Test
  void notesTheSiteSetsBesideEveryStoryAreChrome() {
    assertThat(ClassNames.isUnlikely(div("affiliate-text"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("editorial-disclosure"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("community-notice blog-entry-notice"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("noticeable-change"))).isFalse();
  }

  @Test
  void readersForumUnderTheStoryNamesComments() {
    assertThat(ClassNames.isComments(div("forum"))).isTrue();
    assertThat(ClassNames.isComments(div("formulaire_spip formulaire_forum"))).isTrue();
    assertThat(ClassNames.isComments(div("forumula-one"))).isFalse();
  }

  @Test
  void boxAboutTheAuthorIsChromeButABylineNameIsNot() {
    assertThat(ClassNames.isUnlikely(div("bmg-content-box bmg-author-box"))).isTrue();
    assertThat(ClassNames.isUnlikely(div("author-name"))).isFalse();
  }

  @Test
  void captionsAreNamedAsOneWordOrInTheSitesLanguage() {
    assertThat(ClassNames.isCaption(div("imagedescription uk-text-center"))).isTrue();
    assertThat(ClassNames.isCaption(div("article__image-caption"))).isTrue();
    assertThat(ClassNames.isCaption(div("teaser imageDescription"))).isTrue();
    assertThat(ClassNames.isCaption(div("photoCredit"))).isTrue();
    assertThat(ClassNames.isCaption(div("bildunterschrift"))).isTrue();
    assertThat(ClassNames.isCaption(div("legende-photo"))).isTrue();
    assertThat(ClassNames.isCaption(div("pie-de-foto"))).isTrue();
    assertThat(ClassNames.isCaption(div("article-description"))).isFalse();
    assertThat(ClassNames.isCaption(div("entry-content image-block"))).isFalse();
  }
}
