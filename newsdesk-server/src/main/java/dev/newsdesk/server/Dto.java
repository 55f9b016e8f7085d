package dev.newsdesk.server;

import dev.newsdesk.model.Article;
import dev.newsdesk.store.SearchHit;
import dev.newsdesk.store.Source;
import dev.newsdesk.store.StoryListing;
import java.time.Instant;
import java.util.List;

/**
 * The REST shapes, separate from the domain records so the engine can change under a stable API.
 * Instants are ISO-8601 strings.
 */
final class Dto {
  private Dto() {}

  record StoryItem(
      String id,
      String headline,
      String lead,
      int articles,
      int independentSources,
      String updated,
      String published,
      List<String> sources) {
    static StoryItem of(StoryListing s) {
      return new StoryItem(
          s.id().value(),
          s.headline(),
          s.lead(),
          s.articles(),
          s.independentSources(),
          s.updated().toString(),
          iso(s.published()),
          s.sources());
    }
  }

  record StoryPage(long total, int offset, int limit, List<StoryItem> stories) {}

  record ArticleItem(
      String id,
      String story,
      String input,
      String url,
      String source,
      String title,
      String byline,
      String published,
      String language,
      String duplicateOf,
      String storedAt,
      String text) {
    static ArticleItem of(Desk.ArticleView view) {
      Article a = view.member().article().article();
      return new ArticleItem(
          a.id().value(),
          view.placement().story().value(),
          a.input(),
          a.url(),
          a.source(),
          a.title(),
          a.byline(),
          a.publishedAt() != null
              ? a.publishedAt().toString()
              : a.published() == null ? null : a.published().toString(),
          a.language(),
          view.placement().duplicateOf() == null ? null : view.placement().duplicateOf().value(),
          view.stored().storedAt().toString(),
          view.member().article().text());
    }
  }

  record Hit(
      String article, String story, String title, String source, String snippet, float score) {
    static Hit of(SearchHit h) {
      return new Hit(
          h.article().value(), h.story().value(), h.title(), h.source(), h.snippet(), h.score());
    }
  }

  record Placed(
      String input,
      String status,
      String article,
      String story,
      String duplicateOf,
      String reason) {
    static Placed of(IngestOutcome o) {
      return o.stored()
          ? new Placed(
              o.input(),
              "stored",
              o.article().value(),
              o.story().value(),
              o.duplicateOf() == null ? null : o.duplicateOf().value(),
              null)
          : new Placed(o.input(), "rejected", null, null, null, o.reason());
    }
  }

  record IngestResult(int stored, int rejected, List<Placed> items) {}

  record SourceItem(
      long id,
      String url,
      String title,
      String added,
      String lastPolled,
      String nextPoll,
      int failures,
      String lastError) {
    static SourceItem of(Source s) {
      return new SourceItem(
          s.id(),
          s.url(),
          s.title(),
          s.added().toString(),
          iso(s.lastPolled()),
          s.nextPoll().toString(),
          s.failures(),
          s.lastError());
    }
  }

  record NewSource(String url, String title) {}

  record Problem(int status, String error) {}

  record Health(
      String status, long articles, long stories, long pendingBriefs, long indexedThrough) {}

  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
