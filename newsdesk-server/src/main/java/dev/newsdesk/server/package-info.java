/**
 * Newsdesk as a long-running service: the {@link dev.newsdesk.server.Desk} takes items through the
 * pipeline into the store and the search index; {@link dev.newsdesk.server.NewsdeskServer} serves
 * the REST API, the outgoing feeds of briefs and the web UI (static files, no build step); the
 * {@link dev.newsdesk.server.FeedPoller} keeps the sources coming in through the {@link
 * dev.newsdesk.server.SafeFetcher}.
 *
 * <p>REST shapes are DTO records of their own ({@link dev.newsdesk.server.Dto}), not the domain
 * records, so the engine can change without breaking clients.
 */
package dev.newsdesk.server;
