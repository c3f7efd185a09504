package io.newsfacts.eval;

/**
 * A gold attribution relation: the content span, the source and cue spans (either may be absent:
 * {@code -1}), code points, end exclusive; {@code direct} when the content holds a quotation.
 */
public record GoldAttribution(int contentStart, int contentEnd, String content, int sourceStart,
    int sourceEnd, String source, int cueStart, int cueEnd, String cue, boolean direct) {

  public boolean hasSource() {
    return sourceStart >= 0 && sourceEnd > sourceStart;
  }

  public boolean hasCue() {
    return cueStart >= 0 && cueEnd > cueStart;
  }
}
