CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`client_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`minutes` integer DEFAULT 45 NOT NULL,
	`room` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`interview_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `diary_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointments_session` ON `appointments` (`session_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_client` ON `appointments` (`client_id`);--> statement-breakpoint
CREATE INDEX `appointments_interview` ON `appointments` (`interview_id`);--> statement-breakpoint
CREATE TABLE `diary_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`held_on` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`kind` text NOT NULL,
	`slot_minutes` integer DEFAULT 45 NOT NULL,
	`room` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `diary_sessions_held_on` ON `diary_sessions` (`held_on`,`starts_at`);--> statement-breakpoint
CREATE INDEX `diary_sessions_organisation` ON `diary_sessions` (`organisation_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`invoice_id` text NOT NULL,
	`position` integer NOT NULL,
	`supplied_on` text,
	`description` text NOT NULL,
	`quantity` real NOT NULL,
	`unit` text NOT NULL,
	`rate_pence` integer NOT NULL,
	`vat` text DEFAULT 'no-vat' NOT NULL,
	`amount_pence` integer NOT NULL,
	`diary_session_id` text,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE INDEX `invoice_lines_session` ON `invoice_lines` (`diary_session_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`kind` text DEFAULT 'invoice' NOT NULL,
	`credits_invoice_id` text,
	`organisation_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`invoice_date` text NOT NULL,
	`supply_from` text,
	`supply_to` text,
	`due_on` text NOT NULL,
	`paid_on` text,
	`purchase_order` text DEFAULT '' NOT NULL,
	`billing_name` text DEFAULT '' NOT NULL,
	`billing_address` text DEFAULT '' NOT NULL,
	`issuer` text DEFAULT '{}' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`net_pence` integer DEFAULT 0 NOT NULL,
	`vat_pence` integer DEFAULT 0 NOT NULL,
	`total_pence` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number` ON `invoices` (`number`);--> statement-breakpoint
CREATE INDEX `invoices_organisation` ON `invoices` (`organisation_id`,`invoice_date`);--> statement-breakpoint
CREATE TABLE `termly_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`comments` text DEFAULT '' NOT NULL,
	`recommendations` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `termly_reports_period` ON `termly_reports` (`organisation_id`,`period_from`,`period_to`);--> statement-breakpoint
ALTER TABLE `agreements` ADD `bought_unit` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `bought_quantity` real;--> statement-breakpoint
ALTER TABLE `agreements` ADD `hours_per_day` real DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `does_non_attendance_count` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `payment_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `billing_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `billing_address` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `purchase_order` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- What was bought, in the unit it was bought in: days where the agreement gave days, else hours.
UPDATE `agreements` SET `bought_unit` = 'day', `bought_quantity` = `days_per_year` WHERE `days_per_year` IS NOT NULL;--> statement-breakpoint
UPDATE `agreements` SET `bought_unit` = 'hour', `bought_quantity` = `hours_per_year` WHERE `days_per_year` IS NULL AND `hours_per_year` IS NOT NULL;
