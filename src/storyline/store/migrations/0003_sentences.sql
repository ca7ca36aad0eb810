-- Version 3: keep the sentence index of mentions and claims, so a stored story reads back exactly.
ALTER TABLE mentions ADD COLUMN sentence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN sentence INTEGER NOT NULL DEFAULT 0;
