package io.newsfacts.extract;

import java.util.Set;

/** Penn Treebank part-of-speech classes the extraction rules ask about, null-safe. */
final class PennTags {

  private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");

  private PennTags() {}

  /** A verb with a tense of its own ("said", "says", "say"), not a modal. */
  static boolean isTensedVerb(String tag) {
    return tag != null && TENSED.contains(tag);
  }

  /** A proper noun, singular or plural: "Lind", "Democrats" (NNP, NNPS). */
  static boolean isProperNoun(String tag) {
    return tag != null && tag.startsWith("NNP");
  }

  /** A common noun, singular or plural: "senator", "officials" (NN, NNS). */
  static boolean isCommonNoun(String tag) {
    return "NN".equals(tag) || "NNS".equals(tag);
  }

  /** What heads a finite clause: a tensed verb or a modal ("will", "could"). */
  static boolean isFinite(String tag) {
    return isTensedVerb(tag) || "MD".equals(tag);
  }
}
