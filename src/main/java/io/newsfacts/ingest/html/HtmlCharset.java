package io.newsfacts.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page. Pages are not always UTF-8 (windows-1252, ISO-8859-x, Shift_JIS…) and
 * say so in a {@code <meta charset>}; a page that is valid UTF-8 is read as UTF-8 whatever it
 * declares, because tools that save pages often re-encode them and keep the old declaration.
 * Otherwise the declared charset is used, and windows-1252 (what browsers assume) when none is.
 */
public final class HtmlCharset {

  /** How far into the page the declaration is looked for (HTML requires the first 1024 bytes). */
  private static final int PRESCAN_BYTES = 8192;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The charset the page declares in a meta tag, if any Java knows. */
  public static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // The HTML standard reads these labels as windows-1252, a superset.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")
        || name.equals("ascii")) {
      name = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the bytes are valid UTF-8. */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The page's text in the charset it was written in (bad bytes become U+FFFD). */
  public static String decode(byte[] bytes, Charset charset) {
    return new String(bytes, charset);
  }

  /** The charset to read a page that is not valid UTF-8 with. */
  public static Charset fallback(byte[] bytes) {
    return declared(bytes).orElse(Charset.forName("windows-1252"));
  }
}
