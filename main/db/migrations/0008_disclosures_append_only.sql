-- The disclosure log is the adviser's record of accountability: entries are
-- never edited or deleted. The one change allowed is erasure anonymising an
-- entry (client link removed, description replaced), which keeps the fact of
-- the disclosure without the person.
CREATE TRIGGER `disclosures_no_delete` BEFORE DELETE ON `disclosures`
BEGIN
	SELECT RAISE(ABORT, 'The disclosure log cannot be deleted from.');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_only_anonymise` BEFORE UPDATE ON `disclosures`
WHEN NOT (NEW.client_id IS NULL AND NEW.is_anonymised = 1 AND NEW.id = OLD.id AND NEW.recipient = OLD.recipient AND NEW.disclosed_on = OLD.disclosed_on AND NEW.lawful_basis = OLD.lawful_basis AND NEW.created_at = OLD.created_at)
BEGIN
	SELECT RAISE(ABORT, 'The disclosure log cannot be edited.');
END;
