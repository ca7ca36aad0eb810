-- Storyline schema, version 1. One name per idea: tables and columns use the report's vocabulary.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,                -- content hash prefix of the clean text
  path TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT,
  published_basis TEXT,
  published_confidence REAL NOT NULL DEFAULT 0,
  language TEXT NOT NULL DEFAULT 'en',
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  duplicates TEXT NOT NULL DEFAULT '[]',  -- JSON list of folded paths
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  result_hash TEXT NOT NULL,            -- hash of the story's analysis; unchanged input writes nothing
  analyzed_at TEXT NOT NULL
);

CREATE TABLE story_documents (
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY (story, doc)
);

CREATE TABLE entities (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  region TEXT,
  country TEXT,
  PRIMARY KEY (story, id)
);

CREATE TABLE mentions (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc TEXT NOT NULL REFERENCES documents(id),
  entity TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (story, id)
);

CREATE TABLE claims (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc TEXT NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  predicate TEXT NOT NULL DEFAULT '',
  modality TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  attribution TEXT NOT NULL DEFAULT '[]',  -- JSON list: outlet, then each cited source
  "values" TEXT NOT NULL DEFAULT '[]',     -- JSON list of Value records
  entities TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (story, id)
);

CREATE TABLE facts (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('corroborated', 'single_source', 'contested')),
  label TEXT NOT NULL,
  origins TEXT NOT NULL DEFAULT '[]',
  explanation TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (story, id)
);

CREATE TABLE fact_claims (
  story TEXT NOT NULL,
  fact TEXT NOT NULL,
  claim TEXT NOT NULL,
  PRIMARY KEY (story, fact, claim),
  FOREIGN KEY (story, fact) REFERENCES facts(story, id) ON DELETE CASCADE
);

CREATE TABLE conflicts (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  fact TEXT,
  kind TEXT NOT NULL,
  explanation TEXT NOT NULL,
  sides TEXT NOT NULL,                   -- JSON list of {value, claims}
  PRIMARY KEY (story, id)
);

CREATE TABLE events (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  date TEXT NOT NULL,                    -- JSON {value, precision, basis}
  claims TEXT NOT NULL DEFAULT '[]',
  documents TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (story, id)
);

CREATE INDEX mentions_entity ON mentions(story, entity);
CREATE INDEX claims_doc ON claims(story, doc);
CREATE INDEX story_documents_doc ON story_documents(doc);
