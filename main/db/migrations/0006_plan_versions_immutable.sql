-- A finalised plan version is the record of what was agreed: it is never edited.
CREATE TRIGGER `plan_versions_immutable` BEFORE UPDATE ON `plan_versions`
BEGIN
	SELECT RAISE(ABORT, 'A finalised plan version cannot be changed.');
END;
