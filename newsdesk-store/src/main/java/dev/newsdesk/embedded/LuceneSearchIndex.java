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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over articles with Lucene: English stemming, title weighed double, every word
 * required by default.
 *
 * <p>Design decision: the index is derived from the store, so it is committed in batches (by the
 * caller, on a timer and on close) rather than per article; the last committed sequence travels in
 * the commit's user data, and on start the owner re-adds what the store holds beyond it. Searches
 * see additions within a second (near-real-time reader, refreshed by {@link #commit} and before a
 * search when stale). Thread-safe.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {
  private static final String SEQUENCE = "sequence";
  private static final int SNIPPET = 220;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long added;
  private volatile long committed;

  private LuceneSearchIndex(Path path) throws IOException {
    this.directory = FSDirectory.open(path);
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    this.searchers = new SearcherManager(writer, null);
    Map<String, String> data = new java.util.HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    this.committed = Long.parseLong(data.getOrDefault(SEQUENCE, "0"));
    this.added = committed;
  }

  public static LuceneSearchIndex open(Path path) {
    try {
      return new LuceneSearchIndex(path);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void add(IndexedArticle article) {
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
    try {
      writer.updateDocument(new Term("id", article.id().value()), doc);
      synchronized (this) {
        added = Math.max(added, article.sequence());
      }
    } catch (IOException e) {
      throw new StoreException("cannot index article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    Query parsed = parse(query);
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(parsed, limit).scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
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
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search for " + query + ": " + e.getMessage(), e);
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
    try {
      long upTo = added;
      writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(upTo)).entrySet());
      writer.commit();
      committed = upTo;
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void clear() {
    try {
      writer.deleteAll();
      added = 0;
      commit();
    } catch (IOException e) {
      throw new StoreException("cannot clear the search index: " + e.getMessage(), e);
    }
  }

  /** Number of articles indexed, committed or not. */
  public long size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public synchronized void close() {
    try {
      commit();
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
