-- Full-text search inside the encrypted database. Text is folded in the app
-- (accents removed, Ł to L, ß to ss) before indexing and before querying;
-- unicode61 with remove_diacritics 2 folds whatever that misses.
CREATE VIRTUAL TABLE `search_index` USING fts5(`kind` UNINDEXED, `record_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TABLE `search_rows` (
	`record_key` text PRIMARY KEY NOT NULL,
	`fts_rowid` integer NOT NULL
);
