package io.newsfacts.report;

/**
 * The kinds of marks laid over the article text. The order is the nesting order when two marks
 * cover the same characters: reported content contains anything, a quote contains a speaker or
 * entity, a speaker wraps the entity mention it names, a date is innermost.
 */
enum MarkKind {
  REPORTED, QUOTE, SPEAKER, ENTITY, DATE
}
