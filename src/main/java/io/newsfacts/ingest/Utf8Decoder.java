package io.newsfacts.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. Silently replacing bad bytes with U+FFFD would hide a wrongly encoded file
 * and corrupt names in the output, so bad bytes fail the article with their byte offset instead.
 */
final class Utf8Decoder {

  private static final int[] UTF8_BOM = {0xEF, 0xBB, 0xBF};

  /** Share of control characters above which a "text" file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  /**
   * Decodes a text file: drops a UTF-8 byte order mark and rejects binaries, UTF-16 and invalid
   * UTF-8. Offsets in messages count bytes of the file as given (the BOM included).
   */
  static String decodeTextFile(byte[] bytes) throws ArticleProblem {
    if (looksLikeUtf16(bytes)) {
      throw new ArticleProblem("not valid UTF-8 (UTF-16 byte order mark at byte offset 0)");
    }
    // A stray NUL in real text (a bad export, a copy from a terminal) is dropped by the cleaner
    // with the other control characters; a binary has NULs and controls throughout.
    int nul = indexOfNul(bytes);
    String text;
    try {
      text = decode(bytes);
    } catch (ArticleProblem notUtf8) {
      if (nul >= 0) {
        throw new ArticleProblem("binary file, not text (NUL byte at byte offset " + nul + ")");
      }
      throw notUtf8;
    }
    if (mostlyControlCharacters(text)) {
      throw new ArticleProblem("binary file, not text"
          + (nul >= 0 ? " (NUL byte at byte offset " + nul + ")" : ""));
    }
    return text;
  }

  /**
   * Decodes a web page: as a text file when it is UTF-8, else in the charset its meta tag declares
   * (windows-1252 when none), since pages are often saved in the encoding they were served in.
   */
  static String decodeHtmlFile(byte[] bytes) throws ArticleProblem {
    if (looksLikeUtf16(bytes) || containsNul(bytes)
        || io.newsfacts.ingest.html.HtmlCharset.isUtf8(bytes)) {
      return decodeTextFile(bytes);
    }
    String text = io.newsfacts.ingest.html.HtmlCharset.decode(bytes,
        io.newsfacts.ingest.html.HtmlCharset.fallback(bytes));
    if (mostlyControlCharacters(text)) {
      throw new ArticleProblem("binary file, not text");
    }
    return text;
  }

  /** Decodes strictly, dropping a leading UTF-8 BOM; no binary heuristics. */
  static String decode(byte[] bytes) throws ArticleProblem {
    int start = hasUtf8Bom(bytes) ? UTF8_BOM.length : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      // position() is the index of the first bad byte in the whole array, the BOM counted.
      throw new ArticleProblem("not valid UTF-8 (byte offset " + in.position() + ")");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new ArticleProblem("not valid UTF-8 (byte offset " + in.position() + ")");
    }
    out.flip();
    return out.toString();
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    if (bytes.length < UTF8_BOM.length) {
      return false;
    }
    for (int i = 0; i < UTF8_BOM.length; i++) {
      if ((bytes[i] & 0xFF) != UTF8_BOM[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeUtf16(byte[] bytes) {
    if (bytes.length < 2) {
      return false;
    }
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes[1] & 0xFF;
    return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
  }

  private static boolean containsNul(byte[] bytes) {
    return indexOfNul(bytes) >= 0;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Control characters other than ordinary line and tab whitespace; text has next to none. */
  private static boolean mostlyControlCharacters(String text) {
    if (text.isEmpty()) {
      return false;
    }
    long controls = text.chars()
        .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    return controls > MAX_CONTROL_SHARE * text.length();
  }

  private Utf8Decoder() {}
}
