package dev.newsdesk.embedded;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.IndexedArticle;
import dev.newsdesk.store.SearchHit;
import dev.newsdesk.store.SearchIndex;
import dev.newsdesk.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over articles with Lucene: English stemming, title weighed double, every word
 * required by default.
 *
 * <p>Design decision: the index is derived from the store, so it is committed in batches (by the
 * caller, on a timer and on close) rather than per article; the last committed sequence travels in
 * the commit's user data, and on start the owner re-adds what the store holds beyond it. Searches
 * see additions within a second (near-real-time reader, refreshed by {@link #commit} and before a
 * search when stale).
 *
 * <p>Design decision: a failed write (a full disk, or any I/O error; Lucene may have closed its
 * writer after it) rolls the index back to its last commit and throws; the next call reopens the
 * writer. Whatever was added since that commit is gone from the index, and {@link #lastSequence()}
 * says from where the owner must re-add it from the store. Thread-safe.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {
  private static final String SEQUENCE = "sequence";
  private static final int SNIPPET = 220;
  private static final Set<String> SHOWN = Set.of("id", "story", "title", "source", "text");
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory directory;
  private IndexWriter writer; // guarded by this; null after a failed write, until reopened
  // Written holding this, opened and dropped with the writer; read by searches without the lock.
  private volatile SearcherManager searchers;
  private volatile long added;
  private volatile long committed;

  private LuceneSearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    openWriter();
  }

  public static LuceneSearchIndex open(Path path) {
    try {
      return open(FSDirectory.open(path));
    } catch (IOException e) {
      throw new StoreException(
          "cannot open the search index " + path + ": " + e.getMessage(), e, full(e));
    }
  }

  /** Opens the index in a Lucene directory (a test may wrap one that fails on demand). */
  public static LuceneSearchIndex open(Directory directory) {
    try {
      return new LuceneSearchIndex(directory);
    } catch (IOException e) {
      throw new StoreException(
          "cannot open the search index " + directory + ": " + e.getMessage(), e, full(e));
    }
  }

  private void openWriter() throws IOException {
    IndexWriter opened = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    try {
      searchers = new SearcherManager(opened, null);
    } catch (IOException | RuntimeException e) {
      opened.rollback();
      throw e;
    }
    writer = opened;
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    committed = Long.parseLong(data.getOrDefault(SEQUENCE, "0"));
    added = committed;
  }

  /** The open writer, reopened after a failed write. */
  private IndexWriter writer() {
    if (writer == null) {
      try {
        openWriter();
      } catch (IOException | RuntimeException e) {
        throw new StoreException("cannot reopen the search index: " + e.getMessage(), e, full(e));
      }
    }
    return writer;
  }

  /**
   * Drops what was not committed and the writer with it (Lucene may have closed it already, after a
   * "tragic" failure), so the next call starts from the last commit.
   */
  private StoreException failed(String what, Exception e) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException ignored) {
      // Already closed by Lucene or failing again: either way nothing uncommitted survives.
    }
    try {
      if (searchers != null) {
        searchers.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // Readers of the dropped writer go with it.
    }
    writer = null;
    searchers = null;
    added = committed;
    boolean full = full(e);
    return new StoreException(
        (full ? "storage full: cannot " : "cannot ") + what + ": " + e.getMessage(), e, full);
  }

  /** True when an exception, or one it wraps, is the operating system's "no space left". */
  static boolean full(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void add(IndexedArticle article) {
    Document doc = new Document();
    doc.add(new StringField("id", article.id().value(), Field.Store.YES));
    doc.add(new StringField("story", article.story().value(), Field.Store.YES));
    if (article.title() != null) {
      doc.add(new TextField("title", article.title(), Field.Store.YES));
    }
    if (article.source() != null) {
      doc.add(new TextField("source", article.source(), Field.Store.YES));
    }
    doc.add(new TextField("text", article.text(), Field.Store.YES));
    IndexWriter w = writer();
    try {
      w.updateDocument(new Term("id", article.id().value()), doc);
      added = Math.max(added, article.sequence());
    } catch (IOException | RuntimeException e) {
      throw failed("index article " + article.id(), e);
    }
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    Query parsed = parse(query);
    // Design decision: a search takes this index's lock only to reopen after a failed write. Adds
    // and commits hold it, and a commit syncs files: searches queued behind it for the length of
    // an fsync while posts came in.
    SearcherManager manager = searchers;
    if (manager == null) {
      synchronized (this) {
        writer();
        manager = searchers;
      }
    }
    try {
      refresh(manager);
      IndexSearcher searcher = manager.acquire();
      try {
        return hits(searcher, searcher.search(parsed, limit).scoreDocs, query);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException | AlreadyClosedException e) {
      // A failed write dropped this reader meanwhile; the next search opens a fresh one.
      throw new StoreException("cannot search for " + query + ": " + e.getMessage(), e, full(e));
    }
  }

  /**
   * The hits with their stored fields, best first.
   *
   * <p>Design decision: stored fields are read through one {@link StoredFields} per search, in
   * document order, and only the fields a hit shows. Stored fields are compressed in blocks of many
   * documents; a reader decompresses a block once for the documents it holds in a row, and a fresh
   * reader per hit (what {@code searcher.storedFields()} per hit gives) decompresses a block per
   * hit. That was most of a search's time in the index at 20k articles.
   */
  private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] found, String query)
      throws IOException {
    ScoreDoc[] byDoc = found.clone();
    Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc d) -> d.doc));
    StoredFields fields = searcher.storedFields();
    Map<Integer, Document> docs = new HashMap<>();
    for (ScoreDoc hit : byDoc) {
      docs.put(hit.doc, fields.document(hit.doc, SHOWN));
    }
    List<SearchHit> hits = new ArrayList<>(found.length);
    for (ScoreDoc hit : found) {
      Document doc = docs.get(hit.doc);
      hits.add(
          new SearchHit(
              new ArticleId(doc.get("id")),
              new StoryId(doc.get("story")),
              doc.get("title"),
              doc.get("source"),
              snippet(doc.get("text"), query),
              hit.score));
    }
    return hits;
  }

  /**
   * Opens a reader on what was added since the last search. That writes a segment, so on a full
   * disk it fails: the search then answers from the last reader, and the write is retried later.
   */
  private static void refresh(SearcherManager manager) {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // Stale but sound: the articles added since are found once the index can be written again.
    }
  }

  private Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query is empty");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {"title", "text", "source"}, analyzer, Map.of("title", 2f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read the search query '" + query + "': " + firstLine(e.getMessage()), e);
    }
  }

  /** The text around the first query word found in it: plain text, the caller escapes it. */
  static String snippet(String text, String query) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 2) {
        int found = lower.indexOf(word);
        if (found >= 0 && (at < 0 || found < at)) {
          at = found;
        }
      }
    }
    int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 3);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(text.length(), start + SNIPPET);
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  @Override
  public long lastSequence() {
    return committed;
  }

  @Override
  public synchronized void commit() {
    IndexWriter w = writer();
    if (!w.hasUncommittedChanges() && added == committed) {
      return; // nothing to make durable: a commit would still write and sync a new segments file
    }
    try {
      long upTo = added;
      w.setLiveCommitData(Map.of(SEQUENCE, Long.toString(upTo)).entrySet());
      w.commit();
      committed = upTo;
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      throw failed("commit the search index", e);
    }
  }

  @Override
  public synchronized void clear() {
    IndexWriter w = writer();
    try {
      w.deleteAll();
    } catch (IOException | RuntimeException e) {
      throw failed("clear the search index", e);
    }
    added = 0;
    commit();
  }

  /** Number of articles indexed, committed or not. */
  public synchronized long size() {
    return writer().getDocStats().numDocs;
  }

  /** Commits what was added, and closes. */
  @Override
  public synchronized void close() {
    try {
      commit();
    } finally {
      discard();
    }
  }

  /**
   * Closes without committing: what was added since the last commit is dropped, so an owner that
   * knows the index has a gap (an addition that failed) leaves it to be caught up on the next start
   * rather than committing past it.
   */
  public synchronized void discard() {
    try {
      if (writer != null) {
        searchers.close();
        writer.rollback();
      }
      directory.close();
    } catch (IOException | RuntimeException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e, full(e));
    } finally {
      writer = null;
      searchers = null;
    }
  }
}
