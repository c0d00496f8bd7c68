-- A plan version withheld from subject-access bundles was named by its row number, which is this
-- computer's own: on another computer set up from a backup and kept in step by sync, that number
-- is another version's or none, and the withheld words would go into a bundle made there. It is
-- named by its plan and version number instead, the same on every computer.
UPDATE `withholdings`
SET `record_key` = (
	SELECT `plan_versions`.`plan_id` || ':' || `plan_versions`.`number` FROM `plan_versions`
	WHERE `plan_versions`.`id` = CAST(`withholdings`.`record_key` AS INTEGER)
)
WHERE `kind` = 'plan-version' AND EXISTS (
	SELECT 1 FROM `plan_versions` WHERE `plan_versions`.`id` = CAST(`withholdings`.`record_key` AS INTEGER)
);
