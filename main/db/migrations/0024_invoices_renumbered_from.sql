-- An invoice two computers numbered alike while apart is renumbered by sync; the number it went
-- out with is kept here, so the adviser is told to send the school the corrected copy.
ALTER TABLE `invoices` ADD `renumbered_from` text;