package dev.newsdesk.embedded;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.Source;
import dev.newsdesk.store.SourceStore;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredItem;
import dev.newsdesk.store.StoryListing;
import dev.newsdesk.store.StoryQuery;
import dev.newsdesk.store.StoryStore;
import dev.newsdesk.store.StorySummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Articles, stories and sources in one SQLite file, migrated by Flyway.
 *
 * <p>Design decision: WAL mode with {@code synchronous=FULL}, so a committed write is on disk when
 * {@link #append} returns (acknowledged means durable, through {@code kill -9} and power loss), and
 * readers never wait for the writer. One writer connection, serialised; a few reader connections.
 * Thread-safe.
 */
public final class SqliteStore implements ArticleStore, StoryStore, SourceStore, AutoCloseable {
  private static final int READERS = 8;
  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final StoryTables stories = new StoryTables();

  /** The writer's statements for appending items, prepared once. Used under this store's lock. */
  private final AppendStatements writes;

  private SqliteStore(String url) throws SQLException {
    this.writer = config().createConnection(url);
    this.writes = new AppendStatements(writer);
    for (int i = 0; i < READERS; i++) {
      readers.add(config().createConnection(url));
    }
  }

  /** Opens (creating and migrating if needed) the database file. */
  public static SqliteStore open(Path file) {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
      return new SqliteStore(url);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    return config;
  }

  // --- articles -------------------------------------------------------------------------------

  @Override
  public synchronized StoredItem append(
      RawDocument item, ArticleId article, StoryId story, ArticleId duplicateOf, Instant at) {
    try {
      return insert(new Append(item, article, story, duplicateOf, at));
    } catch (SQLException e) {
      writes.close(); // a statement that failed is not run again
      throw failure("store " + item.input(), e);
    }
  }

  /**
   * One item for {@link #appendAll}: what {@link #append} takes, and its analysis for the cache
   * ({@link AnalysisCodec} bytes), or null.
   */
  public record Append(
      RawDocument item,
      ArticleId article,
      StoryId story,
      ArticleId duplicateOf,
      Instant at,
      byte[] analysis) {
    public Append(
        RawDocument item, ArticleId article, StoryId story, ArticleId duplicateOf, Instant at) {
      this(item, article, story, duplicateOf, at, null);
    }
  }

  /**
   * Appends the items in this order in one transaction: all are stored, durably, or none is.
   *
   * <p>Design decision: a group commit. With {@code synchronous=FULL} every commit waits for the
   * disk (milliseconds each), so items that arrive together are committed together.
   */
  public synchronized List<StoredItem> appendAll(List<Append> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<StoredItem> stored = new ArrayList<>(items.size());
    String first = items.get(0).item().input();
    try {
      inTransaction(
          () -> {
            for (Append a : items) {
              stored.add(insert(a));
            }
          },
          "store " + first + (items.size() > 1 ? " and " + (items.size() - 1) + " more" : ""));
    } catch (StoreException e) {
      writes.close(); // a statement that failed is not run again
      throw e;
    }
    return stored;
  }

  private StoredItem insert(Append a) throws SQLException {
    RawDocument item = a.item();
    PreparedStatement insert = writes.insertItem();
    ItemMetadata m = item.metadata();
    insert.setString(1, a.article().value());
    insert.setString(2, item.input());
    insert.setString(3, item.kind().name());
    insert.setString(4, item.body());
    insert.setString(5, m.url());
    insert.setString(6, m.source());
    insert.setString(7, m.title());
    insert.setString(8, m.published() == null ? null : m.published().toString());
    setMillis(insert, 9, m.publishedAt());
    insert.setString(10, m.byline());
    insert.setString(11, m.language());
    insert.setString(12, a.story().value());
    insert.setString(13, a.duplicateOf() == null ? null : a.duplicateOf().value());
    insert.setLong(14, a.at().toEpochMilli());
    insert.executeUpdate();
    long sequence;
    try (ResultSet keys = writes.lastRowId().executeQuery()) {
      keys.next();
      sequence = keys.getLong(1);
    }
    if (a.analysis() != null) {
      insertAnalysis(sequence, a.analysis());
    }
    return new StoredItem(sequence, item, a.article(), a.story(), a.duplicateOf(), a.at());
  }

  private void insertAnalysis(long sequence, byte[] analysis) throws SQLException {
    PreparedStatement insert = writes.insertAnalysis();
    insert.setLong(1, sequence);
    insert.setBytes(2, analysis);
    insert.executeUpdate();
  }

  // --- the analysis cache ---------------------------------------------------------------------

  /** A stored item with its cached analysis ({@link AnalysisCodec} bytes), or null. */
  public record CachedItem(StoredItem stored, byte[] analysis) {}

  /** Like {@link #forEach}, each item with its cached analysis, if one is kept. */
  public void forEachWithAnalysis(long afterSequence, Consumer<CachedItem> each) {
    read(
        c -> {
          try (PreparedStatement q =
              c.prepareStatement(
                  "SELECT items.*, analyses.data AS analysis FROM items"
                      + " LEFT JOIN analyses ON analyses.seq = items.seq"
                      + " WHERE items.seq > ? ORDER BY items.seq")) {
            q.setLong(1, afterSequence);
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                each.accept(new CachedItem(item(rs), rs.getBytes("analysis")));
              }
            }
          }
          return null;
        },
        "read the stored items");
  }

  /** The build that wrote the cached analyses, if any is recorded. */
  public Optional<String> analysisBuild() {
    return read(
        c -> {
          try (PreparedStatement q = c.prepareStatement("SELECT build FROM analysis_build");
              ResultSet rs = q.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
          }
        },
        "read the analysis cache's build");
  }

  /** Drops every cached analysis and records {@code build} as the one that writes them now. */
  public synchronized void resetAnalyses(String build) {
    inTransaction(
        () -> {
          execute("DELETE FROM analyses");
          try (PreparedStatement insert =
              writer.prepareStatement(
                  "INSERT OR REPLACE INTO analysis_build (id, build) VALUES (1, ?)")) {
            insert.setString(1, build);
            insert.executeUpdate();
          }
        },
        "reset the analysis cache");
  }

  /** Caches analyses of stored items, by sequence, in one transaction. */
  public synchronized void saveAnalyses(Map<Long, byte[]> analyses) {
    if (analyses.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          for (Map.Entry<Long, byte[]> e : analyses.entrySet()) {
            insertAnalysis(e.getKey(), e.getValue());
          }
        },
        "cache " + analyses.size() + " analyses");
  }

  @Override
  public Optional<StoredItem> find(ArticleId id) {
    return read(
        c -> {
          try (PreparedStatement q = c.prepareStatement("SELECT * FROM items WHERE article_id=?")) {
            q.setString(1, id.value());
            try (ResultSet rs = q.executeQuery()) {
              return rs.next() ? Optional.of(item(rs)) : Optional.<StoredItem>empty();
            }
          }
        },
        "find article " + id);
  }

  /**
   * The input name an article was stored under, if it is stored: the "already read" check of every
   * new item whose id the pipeline does not hold, so it reads one indexed column, not the row.
   */
  public Optional<String> inputOf(ArticleId id) {
    return read(
        c -> {
          try (PreparedStatement q =
              c.prepareStatement("SELECT input FROM items WHERE article_id=?")) {
            q.setString(1, id.value());
            try (ResultSet rs = q.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        },
        "look up article " + id);
  }

  @Override
  public boolean containsInput(String input) {
    return read(
        c -> {
          try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM items WHERE input=?")) {
            q.setString(1, input);
            try (ResultSet rs = q.executeQuery()) {
              return rs.next();
            }
          }
        },
        "look up input " + input);
  }

  @Override
  public void forEach(long afterSequence, Consumer<StoredItem> each) {
    read(
        c -> {
          try (PreparedStatement q =
              c.prepareStatement("SELECT * FROM items WHERE seq > ? ORDER BY seq")) {
            q.setLong(1, afterSequence);
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                each.accept(item(rs));
              }
            }
          }
          return null;
        },
        "read the stored items");
  }

  @Override
  public long count() {
    return read(c -> scalar(c, "SELECT count(*) FROM items"), "count the articles");
  }

  @Override
  public synchronized void relocate(long sequence, StoryId story, ArticleId duplicateOf) {
    try (PreparedStatement update =
        writer.prepareStatement("UPDATE items SET story_id=?, duplicate_of=? WHERE seq=?")) {
      update.setString(1, story.value());
      update.setString(2, duplicateOf == null ? null : duplicateOf.value());
      update.setLong(3, sequence);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("relocate item " + sequence, e);
    }
  }

  private static StoredItem item(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    ItemMetadata metadata =
        new ItemMetadata(
            rs.getString("url"),
            rs.getString("source"),
            rs.getString("title"),
            published == null ? null : LocalDate.parse(published),
            millis(rs, "published_at"),
            rs.getString("byline"),
            rs.getString("language"));
    RawDocument doc =
        new RawDocument(
            rs.getString("input"),
            ContentKind.valueOf(rs.getString("kind")),
            rs.getString("body"),
            metadata);
    String duplicateOf = rs.getString("duplicate_of");
    return new StoredItem(
        rs.getLong("seq"),
        doc,
        new ArticleId(rs.getString("article_id")),
        new StoryId(rs.getString("story_id")),
        duplicateOf == null ? null : new ArticleId(duplicateOf),
        Instant.ofEpochMilli(rs.getLong("stored_at")));
  }

  // --- stories --------------------------------------------------------------------------------

  @Override
  public synchronized void save(List<StorySummary> summaries) {
    inTransaction(() -> stories.save(writer, summaries), "save " + summaries.size() + " stories");
  }

  @Override
  public Optional<StorySummary> find(StoryId id) {
    return read(c -> stories.find(c, id), "find story " + id);
  }

  @Override
  public List<StoryListing> list(StoryQuery query) {
    return read(c -> stories.list(c, query), "list stories");
  }

  @Override
  public long count(StoryQuery query) {
    return read(c -> stories.count(c, query), "count stories");
  }

  @Override
  public synchronized void clear() {
    inTransaction(() -> stories.clear(writer), "clear the stories");
  }

  // --- sources --------------------------------------------------------------------------------

  @Override
  public synchronized Source add(String url, String title, Instant now) {
    try (PreparedStatement insert =
        writer.prepareStatement(
            "INSERT OR IGNORE INTO sources (url, title, added, next_poll) VALUES (?,?,?,?)")) {
      insert.setString(1, url);
      insert.setString(2, title);
      insert.setLong(3, now.toEpochMilli());
      insert.setLong(4, now.toEpochMilli());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("add source " + url, e);
    }
    return sources().stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
  }

  @Override
  public List<Source> sources() {
    return read(c -> Sources.all(c), "list sources");
  }

  @Override
  public Optional<Source> source(long id) {
    return sources().stream().filter(s -> s.id() == id).findFirst();
  }

  @Override
  public synchronized void update(Source polled) {
    inTransaction(() -> Sources.update(writer, polled), "update source " + polled.url());
  }

  @Override
  public synchronized boolean remove(long id) {
    try (PreparedStatement delete = writer.prepareStatement("DELETE FROM sources WHERE id=?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failure("remove source " + id, e);
    }
  }

  // --- plumbing -------------------------------------------------------------------------------

  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  interface SqlStep {
    void run() throws SQLException;
  }

  private <T> T read(SqlWork<T> work, String what) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to " + what, e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /**
   * Runs {@code step} in one transaction. Plain {@code BEGIN}/{@code COMMIT} statements rather than
   * JDBC's auto-commit switch: on {@code SQLITE_FULL} SQLite may roll the transaction back by
   * itself, and the driver's switch back to auto-commit then fails ("cannot commit - no transaction
   * is active"), hiding the full disk and leaving the connection in the wrong mode.
   */
  private void inTransaction(SqlStep step, String what) {
    try {
      execute("BEGIN IMMEDIATE");
      try {
        step.run();
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        try {
          execute("ROLLBACK");
        } catch (SQLException again) {
          e.addSuppressed(again); // already rolled back by SQLite
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (java.sql.Statement statement = writer.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The statements an append runs for every item, prepared on first use and kept.
   *
   * <p>Design decision: preparing them again for every item (SQLite parses and plans the SQL each
   * time) was part of what each post paid for its write; a prepared statement is reset after it
   * runs, so it can be run again in the next transaction. After a failed write they are closed and
   * prepared anew. Not thread-safe: used only by the synchronized methods of the store, on the
   * writer connection.
   */
  private static final class AppendStatements {
    private final Connection writer;
    private PreparedStatement insertItem;
    private PreparedStatement lastRowId;
    private PreparedStatement insertAnalysis;

    AppendStatements(Connection writer) {
      this.writer = writer;
    }

    PreparedStatement insertItem() throws SQLException {
      if (insertItem == null) {
        insertItem =
            writer.prepareStatement(
                "INSERT INTO items (article_id, input, kind, body, url, source, title, published,"
                    + " published_at, byline, language, story_id, duplicate_of, stored_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      }
      return insertItem;
    }

    PreparedStatement lastRowId() throws SQLException {
      if (lastRowId == null) {
        lastRowId = writer.prepareStatement("SELECT last_insert_rowid()");
      }
      return lastRowId;
    }

    PreparedStatement insertAnalysis() throws SQLException {
      if (insertAnalysis == null) {
        insertAnalysis =
            writer.prepareStatement("INSERT OR REPLACE INTO analyses (seq, data) VALUES (?,?)");
      }
      return insertAnalysis;
    }

    /**
     * Closes the statements; the next use prepares them again. After a failed write too: the driver
     * refuses to run a statement again whose last run failed ("statement is not executing"), as
     * after a full disk.
     */
    void close() {
      for (PreparedStatement s : new PreparedStatement[] {insertItem, lastRowId, insertAnalysis}) {
        try {
          if (s != null) {
            s.close();
          }
        } catch (SQLException e) {
          // closing is best effort: a new statement is prepared on the next use
        }
      }
      insertItem = null;
      lastRowId = null;
      insertAnalysis = null;
    }
  }

  /**
   * A failed write as a {@link StoreException}; {@code SQLITE_FULL} (a full disk, which SQLite
   * reports for {@code ENOSPC}, or the {@link #limitSize} quota) is marked as storage full.
   */
  static StoreException failure(String what, SQLException e) {
    boolean full = (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_FULL.code;
    String prefix = full ? "storage full: cannot " : "cannot ";
    return new StoreException(prefix + what + ": " + e.getMessage(), e, full);
  }

  /**
   * Caps the database file at about {@code bytes} (SQLite's {@code max_page_count}): a write that
   * would grow it further fails exactly as on a full disk, with nothing of it stored. A quota for a
   * shared disk, and the portable way to test a full one. {@code Long.MAX_VALUE} lifts it.
   */
  public synchronized void limitSize(long bytes) {
    try (Statement pragma = writer.createStatement()) {
      long pageSize;
      try (ResultSet rs = pragma.executeQuery("PRAGMA page_size")) {
        rs.next();
        pageSize = rs.getLong(1);
      }
      long pages = Math.max(1, Math.min(bytes / pageSize, 0xFFFFFFFEL));
      pragma.execute("PRAGMA max_page_count = " + pages);
    } catch (SQLException e) {
      throw failure("limit the database size", e);
    }
  }

  static long scalar(Connection c, String sql) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void setMillis(PreparedStatement statement, int index, Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, value.toEpochMilli());
    }
  }

  static Instant millis(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  @Override
  public synchronized void close() {
    writes.close();
    List<Connection> all = new ArrayList<>(readers);
    all.add(writer);
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // Closing is best effort: every acknowledged write is already committed.
      }
    }
  }
}
