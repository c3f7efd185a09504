package io.newsfacts.eval;

/**
 * A gold quotation: the span of its content inside the quotation marks (code points, end
 * exclusive), the speaker as written near it ({@code speaker}), the speaker's canonical name
 * ({@code speakerName}) and where the speaker is written ({@code speakerStart}/{@code speakerEnd},
 * code points); any of them may be null.
 */
public record GoldQuote(int start, int end, String text, String speaker, String speakerName,
    Integer speakerStart, Integer speakerEnd) {

  /** A gold quotation whose speaker is given by name only. */
  public GoldQuote(int start, int end, String text, String speaker, String speakerName) {
    this(start, end, text, speaker, speakerName, null, null);
  }

  /** The gold says where its speaker is written. */
  public boolean hasSpeakerSpan() {
    return speakerStart != null && speakerEnd != null && speakerEnd > speakerStart;
  }
}
