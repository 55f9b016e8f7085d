package dev.newsdesk.store;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The accepted items, in arrival order. Implementations are thread-safe.
 *
 * <p>Contract: when {@link #append} returns, the item is durable: it survives the process being
 * killed at any later moment. An item is stored at most once per article id.
 */
public interface ArticleStore {
  /**
   * Stores one placed item durably.
   *
   * @throws StoreException when it could not be stored; nothing was stored then
   */
  StoredItem append(
      RawDocument item, ArticleId article, StoryId story, ArticleId duplicateOf, Instant storedAt);

  Optional<StoredItem> find(ArticleId id);

  /** True when an item with this input name (a file item, or a URL) is stored. */
  boolean containsInput(String input);

  /** Calls {@code each} with every item after {@code afterSequence}, in arrival order. */
  void forEach(long afterSequence, Consumer<StoredItem> each);

  long count();

  /** Records where a replay by a newer pipeline placed a stored item ({@code newsdesk reindex}). */
  void relocate(long sequence, StoryId story, ArticleId duplicateOf);
}
