package dev.newsdesk.embedded;

import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StoryListing;
import dev.newsdesk.store.StoryQuery;
import dev.newsdesk.store.StorySummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the {@code stories}, {@code story_sources} and {@code story_entities} tables. */
final class StoryTables {
  void save(Connection c, List<StorySummary> summaries) throws SQLException {
    try (PreparedStatement story =
            c.prepareStatement(
                "INSERT OR REPLACE INTO stories (id, headline, lead, articles,"
                    + " independent_sources, updated, published, brief_json)"
                    + " VALUES (?,?,?,?,?,?,?,?)");
        PreparedStatement dropSources =
            c.prepareStatement("DELETE FROM story_sources WHERE story_id=?");
        PreparedStatement dropEntities =
            c.prepareStatement("DELETE FROM story_entities WHERE story_id=?");
        PreparedStatement source =
            c.prepareStatement("INSERT OR IGNORE INTO story_sources VALUES (?,?)");
        PreparedStatement entity =
            c.prepareStatement("INSERT OR IGNORE INTO story_entities VALUES (?,?)")) {
      for (StorySummary s : summaries) {
        String id = s.id().value();
        story.setString(1, id);
        story.setString(2, s.headline());
        story.setString(3, s.lead());
        story.setInt(4, s.articles());
        story.setInt(5, s.independentSources());
        story.setLong(6, s.updated().toEpochMilli());
        SqliteStore.setMillis(story, 7, s.published());
        story.setString(8, s.briefJson());
        story.executeUpdate();
        dropSources.setString(1, id);
        dropSources.executeUpdate();
        dropEntities.setString(1, id);
        dropEntities.executeUpdate();
        names(source, id, s.sources());
        names(entity, id, s.entities());
      }
    }
  }

  private static void names(PreparedStatement insert, String story, List<String> names)
      throws SQLException {
    for (String name : new LinkedHashSet<>(names)) {
      insert.setString(1, story);
      insert.setString(2, name);
      insert.executeUpdate();
    }
  }

  Optional<StorySummary> find(Connection c, StoryId id) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT * FROM stories WHERE id=?")) {
      q.setString(1, id.value());
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(summary(c, rs)) : Optional.empty();
      }
    }
  }

  /**
   * One page of listings: the outlets of the page's stories in one query, then the stories without
   * their briefs.
   */
  List<StoryListing> list(Connection c, StoryQuery query) throws SQLException {
    List<Object> args = new ArrayList<>();
    String page =
        " FROM stories" + where(query, args) + " ORDER BY updated DESC, id LIMIT ? OFFSET ?";
    args.add(query.limit());
    args.add(query.offset());
    Map<String, List<String>> sources = new HashMap<>();
    try (PreparedStatement q =
            prepare(
                c,
                "SELECT story_id, name FROM story_sources WHERE story_id IN (SELECT id"
                    + page
                    + ") ORDER BY rowid",
                args);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<StoryListing> listings = new ArrayList<>();
    try (PreparedStatement q =
            prepare(
                c,
                "SELECT id, headline, lead, articles, independent_sources, updated, published"
                    + page,
                args);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        listings.add(
            new StoryListing(
                new StoryId(id),
                rs.getString("headline"),
                rs.getString("lead"),
                rs.getInt("articles"),
                rs.getInt("independent_sources"),
                Instant.ofEpochMilli(rs.getLong("updated")),
                SqliteStore.millis(rs, "published"),
                sources.getOrDefault(id, List.of())));
      }
    }
    return listings;
  }

  long count(Connection c, StoryQuery query) throws SQLException {
    List<Object> args = new ArrayList<>();
    try (PreparedStatement q =
            prepare(c, "SELECT count(*) FROM stories" + where(query, args), args);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void clear(Connection c) throws SQLException {
    for (String table : List.of("stories", "story_sources", "story_entities")) {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table)) {
        delete.executeUpdate();
      }
    }
  }

  private static String where(StoryQuery query, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (query.since() != null) {
      conditions.add("updated >= ?");
      args.add(query.since().toEpochMilli());
    }
    if (query.until() != null) {
      conditions.add("updated < ?");
      args.add(query.until().toEpochMilli());
    }
    if (query.source() != null) {
      conditions.add("id IN (SELECT story_id FROM story_sources WHERE name = ?)");
      args.add(query.source());
    }
    if (query.entity() != null) {
      conditions.add("id IN (SELECT story_id FROM story_entities WHERE name = ?)");
      args.add(query.entity());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> args)
      throws SQLException {
    PreparedStatement q = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      q.setObject(i + 1, args.get(i));
    }
    return q;
  }

  private static StorySummary summary(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    return new StorySummary(
        new StoryId(id),
        rs.getString("headline"),
        rs.getString("lead"),
        rs.getInt("articles"),
        rs.getInt("independent_sources"),
        Instant.ofEpochMilli(rs.getLong("updated")),
        SqliteStore.millis(rs, "published"),
        names(c, "story_sources", id),
        names(c, "story_entities", id),
        rs.getString("brief_json"));
  }

  private static List<String> names(Connection c, String table, String story) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement("SELECT name FROM " + table + " WHERE story_id=? ORDER BY rowid")) {
      q.setString(1, story);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}
