package dev.newsdesk.store;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;

/**
 * One matching article, best first.
 *
 * @param snippet a short piece of the text around the first match
 */
public record SearchHit(
    ArticleId article, StoryId story, String title, String source, String snippet, float score) {}
