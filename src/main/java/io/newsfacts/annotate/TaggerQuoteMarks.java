package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Shows the tagger and parser a quotation's single marks as the double mark they were trained on,
 * right before {@code pos}.
 *
 * <p>Why: British and Commonwealth news quote in single marks (‘…’ or '…'), American news in
 * double ones. With {@code quotes=ascii} the tokenizer gives a single mark the word {@code '}, which
 * the tagger also reads as a possessive ending or an apostrophe; an American {@code "} is only ever
 * a quotation mark. So the same sentence may be tagged and parsed differently by its marks alone,
 * and the reporting clause ("…,’ Read said.") hung on the wrong word. Here a token that is the
 * opening or closing mark of a primary (outermost) quotation, and whose word is a single mark, gets
 * the word {@code "}: every convention reads as the American one. Apostrophes and single marks
 * nested inside a double quotation are left alone (they are not primary marks), and so are double
 * marks in any form ({@code "}, {@code ``}, {@code ''}). Only the word changes: character offsets
 * and original text stay, and every fact is read from those.
 *
 * <p>The marks come with the document ({@link MarksAnnotation}, set by {@link AnnotationPipeline}
 * from its {@link PrimaryQuoteMarks}) and are removed once used; without them nothing changes.
 */
final class TaggerQuoteMarks implements Annotator {

  /** The primary marks' begin offsets of the document being annotated. */
  static final class MarksAnnotation implements CoreAnnotation<int[]> {
    @Override
    public Class<int[]> getType() {
      return int[].class;
    }
  }

  /** The word the tagger knows a quotation mark by in every convention. */
  static final String DOUBLE_MARK = "\"";

  private static final Set<String> SINGLE_MARKS = Set.of("'", "`", "\u2018", "\u2019");

  TaggerQuoteMarks(Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    int[] begins = annotation.get(MarksAnnotation.class);
    annotation.remove(MarksAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (begins != null && tokens != null) {
      if (splitAtMarks(annotation, begins)) {
        tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
      }
      asDoubleMarks(tokens, begins);
    }
  }

  /**
   * Splits a token in two where a primary mark begins inside it. With curly marks the tokenizer
   * gives a nested quotation closing with its outer one (’” in American text, ”’ in British) as
   * one token, {@code '"}, which the tagger reads as a symbol of its own ({@code NFP}) and the
   * parser hangs anywhere, the reporting clause after it with it; straight marks ({@code '"}) give
   * two tokens, each a quotation mark. Each half keeps its own characters and offsets and gets the
   * word {@code quotes=ascii} gives its mark; the document's and each sentence's token lists are
   * renumbered. Returns whether any token was split.
   */
  static boolean splitAtMarks(Annotation annotation, int[] begins) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (begins.length == 0 || sentences == null
        || tokens.stream().noneMatch(t -> markInside(t, begins) > 0)) {
      return false;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> split = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int at = markInside(token, begins);
        if (at < 0) {
          split.add(token);
          continue;
        }
        CoreLabel second = new CoreLabel(token);
        token.setEndPosition(at);
        token.setOriginalText(text.substring(token.beginPosition(), at));
        token.setAfter("");
        second.setBeginPosition(at);
        second.setOriginalText(text.substring(at, second.endPosition()));
        second.setBefore("");
        for (CoreLabel half : List.of(token, second)) {
          String word = asciiMark(half.originalText());
          half.setWord(word);
          half.setValue(word);
        }
        split.add(token);
        split.add(second);
      }
      sentence.set(CoreAnnotations.TokensAnnotation.class, split);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + split.size());
      for (int i = 0; i < split.size(); i++) {
        split.get(i).setIndex(i + 1);
      }
      all.addAll(split);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    return true;
  }

  /** Where a mark begins inside {@code token}, after its first character; or -1. */
  private static int markInside(CoreLabel token, int[] begins) {
    int i = Arrays.binarySearch(begins, token.beginPosition() + 1);
    int at = begins[i >= 0 ? i : Math.min(-i - 1, begins.length - 1)];
    return at > token.beginPosition() && at < token.endPosition() ? at : -1;
  }

  /** The word {@code quotes=ascii} gives a mark of one character. */
  private static String asciiMark(String mark) {
    return switch (mark) {
      case "\u2018", "\u2019" -> "'";
      case "\u201C", "\u201D" -> DOUBLE_MARK;
      default -> mark;
    };
  }

  /** Gives the word {@code "} to each single-mark token beginning at one of {@code begins}. */
  static void asDoubleMarks(List<CoreLabel> tokens, int[] begins) {
    if (begins.length == 0) {
      return;
    }
    for (CoreLabel token : tokens) {
      if (SINGLE_MARKS.contains(token.word())
          && Arrays.binarySearch(begins, token.beginPosition()) >= 0) {
        token.setWord(DOUBLE_MARK);
        token.setValue(DOUBLE_MARK);
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
