CREATE TABLE `client_organisation_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_organisation_history_client` ON `client_organisation_history` (`client_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`surname` text NOT NULL,
	`forename` text NOT NULL,
	`preferred_name` text DEFAULT '' NOT NULL,
	`date_of_birth` text,
	`year_group` integer,
	`tutor_group` text DEFAULT '' NOT NULL,
	`upn` text DEFAULT '' NOT NULL,
	`key_worker` text DEFAULT '' NOT NULL,
	`send_status` text DEFAULT 'none' NOT NULL,
	`has_pupil_premium` integer DEFAULT false NOT NULL,
	`is_at_risk_of_neet` integer DEFAULT false NOT NULL,
	`provision_level` text DEFAULT 'core' NOT NULL,
	`referral_source` text,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`about_me` text DEFAULT '' NOT NULL,
	`review_due_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clients_organisation_year` ON `clients` (`organisation_id`,`year_group`);--> statement-breakpoint
CREATE INDEX `clients_organisation_upn` ON `clients` (`organisation_id`,`upn`);--> statement-breakpoint
CREATE INDEX `clients_name` ON `clients` (`surname`,`forename`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`organisation_id` text,
	`held_on` text NOT NULL,
	`duration_minutes` integer DEFAULT 45 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interviews_client` ON `interviews` (`client_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `interviews_organisation` ON `interviews` (`organisation_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `provision_level_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`level` text NOT NULL,
	`changed_on` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `provision_level_history_client` ON `provision_level_history` (`client_id`);--> statement-breakpoint
CREATE TABLE `adviser_checks` (
	`kind` text PRIMARY KEY NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`checked_on` text,
	`due_on` text
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`organisation_id` text PRIMARY KEY NOT NULL,
	`services` text DEFAULT '[]' NOT NULL,
	`hours_per_year` real,
	`days_per_year` real,
	`rate_pence` integer,
	`rate_unit` text,
	`starts_on` text,
	`ends_on` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisation_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisations_name` ON `organisations` (`name`);