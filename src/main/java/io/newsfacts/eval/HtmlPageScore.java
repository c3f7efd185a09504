package io.newsfacts.eval;

import java.util.List;

/**
 * How ingest did on one page: snippet counts (true/false positives and negatives as the set defines
 * them) with the snippets it got wrong, and each metadata value beside the gold one (a null
 * {@code …Correct} means the set does not know that value for this page); {@code dateDeclared}
 * says where the markup states a publication date ({@link DeclaredDate}, null: nowhere).
 */
public record HtmlPageScore(String file, String half, String failure, long nanos,
    int truePositives, int falseNegatives, int falsePositives, int trueNegatives,
    List<String> missed, List<String> leaked,
    String goldTitle, String title, Boolean titleCorrect,
    String goldDate, String date, Boolean dateCorrect, String dateDeclared,
    List<String> goldAuthors, List<String> authors, Boolean authorsCorrect) {}
