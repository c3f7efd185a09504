/** Scores NewsFacts and plain CoreNLP side by side on gold-standard sets: readers, metrics, runner, report. */
package io.newsfacts.eval;
