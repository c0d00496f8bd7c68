CREATE TABLE `sync_conflicts` (
	`entity` text NOT NULL,
	`table_name` text NOT NULL,
	`row_key` text NOT NULL,
	`column_name` text NOT NULL,
	`values_json` text NOT NULL,
	`noticed_at` text NOT NULL,
	PRIMARY KEY(`entity`, `table_name`, `row_key`, `column_name`)
);
--> statement-breakpoint
CREATE TABLE `sync_documents` (
	`document_id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`state` blob NOT NULL,
	`heads` text DEFAULT '[]' NOT NULL,
	`sent_heads` text DEFAULT '[]' NOT NULL,
	`folder_signature` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_documents_entity` ON `sync_documents` (`entity`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`entity` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_row_ids` (
	`table_name` text NOT NULL,
	`local_id` integer NOT NULL,
	`sync_id` text NOT NULL,
	PRIMARY KEY(`table_name`, `local_id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_row_ids_sync_id` ON `sync_row_ids` (`table_name`,`sync_id`);
--> statement-breakpoint
-- Every change to a synced table puts its document in the outbox, whichever service made it (main/services/sync/synced-tables.ts).
CREATE TRIGGER `sync_outbox_organisations_insert_new` AFTER INSERT ON `organisations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_organisations_update_new` AFTER UPDATE ON `organisations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_organisations_delete_old` AFTER DELETE ON `organisations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_organisation_contacts_insert_new` AFTER INSERT ON `organisation_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_organisation_contacts_update_new` AFTER UPDATE ON `organisation_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_organisation_contacts_delete_old` AFTER DELETE ON `organisation_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_agreements_insert_new` AFTER INSERT ON `agreements`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_agreements_update_new` AFTER UPDATE ON `agreements`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_agreements_delete_old` AFTER DELETE ON `agreements`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_checks_insert_new` AFTER INSERT ON `adviser_checks`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_checks_update_new` AFTER UPDATE ON `adviser_checks`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_checks_delete_old` AFTER DELETE ON `adviser_checks`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guidance_templates_insert_new` AFTER INSERT ON `guidance_templates`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guidance_templates_update_new` AFTER UPDATE ON `guidance_templates`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guidance_templates_delete_old` AFTER DELETE ON `guidance_templates`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_diary_sessions_insert_new` AFTER INSERT ON `diary_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_diary_sessions_update_new` AFTER UPDATE ON `diary_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_diary_sessions_delete_old` AFTER DELETE ON `diary_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_sessions_insert_new` AFTER INSERT ON `group_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_sessions_update_new` AFTER UPDATE ON `group_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_sessions_delete_old` AFTER DELETE ON `group_sessions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoices_insert_new` AFTER INSERT ON `invoices`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoices_update_new` AFTER UPDATE ON `invoices`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoices_delete_old` AFTER DELETE ON `invoices`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoice_lines_insert_new` AFTER INSERT ON `invoice_lines`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoice_lines_update_new` AFTER UPDATE ON `invoice_lines`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_invoice_lines_delete_old` AFTER DELETE ON `invoice_lines`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_termly_reports_insert_new` AFTER INSERT ON `termly_reports`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_termly_reports_update_new` AFTER UPDATE ON `termly_reports`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_termly_reports_delete_old` AFTER DELETE ON `termly_reports`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_settings_insert_new` AFTER INSERT ON `settings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity WHERE NOT (NEW.key LIKE 'backups.%' OR NEW.key LIKE 'sync.%')) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_settings_update_old` AFTER UPDATE ON `settings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity WHERE NOT (OLD.key LIKE 'backups.%' OR OLD.key LIKE 'sync.%')) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_settings_update_new` AFTER UPDATE ON `settings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity WHERE NOT (NEW.key LIKE 'backups.%' OR NEW.key LIKE 'sync.%')) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_settings_delete_old` AFTER DELETE ON `settings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity WHERE NOT (OLD.key LIKE 'backups.%' OR OLD.key LIKE 'sync.%')) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_clients_insert_new` AFTER INSERT ON `clients`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_clients_update_old` AFTER UPDATE ON `clients`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_clients_update_new` AFTER UPDATE ON `clients`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_clients_delete_old` AFTER DELETE ON `clients`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_provision_level_history_insert_new` AFTER INSERT ON `provision_level_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_provision_level_history_update_old` AFTER UPDATE ON `provision_level_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_provision_level_history_update_new` AFTER UPDATE ON `provision_level_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_provision_level_history_delete_old` AFTER DELETE ON `provision_level_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_organisation_history_insert_new` AFTER INSERT ON `client_organisation_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_organisation_history_update_old` AFTER UPDATE ON `client_organisation_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_organisation_history_update_new` AFTER UPDATE ON `client_organisation_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_organisation_history_delete_old` AFTER DELETE ON `client_organisation_history`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_contacts_insert_new` AFTER INSERT ON `client_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_contacts_update_old` AFTER UPDATE ON `client_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_contacts_update_new` AFTER UPDATE ON `client_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_client_contacts_delete_old` AFTER DELETE ON `client_contacts`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_consents_insert_new` AFTER INSERT ON `consents`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_consents_update_old` AFTER UPDATE ON `consents`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_consents_update_new` AFTER UPDATE ON `consents`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_consents_delete_old` AFTER DELETE ON `consents`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_disclosures_insert_new` AFTER INSERT ON `disclosures`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT CASE WHEN NEW.client_id IS NULL THEN 'practice' ELSE 'client:' || NEW.client_id END AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_disclosures_update_old` AFTER UPDATE ON `disclosures`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT CASE WHEN OLD.client_id IS NULL THEN 'practice' ELSE 'client:' || OLD.client_id END AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_disclosures_update_new` AFTER UPDATE ON `disclosures`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT CASE WHEN NEW.client_id IS NULL THEN 'practice' ELSE 'client:' || NEW.client_id END AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_disclosures_delete_old` AFTER DELETE ON `disclosures`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT CASE WHEN OLD.client_id IS NULL THEN 'practice' ELSE 'client:' || OLD.client_id END AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_subject_access_requests_insert_new` AFTER INSERT ON `subject_access_requests`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_subject_access_requests_update_old` AFTER UPDATE ON `subject_access_requests`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_subject_access_requests_update_new` AFTER UPDATE ON `subject_access_requests`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_subject_access_requests_delete_old` AFTER DELETE ON `subject_access_requests`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_retention_decisions_insert_new` AFTER INSERT ON `retention_decisions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_retention_decisions_update_old` AFTER UPDATE ON `retention_decisions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_retention_decisions_update_new` AFTER UPDATE ON `retention_decisions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_retention_decisions_delete_old` AFTER DELETE ON `retention_decisions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_withholdings_insert_new` AFTER INSERT ON `withholdings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_withholdings_update_old` AFTER UPDATE ON `withholdings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_withholdings_update_new` AFTER UPDATE ON `withholdings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_withholdings_delete_old` AFTER DELETE ON `withholdings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_safeguarding_concerns_insert_new` AFTER INSERT ON `safeguarding_concerns`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_safeguarding_concerns_update_old` AFTER UPDATE ON `safeguarding_concerns`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_safeguarding_concerns_update_new` AFTER UPDATE ON `safeguarding_concerns`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_safeguarding_concerns_delete_old` AFTER DELETE ON `safeguarding_concerns`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_rectifications_insert_new` AFTER INSERT ON `rectifications`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_rectifications_update_old` AFTER UPDATE ON `rectifications`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_rectifications_update_new` AFTER UPDATE ON `rectifications`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_rectifications_delete_old` AFTER DELETE ON `rectifications`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interviews_insert_new` AFTER INSERT ON `interviews`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interviews_update_old` AFTER UPDATE ON `interviews`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interviews_update_new` AFTER UPDATE ON `interviews`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interviews_delete_old` AFTER DELETE ON `interviews`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_notes_insert_new` AFTER INSERT ON `interview_notes`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_notes_update_old` AFTER UPDATE ON `interview_notes`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_notes_update_new` AFTER UPDATE ON `interview_notes`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_notes_delete_old` AFTER DELETE ON `interview_notes`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_scores_insert_new` AFTER INSERT ON `interview_scores`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_scores_update_old` AFTER UPDATE ON `interview_scores`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_scores_update_new` AFTER UPDATE ON `interview_scores`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_scores_delete_old` AFTER DELETE ON `interview_scores`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_actions_insert_new` AFTER INSERT ON `interview_actions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_actions_update_old` AFTER UPDATE ON `interview_actions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_actions_update_new` AFTER UPDATE ON `interview_actions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_interview_actions_delete_old` AFTER DELETE ON `interview_actions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_attachments_insert_new` AFTER INSERT ON `attachments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_attachments_update_old` AFTER UPDATE ON `attachments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_attachments_update_new` AFTER UPDATE ON `attachments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = NEW.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_attachments_delete_old` AFTER DELETE ON `attachments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = OLD.interview_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_action_plans_insert_new` AFTER INSERT ON `action_plans`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_action_plans_update_old` AFTER UPDATE ON `action_plans`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_action_plans_update_new` AFTER UPDATE ON `action_plans`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_action_plans_delete_old` AFTER DELETE ON `action_plans`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_versions_insert_new` AFTER INSERT ON `plan_versions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_versions_update_old` AFTER UPDATE ON `plan_versions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_versions_update_new` AFTER UPDATE ON `plan_versions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_versions_delete_old` AFTER DELETE ON `plan_versions`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_images_insert_new` AFTER INSERT ON `plan_images`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_images_update_old` AFTER UPDATE ON `plan_images`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_images_update_new` AFTER UPDATE ON `plan_images`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_plan_images_delete_old` AFTER DELETE ON `plan_images`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_action_states_insert_new` AFTER INSERT ON `adviser_action_states`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_action_states_update_old` AFTER UPDATE ON `adviser_action_states`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_action_states_update_new` AFTER UPDATE ON `adviser_action_states`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = NEW.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_adviser_action_states_delete_old` AFTER DELETE ON `adviser_action_states`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = OLD.plan_id) AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_intended_destinations_insert_new` AFTER INSERT ON `intended_destinations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_intended_destinations_update_old` AFTER UPDATE ON `intended_destinations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_intended_destinations_update_new` AFTER UPDATE ON `intended_destinations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_intended_destinations_delete_old` AFTER DELETE ON `intended_destinations`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guarantee_offers_insert_new` AFTER INSERT ON `guarantee_offers`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guarantee_offers_update_old` AFTER UPDATE ON `guarantee_offers`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guarantee_offers_update_new` AFTER UPDATE ON `guarantee_offers`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_guarantee_offers_delete_old` AFTER DELETE ON `guarantee_offers`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_activities_insert_new` AFTER INSERT ON `activities`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_activities_update_old` AFTER UPDATE ON `activities`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_activities_update_new` AFTER UPDATE ON `activities`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_activities_delete_old` AFTER DELETE ON `activities`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_competency_ratings_insert_new` AFTER INSERT ON `competency_ratings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_competency_ratings_update_old` AFTER UPDATE ON `competency_ratings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_competency_ratings_update_new` AFTER UPDATE ON `competency_ratings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_competency_ratings_delete_old` AFTER DELETE ON `competency_ratings`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_appointments_insert_new` AFTER INSERT ON `appointments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_appointments_update_old` AFTER UPDATE ON `appointments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_appointments_update_new` AFTER UPDATE ON `appointments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_appointments_delete_old` AFTER DELETE ON `appointments`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_session_attendees_insert_new` AFTER INSERT ON `group_session_attendees`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_session_attendees_update_old` AFTER UPDATE ON `group_session_attendees`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_session_attendees_update_new` AFTER UPDATE ON `group_session_attendees`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || NEW.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_outbox_group_session_attendees_delete_old` AFTER DELETE ON `group_session_attendees`
BEGIN
	INSERT INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || OLD.client_id AS entity) AS changed
		WHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);
END;
--> statement-breakpoint
-- Every record existing before sync was set up is sent at the first sync.
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `organisations`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `organisation_contacts`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `agreements`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `adviser_checks`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `guidance_templates`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `diary_sessions`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `group_sessions`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `invoices`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `invoice_lines`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `termly_reports`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'practice' AS entity FROM `settings` WHERE NOT (`settings`.key LIKE 'backups.%' OR `settings`.key LIKE 'sync.%')) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `clients`.id AS entity FROM `clients`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `provision_level_history`.client_id AS entity FROM `provision_level_history`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `client_organisation_history`.client_id AS entity FROM `client_organisation_history`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `client_contacts`.client_id AS entity FROM `client_contacts`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `consents`.client_id AS entity FROM `consents`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT CASE WHEN `disclosures`.client_id IS NULL THEN 'practice' ELSE 'client:' || `disclosures`.client_id END AS entity FROM `disclosures`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `subject_access_requests`.client_id AS entity FROM `subject_access_requests`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `retention_decisions`.client_id AS entity FROM `retention_decisions`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `withholdings`.client_id AS entity FROM `withholdings`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `safeguarding_concerns`.client_id AS entity FROM `safeguarding_concerns`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `rectifications`.client_id AS entity FROM `rectifications`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `interviews`.client_id AS entity FROM `interviews`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = `interview_notes`.interview_id) AS entity FROM `interview_notes`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = `interview_scores`.interview_id) AS entity FROM `interview_scores`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = `interview_actions`.interview_id) AS entity FROM `interview_actions`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM interviews WHERE interviews.id = `attachments`.interview_id) AS entity FROM `attachments`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `action_plans`.client_id AS entity FROM `action_plans`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = `plan_versions`.plan_id) AS entity FROM `plan_versions`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = `plan_images`.plan_id) AS entity FROM `plan_images`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = `adviser_action_states`.plan_id) AS entity FROM `adviser_action_states`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `intended_destinations`.client_id AS entity FROM `intended_destinations`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `guarantee_offers`.client_id AS entity FROM `guarantee_offers`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `activities`.client_id AS entity FROM `activities`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `competency_ratings`.client_id AS entity FROM `competency_ratings`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `appointments`.client_id AS entity FROM `appointments`) WHERE entity IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO sync_outbox (entity) SELECT entity FROM (SELECT 'client:' || `group_session_attendees`.client_id AS entity FROM `group_session_attendees`) WHERE entity IS NOT NULL;
