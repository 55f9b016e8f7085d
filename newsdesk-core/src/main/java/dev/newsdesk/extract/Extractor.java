package dev.newsdesk.extract;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;

/** Makes an article of a raw item. Implementations are stateless, thread-safe and deterministic. */
public interface Extractor {
  Article extract(RawDocument doc) throws RejectedItemException;
}
