CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`code` text NOT NULL,
	`code_list_version` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`verified_on` text,
	`verified_how` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_client` ON `activities` (`client_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `guarantee_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`year_group` integer NOT NULL,
	`status` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`recorded_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guarantee_offers_client` ON `guarantee_offers` (`client_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `intended_destinations` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`recorded_on` text NOT NULL,
	`code` text NOT NULL,
	`code_list_version` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`course` text DEFAULT '' NOT NULL,
	`level` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'client' NOT NULL,
	`interview_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intended_destinations_client` ON `intended_destinations` (`client_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `competency_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`rated_on` text NOT NULL,
	`framework` text NOT NULL,
	`competency` text NOT NULL,
	`scale` text NOT NULL,
	`rating` integer NOT NULL,
	`source` text NOT NULL,
	`interview_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competency_ratings_client` ON `competency_ratings` (`client_id`,`rated_on`);--> statement-breakpoint
ALTER TABLE `clients` ADD `is_looked_after` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `is_young_carer` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `has_english_as_additional_language` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `postcode` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `left_in_year` integer;--> statement-breakpoint
ALTER TABLE `interviews` ADD `competency_framework` text DEFAULT 'blueprint' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `urn` text DEFAULT '' NOT NULL;