-- The adviser's open actions in each plan's current content, kept by triggers so the to-do list
-- reads them without parsing every plan (main/services/follow-ups/adviser-actions.ts). Every
-- write to a plan or its versions refreshes that plan's rows, whichever code (or sync) makes it.
CREATE TABLE `plan_adviser_actions` (
	`plan_id` text NOT NULL,
	`client_id` text NOT NULL,
	`position` integer NOT NULL,
	`action_id` text NOT NULL,
	`text` text NOT NULL,
	`due_on` text,
	PRIMARY KEY(`plan_id`, `position`)
);
--> statement-breakpoint
CREATE INDEX `plan_adviser_actions_client` ON `plan_adviser_actions` (`client_id`);
--> statement-breakpoint
CREATE TRIGGER `plan_adviser_actions_plan_added` AFTER INSERT ON `action_plans`
BEGIN
	DELETE FROM `plan_adviser_actions` WHERE `plan_id` = NEW.`id`;
	INSERT INTO `plan_adviser_actions` (`plan_id`, `client_id`, `position`, `action_id`, `text`, `due_on`)
	SELECT NEW.`id`, (SELECT `client_id` FROM `action_plans` WHERE `id` = NEW.`id`), a.key, json_extract(a.value, '$.id'), coalesce(json_extract(a.value, '$.text'), ''), json_extract(a.value, '$.dueOn')
	  FROM json_each((SELECT coalesce((SELECT v.`content` FROM `plan_versions` v WHERE v.`plan_id` = NEW.`id` ORDER BY v.`number` DESC LIMIT 1), p.`draft`)
	                    FROM `action_plans` p WHERE p.`id` = NEW.`id`), '$.actions') a
	 WHERE json_extract(a.value, '$.owner.kind') = 'adviser' AND json_extract(a.value, '$.status') NOT IN ('done', 'dropped');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_adviser_actions_draft_changed` AFTER UPDATE OF `draft` ON `action_plans`
BEGIN
	DELETE FROM `plan_adviser_actions` WHERE `plan_id` = NEW.`id`;
	INSERT INTO `plan_adviser_actions` (`plan_id`, `client_id`, `position`, `action_id`, `text`, `due_on`)
	SELECT NEW.`id`, (SELECT `client_id` FROM `action_plans` WHERE `id` = NEW.`id`), a.key, json_extract(a.value, '$.id'), coalesce(json_extract(a.value, '$.text'), ''), json_extract(a.value, '$.dueOn')
	  FROM json_each((SELECT coalesce((SELECT v.`content` FROM `plan_versions` v WHERE v.`plan_id` = NEW.`id` ORDER BY v.`number` DESC LIMIT 1), p.`draft`)
	                    FROM `action_plans` p WHERE p.`id` = NEW.`id`), '$.actions') a
	 WHERE json_extract(a.value, '$.owner.kind') = 'adviser' AND json_extract(a.value, '$.status') NOT IN ('done', 'dropped');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_adviser_actions_plan_removed` AFTER DELETE ON `action_plans`
BEGIN
	DELETE FROM `plan_adviser_actions` WHERE `plan_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `plan_adviser_actions_version_added` AFTER INSERT ON `plan_versions`
BEGIN
	DELETE FROM `plan_adviser_actions` WHERE `plan_id` = NEW.`plan_id`;
	INSERT INTO `plan_adviser_actions` (`plan_id`, `client_id`, `position`, `action_id`, `text`, `due_on`)
	SELECT NEW.`plan_id`, (SELECT `client_id` FROM `action_plans` WHERE `id` = NEW.`plan_id`), a.key, json_extract(a.value, '$.id'), coalesce(json_extract(a.value, '$.text'), ''), json_extract(a.value, '$.dueOn')
	  FROM json_each((SELECT coalesce((SELECT v.`content` FROM `plan_versions` v WHERE v.`plan_id` = NEW.`plan_id` ORDER BY v.`number` DESC LIMIT 1), p.`draft`)
	                    FROM `action_plans` p WHERE p.`id` = NEW.`plan_id`), '$.actions') a
	 WHERE json_extract(a.value, '$.owner.kind') = 'adviser' AND json_extract(a.value, '$.status') NOT IN ('done', 'dropped');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_adviser_actions_version_removed` AFTER DELETE ON `plan_versions`
BEGIN
	DELETE FROM `plan_adviser_actions` WHERE `plan_id` = OLD.`plan_id`;
	INSERT INTO `plan_adviser_actions` (`plan_id`, `client_id`, `position`, `action_id`, `text`, `due_on`)
	SELECT OLD.`plan_id`, (SELECT `client_id` FROM `action_plans` WHERE `id` = OLD.`plan_id`), a.key, json_extract(a.value, '$.id'), coalesce(json_extract(a.value, '$.text'), ''), json_extract(a.value, '$.dueOn')
	  FROM json_each((SELECT coalesce((SELECT v.`content` FROM `plan_versions` v WHERE v.`plan_id` = OLD.`plan_id` ORDER BY v.`number` DESC LIMIT 1), p.`draft`)
	                    FROM `action_plans` p WHERE p.`id` = OLD.`plan_id`), '$.actions') a
	 WHERE json_extract(a.value, '$.owner.kind') = 'adviser' AND json_extract(a.value, '$.status') NOT IN ('done', 'dropped');
END;
--> statement-breakpoint
INSERT INTO `plan_adviser_actions` (`plan_id`, `client_id`, `position`, `action_id`, `text`, `due_on`)
SELECT p.`id`, p.`client_id`, a.key, json_extract(a.value, '$.id'), coalesce(json_extract(a.value, '$.text'), ''), json_extract(a.value, '$.dueOn')
  FROM `action_plans` p,
       json_each(coalesce((SELECT v.`content` FROM `plan_versions` v WHERE v.`plan_id` = p.`id` ORDER BY v.`number` DESC LIMIT 1), p.`draft`), '$.actions') a
 WHERE json_extract(a.value, '$.owner.kind') = 'adviser' AND json_extract(a.value, '$.status') NOT IN ('done', 'dropped');
