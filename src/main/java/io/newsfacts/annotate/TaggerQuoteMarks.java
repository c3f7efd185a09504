package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
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
 * <p>The tokenizer also takes any two quotation marks in a row for one token, as it would
 * {@code ``}: a nested quotation closed with its outer one ("…, darn it,’” Cruz said") gives one
 * token {@code '"} that the tagger calls NFP, and the parse loses the quotation's end and with it
 * the reporting clause after. Such a pair holding a primary mark is that mark to the tagger too.
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

  /** Every mark the tokenizer may join into one token, in its ascii and its curly forms. */
  private static final String QUOTE_CHARS = "'`\"\u2018\u2019\u201C\u201D";

  TaggerQuoteMarks(Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    int[] begins = annotation.get(MarksAnnotation.class);
    annotation.remove(MarksAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (begins != null && tokens != null) {
      asDoubleMarks(tokens, begins);
    }
  }

  /** Gives the word {@code "} to each single-mark token beginning at one of {@code begins}. */
  static void asDoubleMarks(List<CoreLabel> tokens, int[] begins) {
    if (begins.length == 0) {
      return;
    }
    for (CoreLabel token : tokens) {
      if ((SINGLE_MARKS.contains(token.word()) || isMixedPair(token.word()))
          && holdsMark(begins, token)) {
        token.setWord(DOUBLE_MARK);
        token.setValue(DOUBLE_MARK);
      }
    }
  }

  /** Two marks the tokenizer joined, one single and one double: {@code '"}, {@code "'}. */
  private static boolean isMixedPair(String word) {
    return word.length() == 2 && word.chars().allMatch(c -> QUOTE_CHARS.indexOf(c) >= 0)
        && SINGLE_MARKS.contains(word.substring(0, 1)) != SINGLE_MARKS.contains(word.substring(1));
  }

  private static boolean holdsMark(int[] begins, CoreLabel token) {
    for (int at = token.beginPosition(); at < token.endPosition(); at++) {
      if (Arrays.binarySearch(begins, at) >= 0) {
        return true;
      }
    }
    return false;
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
