package dev.newsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a byte-order mark wins, then a declared charset (HTML {@code <meta charset>} or
 * the XML declaration), then strict UTF-8, then windows-1252, which decodes any byte sequence.
 */
public final class TextDecoder {
  private static final Pattern DECLARED =
      Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})");
  private static final int SNIFF_BYTES = 4096;
  private static final char REPLACEMENT = '\uFFFD';
  private static final double MAX_BINARY_SHARE = 0.02;

  private TextDecoder() {}

  public static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isUtf8Text(bytes)) {
      return new String(bytes, declared);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // A stray bad byte in UTF-8 text costs that character only; a file full of them is in a
      // single-byte encoding, of which windows-1252 is the one the web uses. It is UTF-8 only if
      // it also holds more well-formed multi-byte characters than bad bytes, and if its bad
      // bytes would not make it look binary: a short windows-1252 line ("Café") has one bad byte
      // and no good one, and windows-1252 letters can pair into UTF-8 ("Ýº") (found by fuzzing).
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      long replaced = lenient.chars().filter(c -> c == REPLACEMENT).count();
      long wellFormed = lenient.chars().filter(c -> c > 0x7F && c != REPLACEMENT).count();
      boolean utf8 = replaced <= Math.max(2, lenient.length() / 500) && wellFormed > replaced;
      return utf8 && looksLikeText(lenient)
          ? lenient
          : new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /**
   * True unless the text is binary content decoded as text: control characters (other than white
   * space) and replacement characters make more than {@link #MAX_BINARY_SHARE} of it.
   */
  public static boolean looksLikeText(String text) {
    if (text.isEmpty()) {
      return true;
    }
    long binary =
        text.chars()
            .filter(
                c -> c == REPLACEMENT || Character.isISOControl(c) && !Character.isWhitespace(c))
            .count();
    return binary <= MAX_BINARY_SHARE * text.length();
  }

  /**
   * Whether the bytes are well-formed UTF-8 holding at least one multi-byte sequence and no NUL:
   * then a declared single-byte charset is wrong (pages are re-saved as UTF-8 and keep their old
   * {@code <meta charset>}); decoding as declared would turn every accented letter into mojibake.
   * Text in a legacy encoding almost never forms valid multi-byte UTF-8 by chance.
   */
  private static boolean isUtf8Text(byte[] bytes) {
    boolean multiByte = false;
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
      multiByte |= b < 0;
    }
    if (!multiByte) {
      return false;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
