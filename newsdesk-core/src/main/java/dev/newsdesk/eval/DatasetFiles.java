package dev.newsdesk.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** File reading shared by the dataset readers: strict UTF-8, gzip, JSON, typed JSON fields. */
final class DatasetFiles {
  static final ObjectMapper JSON = new ObjectMapper();

  private DatasetFiles() {}

  /** The file decoded as UTF-8; malformed bytes are a format error, not a replacement character. */
  static String readUtf8(Path file) throws IOException {
    return decode(file, Files.readAllBytes(file));
  }

  /** The gunzipped file decoded as UTF-8. */
  static String readGzipUtf8(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return decode(file, in.readAllBytes());
    } catch (ZipException e) {
      throw new DatasetFormatException(file, 0, "not valid gzip: " + e.getMessage(), e);
    }
  }

  /** Like {@link #readGzipUtf8(Path)}, for use inside lazy streams. */
  static String readGzipUtf8Unchecked(Path file) {
    try {
      return readGzipUtf8(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String decode(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DatasetFormatException(file, 0, "not valid UTF-8", e);
    }
  }

  /** The file parsed as one JSON document. */
  static JsonNode readJson(Path file) throws IOException {
    return parseJson(file, 0, readUtf8(file));
  }

  /** A JSON text from {@code file} (at {@code line}, or 0 for the whole file) parsed. */
  static JsonNode parseJson(Path file, int line, String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DatasetFormatException(file, line, "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A string field that must be present and a string. */
  static String requiredString(JsonNode node, String field, Path file, int line, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new DatasetFormatException(
          file, line, where + ": \"" + field + "\" must be a string, found " + describe(value));
    }
    return value.textValue();
  }

  /** A string field that may be absent or null (returned as null), else must be a string. */
  static String optionalString(JsonNode node, String field, Path file, int line, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new DatasetFormatException(
          file,
          line,
          where + ": \"" + field + "\" must be a string or null, found " + describe(value));
    }
    return value.textValue();
  }

  static String describe(JsonNode value) {
    return value == null ? "nothing" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }
}
