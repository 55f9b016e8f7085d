package dev.newsdesk.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.sqlite.SQLiteConfig;

/**
 * Checks a data directory the way a crash test needs it checked: SQLite's own {@code PRAGMA
 * integrity_check}, Lucene's {@link CheckIndex}, and that the two agree: every input stored once,
 * every indexed article stored with the same story, and every stored article up to the index's
 * committed sequence indexed.
 *
 * <p>Design decision: read-only throughout. The database is opened with {@code
 * SQLITE_OPEN_READONLY} so the audit neither checkpoints nor removes the write-ahead log it finds:
 * the next start must recover from exactly what a crash left. {@link CheckIndex} takes Lucene's
 * write lock, so it runs only when asked ({@code filesAtRest}), i.e. when no server has the
 * directory open; a running server's index is read through its last commit instead.
 */
public final class StoreAudit {
  private StoreAudit() {}

  /**
   * What the audit found.
   *
   * @param integrity SQLite's answer, {@code ok} when sound
   * @param indexCheck {@code clean}, {@code not run}, or what {@link CheckIndex} reported
   * @param inputs every stored item's input name, in arrival order
   * @param lastSequence the highest stored sequence, 0 when empty
   * @param indexed live documents in the index's last commit
   * @param indexedThrough the sequence the index's last commit says it covers
   * @param problems each disagreement between the store and the index, in words
   */
  public record Report(
      String integrity,
      String indexCheck,
      List<String> inputs,
      long lastSequence,
      long indexed,
      long indexedThrough,
      List<String> problems) {
    public Report {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
    }

    /** Sound files, and the index agrees with the store as far as it has committed. */
    public boolean sound() {
      return integrity.equals("ok")
          && (indexCheck.equals("clean") || indexCheck.equals("not run"))
          && problems.isEmpty();
    }
  }

  private record Stored(long sequence, String story) {}

  /** Audits {@code data}; with {@code filesAtRest} also runs Lucene's CheckIndex. */
  public static Report check(DataDirectory data, boolean filesAtRest) {
    List<String> problems = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    Map<String, Stored> articles = new HashMap<>();
    String integrity = readDatabase(data, inputs, articles, problems);
    long last = articles.values().stream().mapToLong(Stored::sequence).max().orElse(0);
    String indexCheck = filesAtRest ? checkIndexFiles(data) : "not run";
    long[] counts = readIndex(data, articles, problems);
    return new Report(integrity, indexCheck, inputs, last, counts[0], counts[1], problems);
  }

  private static String readDatabase(
      DataDirectory data,
      List<String> inputs,
      Map<String, Stored> articles,
      List<String> problems) {
    if (!Files.exists(data.database())) {
      return "ok";
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    String url = "jdbc:sqlite:" + data.database().toAbsolutePath();
    try (Connection c = config.createConnection(url)) {
      String integrity = integrity(c);
      Map<String, Integer> seen = new HashMap<>();
      try (PreparedStatement q =
              c.prepareStatement(
                  "SELECT seq, article_id, input, story_id FROM items ORDER BY seq");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String input = rs.getString(3);
          inputs.add(input);
          if (seen.merge(input, 1, Integer::sum) == 2) {
            problems.add("input stored more than once: " + input);
          }
          articles.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(4)));
        }
      }
      return integrity;
    } catch (SQLException e) {
      return "cannot read " + data.database() + ": " + e.getMessage();
    }
  }

  private static String integrity(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement("PRAGMA integrity_check");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return String.join("; ", lines);
  }

  private static String checkIndexFiles(DataDirectory data) {
    try (Directory dir = FSDirectory.open(data.index())) {
      if (!DirectoryReader.indexExists(dir)) {
        return "clean";
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex checker = new CheckIndex(dir)) {
        checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = checker.checkIndex();
        return status.clean ? "clean" : "CheckIndex: " + log.toString(StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      return "CheckIndex could not run: " + e;
    }
  }

  /** Returns {live documents, committed sequence}; adds each disagreement to {@code problems}. */
  private static long[] readIndex(
      DataDirectory data, Map<String, Stored> articles, List<String> problems) {
    try (Directory dir = FSDirectory.open(data.index())) {
      if (!DirectoryReader.indexExists(dir)) {
        return new long[] {0, 0};
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        long through =
            Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault("sequence", "0"));
        Map<String, Integer> indexed = new HashMap<>();
        Bits live = MultiBits.getLiveDocs(reader);
        StoredFields fields = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = fields.document(doc);
            compare(d.get("id"), d.get("story"), articles, indexed, problems);
          }
        }
        articles.forEach(
            (id, stored) -> {
              if (stored.sequence() <= through && !indexed.containsKey(id)) {
                problems.add(
                    "stored article " + id + " (seq " + stored.sequence() + ") not indexed");
              }
            });
        return new long[] {reader.numDocs(), through};
      }
    } catch (IOException | RuntimeException e) {
      problems.add("cannot read the search index: " + e);
      return new long[] {0, 0};
    }
  }

  private static void compare(
      String id,
      String story,
      Map<String, Stored> articles,
      Map<String, Integer> indexed,
      List<String> problems) {
    Stored stored = articles.get(id);
    if (indexed.merge(id, 1, Integer::sum) == 2) {
      problems.add("article indexed twice: " + id);
    }
    if (stored == null) {
      problems.add("indexed article not in the store: " + id);
    } else if (!stored.story().equals(story)) {
      problems.add(
          "article " + id + " is in story " + stored.story() + " but indexed under " + story);
    }
  }
}
