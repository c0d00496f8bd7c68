-- People and organisations get a search index of their own, apart from notes
-- and plans. A name being typed ("o", "on") matched the start of words in
-- half a million interview notes at 100,000 clients, and FTS5 merged every one
-- of those word lists only to keep the few that were names: up to 0.8 s a
-- keystroke. The prefix indexes answer one and two letters from a list of their own.
-- Each record keeps its rowid, so search_rows (record -> rowid) stays right:
-- the record's kind says which index the rowid is in.
CREATE VIRTUAL TABLE `name_index` USING fts5(`kind` UNINDEXED, `record_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
--> statement-breakpoint
INSERT INTO `name_index` (rowid, kind, record_id, text)
  SELECT rowid, kind, record_id, text FROM `search_index` WHERE kind IN ('client', 'organisation');
--> statement-breakpoint
-- One segment: a bulk insert leaves many, and the first import after it would
-- merge them (1.4 s of a 2,000-row roll at 100,000 clients).
INSERT INTO `name_index` (`name_index`) VALUES ('optimize');
--> statement-breakpoint
DELETE FROM `search_index` WHERE kind IN ('client', 'organisation');
--> statement-breakpoint
-- Rewritten, so the names moved out leave nothing behind in its old segments.
INSERT INTO `search_index` (`search_index`) VALUES ('optimize');
