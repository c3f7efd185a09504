package io.newsfacts.eval;

/**
 * A gold quotation: the span of its content inside the quotation marks (code points, end
 * exclusive), the speaker as written near it ({@code speaker}) and the speaker's canonical name
 * ({@code speakerName}); either may be null.
 */
public record GoldQuote(int start, int end, String text, String speaker, String speakerName) {}
