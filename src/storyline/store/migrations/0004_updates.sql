-- Version 4: figures a later article gives as updates of earlier ones ("the toll rose to 93").
CREATE TABLE updates (
  id TEXT NOT NULL,
  story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  fact TEXT,
  explanation TEXT NOT NULL,
  earlier TEXT NOT NULL,                 -- JSON {value, claims}
  later TEXT NOT NULL,                   -- JSON {value, claims}
  PRIMARY KEY (story, id)
);
