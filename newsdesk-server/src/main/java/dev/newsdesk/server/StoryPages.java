package dev.newsdesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StorySummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * What the API sends of a saved brief, as bytes made once per brief: the story page (its contract
 * JSON in UTF-8, an ETag and its Last-Modified date, gzipped on the first request that accepts
 * gzip) and its entry in a list of stories (search answers, the story list).
 *
 * <p>Design decision: an entry is kept for one {@link StorySummary} instance and is made again when
 * the summary asked for is another instance. Saved briefs are held in memory by {@link
 * SavedStories}, so every read of an unchanged story gets the same instance, and a re-brief (any
 * change to the story) is a new one: the bytes cannot outlive the brief they were made from, with
 * no version to compare. Serialising a story page per request (34 kB of JSON on average at 20k
 * articles, most of it text outside Latin-1, so encoded through UTF-16) was most of the server's
 * allocation per request, and so of its garbage collections under 32 clients.
 *
 * <p>Design decision: bounded by the bytes of the pages and list entries held (the gzipped copies,
 * a fifth of their size or less, are not counted); over budget, the least recently read entries are
 * dropped until a tenth of the budget is free. The ETag is a hash of the page bytes, so it stays
 * the same across restarts and re-briefs that change nothing. Thread-safe; two readers missing the
 * same entry at once both make it, and one of them is kept.
 */
final class StoryPages {
  /** Bytes of story pages held before the least recently read are dropped. */
  static final long DEFAULT_BUDGET_BYTES = 64L << 20;

  /** Pages shorter than this are sent as they are: gzip would save less than a packet. */
  static final int GZIP_MIN_BYTES = 1_500;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** A story page: the brief JSON in UTF-8, its ETag and Last-Modified date, gzipped on demand. */
  static final class Body {
    final byte[] json;
    final String etag;
    final String lastModified;
    private volatile byte[] gzip;

    private Body(StorySummary summary) {
      this.json = summary.briefJson().getBytes(StandardCharsets.UTF_8);
      this.etag = etagOf(json);
      this.lastModified = HTTP_DATE.format(summary.updated().atOffset(ZoneOffset.UTC));
    }

    /** The page gzipped, made on first use (a race makes it twice, harmlessly). */
    byte[] gzip() {
      byte[] made = gzip;
      if (made == null) {
        made = gzipped(json);
        gzip = made;
      }
      return made;
    }
  }

  /** What is held of one summary: its list entry, and its page once one was asked for. */
  private static final class Entry {
    final StorySummary summary;
    final byte[] listItem;
    volatile Body body;
    volatile long used;

    Entry(StorySummary summary, long used) {
      this.summary = summary;
      this.listItem = listItemOf(summary);
      this.used = used;
    }

    long size() {
      Body b = body;
      return listItem.length + (b == null ? 0 : b.json.length);
    }
  }

  private final long budgetBytes;
  private final Map<StoryId, Entry> pages = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong();
  private long heldBytes; // guarded by this

  StoryPages(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /** The story page of this summary, made now unless held for this very instance. */
  Body page(StorySummary summary) {
    Entry entry = entry(summary);
    Body body = entry.body;
    if (body == null) {
      body = new Body(summary);
      synchronized (this) {
        if (entry.body == null && pages.get(summary.id()) == entry) {
          entry.body = body;
          heldBytes += body.json.length;
          trim();
        }
      }
    }
    return body;
  }

  /** The summaries as a JSON array of list entries ({@link Dto.StoryItem}), from held bytes. */
  void writeList(List<StorySummary> summaries, ByteArrayOutputStream out) {
    out.write('[');
    for (int i = 0; i < summaries.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(entry(summaries.get(i)).listItem);
    }
    out.write(']');
  }

  /** Number of stories held. */
  int held() {
    return pages.size();
  }

  private Entry entry(StorySummary summary) {
    Entry entry = pages.get(summary.id());
    if (entry != null && entry.summary == summary) {
      entry.used = clock.incrementAndGet();
      return entry;
    }
    Entry made = new Entry(summary, clock.incrementAndGet());
    synchronized (this) {
      Entry old = pages.put(summary.id(), made);
      heldBytes += made.size() - (old == null ? 0 : old.size());
      trim();
    }
    return made;
  }

  /** Drops the least recently read entries when over budget. Call holding this. */
  private void trim() {
    if (heldBytes <= budgetBytes) {
      return;
    }
    List<Map.Entry<StoryId, Entry>> byUse = new ArrayList<>(pages.entrySet());
    byUse.sort(Comparator.comparingLong(e -> e.getValue().used));
    for (Map.Entry<StoryId, Entry> e : byUse) {
      if (heldBytes <= budgetBytes - budgetBytes / 10) {
        return;
      }
      if (pages.remove(e.getKey(), e.getValue())) {
        heldBytes -= e.getValue().size();
      }
    }
  }

  private static String etagOf(byte[] json) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] listItemOf(StorySummary summary) {
    try {
      return JSON.writeValueAsBytes(Dto.StoryItem.of(summary.listing()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of strings always serialises", e);
    }
  }

  private static byte[] gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
