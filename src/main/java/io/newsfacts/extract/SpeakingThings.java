package io.newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which common nouns can be a quotation's source. A person or a body speaks ("the spokesman", "the
 * ministry"), and so does what carries words: a document or message ("the statement", "the ad",
 * "the email", "news accounts"). Any other thing ("the auguries foretell …", "the safety net
 * becoming …") is the subject of an act, not a source: a reader gets no speaker rather than a
 * wrong one.
 *
 * <p>A thing is a noun CoreNLP's deterministic coreference lists as inanimate and not as animate
 * ({@code inanimate.unigrams.txt}, {@code animate.unigrams.txt} of the models jar) and that is
 * neither a body nor a carrier of words in the short lists below. CoreNLP's lists call bodies
 * ("company", "ministry", "campaign") inanimate, so they need the list of their own.
 */
final class SpeakingThings {

  private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";
  private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  private static final Set<String> INANIMATE_NOUNS = load(INANIMATE);
  private static final Set<String> ANIMATE_NOUNS = load(ANIMATE);

  /** Nouns of communication: what carries words a reporter may quote. */
  private static final Set<String> CARRIERS = Set.of(
      "statement", "report", "email", "e-mail", "ad", "advert", "advertisement", "commercial",
      "letter", "memo", "memorandum", "tweet", "post", "headline", "release", "poll", "survey",
      "study", "filing", "complaint", "ruling", "lawsuit", "suit", "order", "opinion", "decision",
      "verdict", "document", "paper", "article", "story", "column", "editorial", "book", "memoir",
      "essay", "blog", "website", "site", "page", "message", "text", "note", "notice",
      "announcement", "speech", "address", "interview", "transcript", "video", "clip", "footage",
      "broadcast", "program", "programme", "show", "sign", "banner", "placard", "poster", "slogan",
      "caption", "label", "motion", "resolution", "bill", "law", "act", "amendment", "proposal",
      "plan", "platform", "manifesto", "policy", "guideline", "guidance", "rule", "regulation",
      "constitution", "treaty", "agreement", "contract", "petition", "indictment", "warrant",
      "testimony", "affidavit", "brief", "appeal", "account", "record", "minutes", "cable",
      "dispatch", "bulletin", "communique", "newsletter", "pamphlet", "leaflet", "flyer", "mailer",
      "brochure", "questionnaire", "analysis", "review", "audit", "investigation", "inquiry",
      "probe", "forecast", "estimate", "projection", "data", "figure", "statistic", "index",
      "summary", "description", "explanation", "argument", "claim", "quote", "title", "sticker",
      "shirt", "t-shirt", "card", "chant", "song", "lyric", "tagline", "script", "warning", "alert",
      "advisory", "guide", "handbook", "manual", "textbook", "dictionary", "letterhead", "bio",
      "profile", "feed", "podcast", "documentary", "film", "movie", "episode", "segment", "lede",
      "entry", "passage", "line", "verse", "phrase", "catchphrase", "answer", "response",
      "reply", "remark", "comment", "word", "question", "piece", "footnote", "result", "finding",
      "excerpt", "quotation");

  /** Bodies that speak as one: organisations and groups named by a common noun. */
  private static final Set<String> BODIES = Set.of(
      "campaign", "company", "firm", "ministry", "government", "committee", "agency",
      "administration", "court", "council", "department", "office", "newspaper", "magazine",
      "network", "board", "union", "team", "group", "party", "commission", "panel", "state", "city",
      "county", "school", "university", "college", "bank", "organization", "organisation",
      "association", "federation", "league", "club", "foundation", "institute", "center", "centre",
      "charity", "coalition", "alliance", "movement", "church", "army", "military", "navy", "force",
      "embassy", "consulate", "parliament", "congress", "senate", "house", "assembly",
      "legislature", "cabinet", "regime", "authority", "bureau", "service", "station", "channel",
      "outlet", "media", "press", "publication", "broadcaster", "studio", "tribunal", "jury",
      "prosecution", "defense", "defence", "corporation", "business", "industry", "exchange",
      "nation", "country", "republic", "kingdom", "town", "village", "community", "family",
      "household", "crowd", "audience", "public", "electorate", "staff", "faculty", "management",
      "leadership", "opposition", "majority", "minority", "camp", "side", "delegation", "caucus",
      "chamber", "secretariat", "district", "province", "region", "municipality", "police",
      "directorate", "lab", "laboratory", "hospital", "clinic", "museum", "library", "zoo",
      "journal", "daily", "weekly", "tabloid", "wire", "outfit", "newsroom", "desk", "unit",
      "division", "branch", "subsidiary", "brand", "retailer", "manufacturer", "maker", "carrier",
      "airline", "insurer", "lender", "fund", "trust", "estate", "chain", "store", "effort");

  /**
   * Offices a person holds, which NER often takes into an organisation's name before them
   * ("Conservative MP", "Labour leader", "Napa County Public Works Director"). A fixed list:
   * CoreNLP's animate list also holds words newspapers are named after (Observer, Guardian).
   */
  private static final Set<String> OFFICES = Set.of("mp", "mps", "mep", "msp", "td",
      "senator", "congressman", "congresswoman", "lawmaker", "legislator", "minister",
      "councillor", "councilor", "councilman", "councilwoman", "mayor", "governor", "leader",
      "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "president",
      "director", "secretary", "official", "candidate", "nominee", "commissioner",
      "representative", "delegate", "ambassador");

  private SpeakingThings() {}

  /** True for a word naming an office a person holds ("MP", "minister", "director"). */
  static boolean isOfficeHolder(String word) {
    return OFFICES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for a common noun (by lemma) for a body that speaks as one ("council", "club"). */
  static boolean isBody(String lemma) {
    return lemma != null && BODIES.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** True for a common noun (by lemma) that names a thing that neither speaks nor carries words. */
  static boolean isMute(String lemma) {
    if (lemma == null) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return INANIMATE_NOUNS.contains(l) && !ANIMATE_NOUNS.contains(l) && !CARRIERS.contains(l)
        && !BODIES.contains(l);
  }

  /**
   * True for a noun that names one person by role or kind ("MP", "minister", "nominee",
   * "woman"): a singular office, or singular, in CoreNLP's animate list only (not also in its
   * inanimate one) and no body that speaks as one.
   */
  static boolean isPersonNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return OFFICES.contains(w) && !w.endsWith("s") || ANIMATE_NOUNS.contains(w)
        && !INANIMATE_NOUNS.contains(w) && !BODIES.contains(w)
        && (!w.endsWith("s") || w.endsWith("ss"));
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    InputStream in = SpeakingThings.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return words; // no models jar: nothing is known to be mute
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        words.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
