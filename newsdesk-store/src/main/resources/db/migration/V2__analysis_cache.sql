-- A cache of each stored item's analysis (AnalysisCodec bytes), so a start-up replay places the
-- stored items without extracting and analysing them again. Derived: a missing or unreadable row
-- is analysed again; the rows are only used when analysis_build names the running build.
CREATE TABLE analyses (
  seq INTEGER PRIMARY KEY,
  data BLOB NOT NULL
);

-- The build whose extraction and analysis wrote the rows of analyses (at most one row).
CREATE TABLE analysis_build (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  build TEXT NOT NULL
);
