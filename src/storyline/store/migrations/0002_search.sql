-- Full-text search over claims and entities (SQLite FTS5), kept in step with their tables by triggers.
-- External-content tables: the text lives once, in claims and entities; the index holds only tokens.
CREATE VIRTUAL TABLE claims_fts USING fts5(text, subject, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, content='entities', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN INSERT INTO claims_fts(rowid, text, subject) VALUES (new.rowid, new.text, new.subject); END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN INSERT INTO claims_fts(claims_fts, rowid, text, subject) VALUES ('delete', old.rowid, old.text, old.subject); END;
CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN INSERT INTO entities_fts(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases); END;
CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN INSERT INTO entities_fts(entities_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases); END;
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
INSERT INTO entities_fts(entities_fts) VALUES ('rebuild');
