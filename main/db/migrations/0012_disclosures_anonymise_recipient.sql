-- Erasure may also rewrite an entry's recipient, once, as it anonymises the
-- entry: a bundle's recipient is usually the person themselves, and a parent's
-- name can carry the child's surname. Every other edit is still refused.
DROP TRIGGER `disclosures_only_anonymise`;
--> statement-breakpoint
CREATE TRIGGER `disclosures_only_anonymise` BEFORE UPDATE ON `disclosures`
WHEN NOT (NEW.client_id IS NULL AND NEW.is_anonymised = 1 AND NEW.id = OLD.id AND (NEW.recipient = OLD.recipient OR OLD.is_anonymised = 0) AND NEW.disclosed_on = OLD.disclosed_on AND NEW.lawful_basis = OLD.lawful_basis AND NEW.created_at = OLD.created_at)
BEGIN
	SELECT RAISE(ABORT, 'The disclosure log cannot be edited.');
END;
