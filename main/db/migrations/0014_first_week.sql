CREATE TABLE `client_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`relationship` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`has_parental_responsibility` integer DEFAULT false NOT NULL,
	`contact_preferences` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_contacts_client` ON `client_contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `safeguarding_concerns` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`raised_on` text NOT NULL,
	`what_happened` text NOT NULL,
	`reported_to` text DEFAULT '' NOT NULL,
	`reported_at` text,
	`reference` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_client` ON `safeguarding_concerns` (`client_id`);--> statement-breakpoint
CREATE TABLE `group_session_attendees` (
	`session_id` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`session_id`, `client_id`),
	FOREIGN KEY (`session_id`) REFERENCES `group_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_session_attendees_client` ON `group_session_attendees` (`client_id`);--> statement-breakpoint
CREATE TABLE `group_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`minutes` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_sessions_organisation` ON `group_sessions` (`organisation_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `adviser_action_states` (
	`plan_id` text NOT NULL,
	`action_id` text NOT NULL,
	`done_on` text,
	`snoozed_until` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`plan_id`, `action_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `organisations` ADD `safeguarding_lead_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `safeguarding_lead_phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `safeguarding_lead_email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `deputy_safeguarding_lead_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `deputy_safeguarding_lead_phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `deputy_safeguarding_lead_email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `consents` ADD `given_by_contact_id` text;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `identity_checked_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `identity_check_method` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `identity_checked_on` text;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `requester_address` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `requester_contact_id` text;--> statement-breakpoint
ALTER TABLE `subject_access_requests` ADD `sent_on` text;