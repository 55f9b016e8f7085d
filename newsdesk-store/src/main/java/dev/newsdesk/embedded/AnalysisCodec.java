package dev.newsdesk.embedded;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AnalyzedArticle} as compact bytes and back, exactly: {@code decode(encode(a))} equals
 * {@code a}. The analysis cache of the store ({@link SqliteStore#forEachWithAnalysis}) keeps one
 * per stored item, so a start-up replay places stored items without extracting and analysing them
 * again.
 *
 * <p>Design decision: a hand-written format of variable-length integers rather than JSON or Java
 * serialisation. It is read once per stored item on every start, so decoding must cost a small part
 * of an analysis (microseconds, not the milliseconds of OpenNLP), and it is written for every
 * ingested item, so it must be small: a text of a sentence or a mention is written as "the span's
 * text" when it is, token spans as gaps. Strings are written char by char, so any Java string
 * (unpaired surrogates included) comes back the same. The format has a version byte; the cache as a
 * whole is also tied to the build that wrote it (see the server's replay), so an old format is
 * never read by a new build. Thread-safe (stateless).
 */
public final class AnalysisCodec {
  private static final int FORMAT = 1;
  private static final int NULL = 0;
  private static final int SPAN_TEXT = 1;
  private static final int LITERAL = 2;

  private AnalysisCodec() {}

  public static byte[] encode(AnalyzedArticle a) {
    Out out = new Out();
    out.varint(FORMAT);
    Article article = a.article();
    out.string(article.id().value());
    out.string(article.input());
    out.string(article.url());
    out.string(article.source());
    out.string(article.title());
    out.string(article.byline());
    out.date(article.published());
    out.instant(article.publishedAt());
    out.string(article.language());
    out.varint(article.paragraphs().size());
    article.paragraphs().forEach(out::string);
    out.varint(article.truncated() ? 1 : 0);
    String text = a.text();
    if (text.equals(article.text())) {
      out.varint(SPAN_TEXT);
    } else {
      out.varint(LITERAL);
      out.string(text);
    }
    out.varint(a.sentences().size());
    for (Sentence s : a.sentences()) {
      out.varint(s.index());
      out.span(s.span());
      out.text(s.text(), s.span(), text);
      out.varint(s.tokens().size());
      int last = 0;
      for (Span t : s.tokens()) {
        out.signed(t.start() - last);
        out.varint(t.end() - t.start());
        last = t.end();
      }
    }
    out.varint(a.entities().size());
    for (EntityMention m : a.entities()) {
      out.span(m.span());
      out.text(m.text(), m.span(), text);
      out.varint(m.type().ordinal());
      out.signed(m.sentenceIndex());
    }
    out.varint(a.dates().size());
    for (DateMention d : a.dates()) {
      out.span(d.span());
      out.text(d.text(), d.span(), text);
      out.date(d.value());
      out.varint(d.precision().ordinal());
      out.varint(d.relative() ? 1 : 0);
      out.signed(d.sentenceIndex());
    }
    out.varint(a.attributions().size());
    for (Attribution at : a.attributions()) {
      out.optionalSpan(at.source());
      out.text(at.sourceText(), at.source(), text);
      out.span(at.cue());
      out.text(at.cueText(), at.cue(), text);
      out.span(at.content());
      out.signed(at.sentenceIndex());
      out.optionalSpan(at.cited());
      out.text(at.citedText(), at.cited(), text);
      out.string(at.sourceEntity());
    }
    return out.bytes();
  }

  /**
   * The analysis these bytes hold.
   *
   * @throws IllegalArgumentException when they are not an analysis of this format (truncated,
   *     corrupt, another version): the caller analyses the item again
   */
  public static AnalyzedArticle decode(byte[] bytes) {
    try {
      In in = new In(bytes);
      int format = in.varint();
      if (format != FORMAT) {
        throw new IllegalArgumentException("analysis format " + format + ", expected " + FORMAT);
      }
      Article article =
          new Article(
              new ArticleId(in.string()),
              in.string(),
              in.string(),
              in.string(),
              in.string(),
              in.string(),
              in.date(),
              in.instant(),
              in.string(),
              in.strings(),
              in.varint() == 1);
      String text = in.varint() == SPAN_TEXT ? article.text() : in.string();
      int count = in.count();
      List<Sentence> sentences = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = in.varint();
        Span span = in.span();
        String sentenceText = in.text(span, text);
        int tokens = in.count();
        List<Span> spans = new ArrayList<>(tokens);
        int last = 0;
        for (int t = 0; t < tokens; t++) {
          int start = last + in.signed();
          last = start + in.varint();
          spans.add(new Span(start, last));
        }
        sentences.add(new Sentence(index, span, sentenceText, spans));
      }
      count = in.count();
      List<EntityMention> entities = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Span span = in.span();
        entities.add(
            new EntityMention(
                span, in.text(span, text), EntityType.values()[in.varint()], in.signed()));
      }
      count = in.count();
      List<DateMention> dates = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Span span = in.span();
        dates.add(
            new DateMention(
                span,
                in.text(span, text),
                in.date(),
                DatePrecision.values()[in.varint()],
                in.varint() == 1,
                in.signed()));
      }
      count = in.count();
      List<Attribution> attributions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Span source = in.optionalSpan();
        String sourceText = in.text(source, text);
        Span cue = in.span();
        String cueText = in.text(cue, text);
        Span content = in.span();
        int sentence = in.signed();
        Span cited = in.optionalSpan();
        attributions.add(
            new Attribution(
                source,
                sourceText,
                cue,
                cueText,
                content,
                sentence,
                cited,
                in.text(cited, text),
                in.string()));
      }
      if (in.at != bytes.length) {
        throw new IllegalArgumentException((bytes.length - in.at) + " bytes left over");
      }
      return new AnalyzedArticle(article, text, sentences, entities, dates, attributions);
    } catch (RuntimeException e) {
      throw e instanceof IllegalArgumentException bad
          ? bad
          : new IllegalArgumentException("not a stored analysis: " + e, e);
    }
  }

  private static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);

    void varint(long value) {
      long v = value;
      while ((v & ~0x7FL) != 0) {
        bytes.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      bytes.write((int) v);
    }

    void signed(long value) {
      varint((value << 1) ^ (value >> 63));
    }

    /** Null as 0, else the length plus one and each char. */
    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      varint(s.length() + 1L);
      for (int i = 0; i < s.length(); i++) {
        varint(s.charAt(i));
      }
    }

    void text(String s, Span span, String text) {
      if (s == null) {
        varint(NULL);
      } else if (span != null && span.end() <= text.length() && s.equals(span.of(text))) {
        varint(SPAN_TEXT);
      } else {
        varint(LITERAL);
        string(s);
      }
    }

    void span(Span span) {
      varint(span.start());
      varint(span.end() - span.start());
    }

    void optionalSpan(Span span) {
      if (span == null) {
        varint(0);
      } else {
        varint(1);
        span(span);
      }
    }

    void date(LocalDate date) {
      if (date == null) {
        varint(0);
      } else {
        varint(1);
        signed(date.toEpochDay());
      }
    }

    void instant(Instant instant) {
      if (instant == null) {
        varint(0);
      } else {
        varint(1);
        signed(instant.getEpochSecond());
        varint(instant.getNano());
      }
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  private static final class In {
    private final byte[] bytes;
    private int at;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    long varlong() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("variable-length integer too long at byte " + at);
    }

    int varint() {
      long v = varlong();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("integer out of range at byte " + at);
      }
      return (int) v;
    }

    long signedLong() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }

    int signed() {
      return Math.toIntExact(signedLong());
    }

    /** A count of things still to read: each takes at least a byte, so it cannot exceed those. */
    int count() {
      int n = varint();
      if (n > bytes.length - at) {
        throw new IllegalArgumentException("count " + n + " beyond the end at byte " + at);
      }
      return n;
    }

    String string() {
      int length = varint();
      if (length == 0) {
        return null;
      }
      if (length - 1 > bytes.length - at) {
        throw new IllegalArgumentException("string beyond the end at byte " + at);
      }
      char[] chars = new char[length - 1];
      for (int i = 0; i < chars.length; i++) {
        int c = varint();
        if (c > Character.MAX_VALUE) {
          throw new IllegalArgumentException("not a char at byte " + at);
        }
        chars[i] = (char) c;
      }
      return new String(chars);
    }

    List<String> strings() {
      int n = count();
      List<String> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(string());
      }
      return list;
    }

    String text(Span span, String text) {
      int kind = varint();
      return switch (kind) {
        case NULL -> null;
        case SPAN_TEXT -> span.of(text);
        case LITERAL -> string();
        default -> throw new IllegalArgumentException("text kind " + kind + " at byte " + at);
      };
    }

    Span span() {
      int start = varint();
      return new Span(start, Math.addExact(start, varint()));
    }

    Span optionalSpan() {
      return varint() == 0 ? null : span();
    }

    LocalDate date() {
      return varint() == 0 ? null : LocalDate.ofEpochDay(signedLong());
    }

    Instant instant() {
      return varint() == 0 ? null : Instant.ofEpochSecond(signedLong(), varint());
    }
  }
}
