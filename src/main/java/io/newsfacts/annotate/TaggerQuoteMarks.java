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
 * Shows the tagger and parser a quotation's marks as American text would give them, right before
 * {@code pos}: an outermost quotation's single marks as the double mark, a nested quotation's
 * double marks as the single one.
 *
 * <p>Why: British and Commonwealth news quote in single marks (‘…’ or '…'), American news in
 * double ones. With {@code quotes=ascii} the tokenizer gives a single mark the word {@code '}, which
 * the tagger also reads as a possessive ending or an apostrophe; an American {@code "} is only ever
 * a quotation mark. So the same sentence may be tagged and parsed differently by its marks alone,
 * and the reporting clause ("…,’ Read said.") hung on the wrong word. Here a token that is the
 * opening, re-opening or closing mark of a primary (outermost) quotation, and whose word is a
 * single mark, gets the word {@code "}; one that is the mark of a quotation nested inside it
 * (‘He said, “No.”’), and whose word is a double mark, gets the word {@code '}: every convention
 * reads as the American one (“He said, ‘No.’”). Apostrophes are no quotation's marks and are left
 * alone; so are primary double marks and nested single marks in any form ({@code "}, {@code ``},
 * {@code ''}, {@code `}), which the American and wire conventions already give. Only the word
 * changes: character offsets and original text stay, and every fact is read from those.
 *
 * <p>The marks come with the document ({@link MarksAnnotation}, set by {@link AnnotationPipeline}
 * from its {@link QuoteMarkLevels}) and are removed once used; without them nothing changes.
 */
final class TaggerQuoteMarks implements Annotator {

  /** The quotation marks of the document being annotated. */
  static final class MarksAnnotation implements CoreAnnotation<QuoteMarkLevels.Marks> {
    @Override
    public Class<QuoteMarkLevels.Marks> getType() {
      return QuoteMarkLevels.Marks.class;
    }
  }

  /** The word the tagger knows an outermost quotation's mark by in every convention. */
  static final String DOUBLE_MARK = "\"";

  /** The word the tagger knows a nested quotation's mark by in American text. */
  static final String SINGLE_MARK = "'";

  private static final Set<String> SINGLE_MARKS = Set.of("'", "`", "\u2018", "\u2019");

  private static final Set<String> DOUBLE_MARKS =
      Set.of("\"", "``", "''", "\u201C", "\u201D");

  TaggerQuoteMarks(Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    QuoteMarkLevels.Marks marks = annotation.get(MarksAnnotation.class);
    annotation.remove(MarksAnnotation.class);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (marks != null && tokens != null) {
      asDoubleMarks(tokens, marks.primary());
      asSingleMarks(tokens, marks.nested());
    }
  }

  /** Gives the word {@code "} to each single-mark token beginning at one of {@code begins}. */
  static void asDoubleMarks(List<CoreLabel> tokens, int[] begins) {
    rename(tokens, begins, SINGLE_MARKS, DOUBLE_MARK);
  }

  /** Gives the word {@code '} to each double-mark token beginning at one of {@code begins}. */
  static void asSingleMarks(List<CoreLabel> tokens, int[] begins) {
    rename(tokens, begins, DOUBLE_MARKS, SINGLE_MARK);
  }

  private static void rename(List<CoreLabel> tokens, int[] begins, Set<String> from, String to) {
    if (begins.length == 0) {
      return;
    }
    for (CoreLabel token : tokens) {
      if (from.contains(token.word())
          && Arrays.binarySearch(begins, token.beginPosition()) >= 0) {
        token.setWord(to);
        token.setValue(to);
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
