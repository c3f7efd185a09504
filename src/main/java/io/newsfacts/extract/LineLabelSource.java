package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * The headline shape "Graham: Trump's rhetoric is destroying the party's chances" and its
 * transcript kin: a line that opens with a short name and a colon attributes the rest of the line
 * to that name, with the colon as the cue (PolNeAR annotates it so). Only a line of its own (a
 * headline, a caption, a speaker's turn), and only when the label is a person or organisation the
 * entity finder named, so "The Latest: …", "Poll: …" and "BYLINE: …" stay labels. The content is
 * the rest of the line, over all its sentences (a transcript's turn). Needs no parse.
 */
final class LineLabelSource {

  /** Longest label read as a name: "McCain Challenger Kelli Ward" is four words. */
  private static final int MAX_LABEL_TOKENS = 5;

  private LineLabelSource() {}

  /** The relation the sentence holds as "Name: content", or null. */
  static ReportedSpeech.Found read(String text, CoreSentence sentence,
      List<EntityCluster> entities) {
    List<CoreLabel> tokens = sentence.tokens();
    if (tokens.size() < 4 || !opensLine(text, tokens.get(0).beginPosition())) {
      return null;
    }
    int colon = -1;
    for (int i = 1; i <= Math.min(MAX_LABEL_TOKENS, tokens.size() - 3); i++) {
      if (tokens.get(i).word().equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return null;
    }
    EntityCluster named = null;
    for (int i = 0; i < colon; i++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag() == null ? "" : t.tag();
      if (!tag.startsWith("NNP") && !tag.equals("POS") && !tag.equals("NN")) {
        return null; // "Clinton Wades In: …", "Carly Fiorina Endorses Ted Cruz: …"
      }
      EntityCluster e = EntityCluster.covering(entities, t.beginPosition());
      if (e != null && e.isPersonOrOrganisation()) {
        named = e;
      }
    }
    if (named == null) { // a title-case headline's "Graham" that NER missed: the story's Graham
      named = bySurname(entities, asName(tokens.get(colon - 1).word()));
    }
    int contentBegin = tokens.get(colon + 1).beginPosition();
    int sentenceEnd = tokens.get(tokens.size() - 1).endPosition();
    int lineEnd = lineEnd(text, contentBegin);
    boolean runsOn = sentenceEnd < lineEnd; // more sentences follow on the label's line
    int contentEnd = runsOn ? lineEnd : sentenceEnd;
    if (named == null || (!runsOn && !closesLine(text, sentenceEnd))
        || tokens.size() - colon - 1 < 3 || !runsOn
        && text.substring(contentBegin, contentEnd).trim().endsWith("?")) {
      return null; // a tally ("Clinton: 1,769") or a question ("Ted Cruz: conservative or …?")
    }
    while (contentEnd > contentBegin && ".;".indexOf(text.charAt(contentEnd - 1)) >= 0) {
      contentEnd--;
    }
    CoreLabel colonToken = tokens.get(colon);
    return new ReportedSpeech.Found(tokens.get(0).beginPosition(),
        tokens.get(colon - 1).endPosition(), named, colonToken.beginPosition(),
        colonToken.endPosition(), contentBegin, contentEnd);
  }

  /** The one person whose name in the story ends with this word. */
  static EntityCluster bySurname(List<EntityCluster> entities, String word) {
    EntityCluster found = null;
    for (EntityCluster entity : entities) {
      if (entity.type() != EntityType.PERSON) {
        continue;
      }
      for (NamedMention m : entity.mentions()) {
        String[] words = m.text().split("\\s+");
        if (words.length > 1 && words[words.length - 1].equals(word)) {
          if (found != null && found != entity) {
            return null; // two Clintons: the label does not say which
          }
          found = entity;
        }
      }
    }
    return found;
  }

  private static boolean opensLine(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static boolean closesLine(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n';
  }

  /**
   * Where the line that {@code end} lies on ends, without its trailing spaces. A speaker's turn
   * in a transcript ("FALLIN: Well, I think … They want safe streets.") runs on over several
   * sentences, and the label attributes all of them: the PolNeAR guidelines mark the whole turn
   * as one relation, and what the speaker reports inside it ("I think …") as part of it.
   */
  private static int lineEnd(String text, int end) {
    int newline = text.indexOf('\n', end);
    int i = newline < 0 ? text.length() : newline;
    while (i > end && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * A transcript's speaker label in capitals ("FALLIN:") as the surname is written in the story
   * ("Fallin"), so the story's one person of that surname can be found.
   */
  private static String asName(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
        ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
  }
}
