-- Accepted items in arrival order: the raw item (so a replay rebuilds every stage's state) and
-- where the pipeline placed it. Times are epoch milliseconds.
CREATE TABLE items (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL UNIQUE,
  input TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  published_at INTEGER,
  byline TEXT,
  language TEXT,
  story_id TEXT NOT NULL,
  duplicate_of TEXT,
  stored_at INTEGER NOT NULL
);
CREATE INDEX items_input ON items (input);
CREATE INDEX items_story ON items (story_id);

-- Stories as last briefed; derived, rebuilt by a replay.
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  lead TEXT NOT NULL,
  articles INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  published INTEGER,
  brief_json TEXT NOT NULL
);
CREATE INDEX stories_updated ON stories (updated DESC, id);

CREATE TABLE story_sources (
  story_id TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (story_id, name)
);
CREATE INDEX story_sources_name ON story_sources (name);

CREATE TABLE story_entities (
  story_id TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (story_id, name)
);
CREATE INDEX story_entities_name ON story_entities (name);

-- Feeds to poll, with the validators of the last response and the backoff state.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  added INTEGER NOT NULL,
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_polled INTEGER,
  next_poll INTEGER NOT NULL,
  last_error TEXT
);
