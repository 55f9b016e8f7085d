package dev.newsdesk.embedded;

import dev.newsdesk.store.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the {@code sources} table. */
final class Sources {
  private Sources() {}

  static List<Source> all(Connection c) throws SQLException {
    List<Source> all = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement("SELECT * FROM sources ORDER BY id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        all.add(
            new Source(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("title"),
                Instant.ofEpochMilli(rs.getLong("added")),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getInt("failures"),
                SqliteStore.millis(rs, "last_polled"),
                Instant.ofEpochMilli(rs.getLong("next_poll")),
                rs.getString("last_error")));
      }
    }
    return all;
  }

  static void update(Connection c, Source s) throws SQLException {
    try (PreparedStatement u =
        c.prepareStatement(
            "UPDATE sources SET title=?, etag=?, last_modified=?, failures=?, last_polled=?,"
                + " next_poll=?, last_error=? WHERE id=?")) {
      u.setString(1, s.title());
      u.setString(2, s.etag());
      u.setString(3, s.lastModified());
      u.setInt(4, s.failures());
      SqliteStore.setMillis(u, 5, s.lastPolled());
      u.setLong(6, s.nextPoll().toEpochMilli());
      u.setString(7, s.lastError());
      u.setLong(8, s.id());
      u.executeUpdate();
    }
  }
}
