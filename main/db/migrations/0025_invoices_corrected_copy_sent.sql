-- The adviser's word that the corrected copy of an invoice sync renumbered went to the school,
-- so its page stops asking for it.
ALTER TABLE `invoices` ADD `corrected_copy_sent_on` text;