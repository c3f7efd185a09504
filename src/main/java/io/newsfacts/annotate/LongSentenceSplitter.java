package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Splits every sentence longer than a bound into pieces under it, right after {@code ssplit}.
 *
 * <p>Why: the date tagger (SUTime's TokensRegex rules, run inside {@code ner}) costs time roughly
 * quadratic in a sentence's length, and the dependency tree of a sentence of thousands of tokens
 * is thousands deep. News sentences are far shorter than the bound; text without sentence ends
 * (a scraped list, a table flattened to one line, numbers, a run of quotation marks) is not, and
 * one such article used to take minutes. Pieces under the bound keep every article's cost linear
 * in its length.
 *
 * <p>Where: at the best token boundary in the second half of the allowed length, in this order:
 * after a semicolon or colon, after a comma, before a coordinating conjunction, after any token.
 * The pieces are CoreNLP sentences in every respect {@code ssplit} sets (text, character and
 * token offsets, sentence index, and each token's index and sentence index), so every later stage
 * and extractor reads them as sentences; sentences under the bound are left exactly as they were.
 *
 * <p>The same holds for one token: a line of hundreds of kilobytes without a space is one token,
 * and NER builds every prefix and suffix of a word as a feature, memory quadratic in its length
 * (300 KB ran a 3 GB heap out). The word the taggers read of a token over {@link #MAX_WORD_CHARS}
 * is cut to that length; its offsets and original text stay, so every fact still points at the
 * text as written. No English word, and hardly a URL, is that long.
 */
final class LongSentenceSplitter implements Annotator {

  /** Property: the most tokens a sentence may have; longer ones are split. */
  static final String MAX_TOKENS = PipelineConfig.LONG_SENTENCE_SPLIT + ".maxTokens";

  /** Property: the most characters of a token's word the taggers read. */
  static final String MAX_WORD_CHARS = PipelineConfig.LONG_SENTENCE_SPLIT + ".maxWordChars";

  /** Tokens no sentence opens with: after ".)" they continue the sentence. */
  private static final Set<String> CONTINUING_PUNCTUATION = Set.of(",", ".", ";", ":");
  /** Marks that close a quotation, as the tokenizer leaves them in a token's original text. */
  private static final Set<String> CLOSING_QUOTES = Set.of("”", "’", "\"", "'", "''", "»");
  private static final Set<String> STRONG_BREAKS = Set.of(";", ":");
  private static final Set<String> WEAK_BREAKS = Set.of(",");
  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "but", "or", "nor", "yet", "so", "while", "whereas");

  private final int maxTokens;
  private final int maxWordChars;

  LongSentenceSplitter(Properties properties) {
    this(Integer.parseInt(properties.getProperty(MAX_TOKENS,
            Integer.toString(PipelineConfig.MAX_SENTENCE_TOKENS))),
        Integer.parseInt(properties.getProperty(MAX_WORD_CHARS,
            Integer.toString(PipelineConfig.MAX_WORD_CHARS))));
  }

  LongSentenceSplitter(int maxTokens) {
    this(maxTokens, PipelineConfig.MAX_WORD_CHARS);
  }

  LongSentenceSplitter(int maxTokens, int maxWordChars) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException(MAX_TOKENS + " must be at least 2, not " + maxTokens);
    }
    if (maxWordChars < 1) {
      throw new IllegalArgumentException(MAX_WORD_CHARS + " must be positive, not " + maxWordChars);
    }
    this.maxTokens = maxTokens;
    this.maxWordChars = maxWordChars;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreLabel> allTokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (allTokens != null) {
      for (CoreLabel token : allTokens) {
        if (token.word() != null && token.word().length() > maxWordChars) {
          String word = token.word().substring(0, maxWordChars);
          token.setWord(word);
          token.setValue(word);
        }
      }
    }
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (sentences != null) {
      List<CoreMap> mended = mendFalseBreaks(sentences, text);
      if (mended != sentences) {
        annotation.set(CoreAnnotations.SentencesAnnotation.class, mended);
        sentences = mended;
      }
    }
    if (sentences == null
        || sentences.stream().allMatch(s -> tokens(s).size() <= maxTokens)) {
      return; // ordinary text: nothing is touched
    }
    List<CoreMap> bounded = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = tokens(sentence);
      if (tokens.size() <= maxTokens) {
        bounded.add(renumbered(sentence, bounded.size()));
        continue;
      }
      int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int start = 0; start < tokens.size(); ) {
        int end = cut(tokens, start);
        bounded.add(piece(sentence, text, tokens.subList(start, end), tokenBegin + start,
            bounded.size()));
        start = end;
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, bounded);
  }

  /**
   * Joins a sentence to the one before where ssplit broke a sentence of edited prose in two, which
   * it does at two marks that need not end one. The period of an abbreviation in brackets: US
   * news names a lawmaker's party and state as "Rep. Gwen Moore (D-Wis.) said Friday", and the
   * tokenizer, not knowing "D-Wis." as an abbreviation, ends a sentence after ".)". A question or
   * exclamation mark inside quotation marks: "“Why?” he asked.", "She declared “What a day!” and
   * said …", in every mark convention ("``Why?'' he asked", "‘Why?’ asked Burnham"); split there,
   * the reporting clause is a sentence without its quotation. A sentence of edited prose does not
   * open with a lower-case word or a comma, so a break is mended only then (or, after an
   * abbreviation, when it opens with the sentence's own final period: "(R-Calif.)." is split
   * before the "."), and never across a blank line. The original list is returned when nothing is
   * joined.
   */
  static List<CoreMap> mendFalseBreaks(List<CoreMap> sentences, String text) {
    List<CoreMap> mended = new ArrayList<>();
    boolean joined = false;
    for (CoreMap sentence : sentences) {
      CoreMap before = mended.isEmpty() ? null : mended.get(mended.size() - 1);
      if (before == null || !brokenInsideSentence(before, sentence, text)) {
        mended.add(sentence);
        continue;
      }
      List<CoreLabel> tokens = new ArrayList<>(tokens(before));
      tokens.addAll(tokens(sentence));
      mended.set(mended.size() - 1, piece(before, text, tokens,
          before.get(CoreAnnotations.TokenBeginAnnotation.class), mended.size() - 1));
      joined = true;
    }
    if (!joined) {
      return sentences;
    }
    for (int i = 0; i < mended.size(); i++) {
      renumbered(mended.get(i), i);
    }
    return mended;
  }

  private static boolean brokenInsideSentence(CoreMap before, CoreMap sentence, String text) {
    List<CoreLabel> end = tokens(before);
    List<CoreLabel> next = tokens(sentence);
    if (end.size() < 2 || next.isEmpty()
        || text.substring(end.get(end.size() - 1).endPosition(), next.get(0).beginPosition())
            .contains("\n\n")) {
      return false;
    }
    String first = next.get(0).originalText();
    boolean opensLowerCase = !first.isEmpty() && Character.isLowerCase(first.codePointAt(0));
    boolean continues = opensLowerCase || CONTINUING_PUNCTUATION.contains(first);
    return continues && endsWithBracketedAbbreviation(end)
        || (opensLowerCase || ",".equals(first)) && endsWithQuotedQuestionOrExclamation(end);
  }

  private static boolean endsWithBracketedAbbreviation(List<CoreLabel> end) {
    if (end.size() < 3) {
      return false;
    }
    CoreLabel bracket = end.get(end.size() - 1);
    CoreLabel period = end.get(end.size() - 2);
    CoreLabel word = end.get(end.size() - 3);
    return (")".equals(bracket.originalText()) || "-RRB-".equals(bracket.word()))
        && ".".equals(period.word()) && word.endPosition() == period.beginPosition()
        && period.endPosition() == bracket.beginPosition();
  }

  /** "…?”", "…!''", "…?’": closing marks, and before them a question or exclamation mark. */
  private static boolean endsWithQuotedQuestionOrExclamation(List<CoreLabel> end) {
    int i = end.size() - 1;
    while (i >= 0 && CLOSING_QUOTES.contains(end.get(i).originalText())) {
      i--;
    }
    return i >= 0 && i < end.size() - 1 && end.get(i).originalText().matches("[?!]+");
  }

  /** Where the piece that starts at {@code start} ends (exclusive). */
  int cut(List<CoreLabel> tokens, int start) {
    int remaining = tokens.size() - start;
    if (remaining <= maxTokens) {
      return tokens.size();
    }
    // A piece ends somewhere in the second half of the allowed length: never a sliver.
    int earliest = start + Math.max(1, maxTokens / 2);
    int latest = start + maxTokens;
    int best = latest;
    int bestRank = Integer.MAX_VALUE;
    for (int end = latest; end >= earliest; end--) {
      int rank = rank(tokens.get(end - 1), tokens.get(end));
      if (rank < bestRank) {
        best = end;
        bestRank = rank;
        if (rank == 0) {
          break;
        }
      }
    }
    return best;
  }

  /** How good a break between two tokens is: 0 best, 3 any. */
  private static int rank(CoreLabel before, CoreLabel after) {
    if (STRONG_BREAKS.contains(before.word())) {
      return 0;
    }
    if (WEAK_BREAKS.contains(before.word())) {
      return 1;
    }
    if (CONJUNCTIONS.contains(after.word().toLowerCase(java.util.Locale.ROOT))) {
      return 2;
    }
    return 3;
  }

  private static CoreMap renumbered(CoreMap sentence, int index) {
    Integer old = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (old == null || old != index) {
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
      for (CoreLabel token : tokens(sentence)) {
        token.setSentIndex(index);
      }
    }
    return sentence;
  }

  /** A sentence of some of another's tokens, as {@code ssplit} would have made it. */
  private static CoreMap piece(CoreMap whole, String text, List<CoreLabel> tokens,
      int tokenBegin, int index) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin, end));
    // Whatever else ssplit put on the sentence (line number, section, doc id) holds for each piece.
    for (Class<?> key : whole.keySet()) {
      copy(whole, piece, key);
    }
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    piece.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    int position = 1;
    for (CoreLabel token : tokens) {
      token.setIndex(position++);
      token.setSentIndex(index);
    }
    return piece;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void copy(CoreMap from, CoreMap to, Class key) {
    to.set(key, from.get(key));
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
