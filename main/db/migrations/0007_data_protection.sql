CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`has_explained_confidentiality` integer NOT NULL,
	`agreements` text NOT NULL,
	`given_by` text NOT NULL,
	`given_on` text NOT NULL,
	`method` text NOT NULL,
	`withdrawn_on` text,
	`withdrawal_note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_client` ON `consents` (`client_id`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text,
	`recipient` text NOT NULL,
	`disclosed_on` text NOT NULL,
	`what` text NOT NULL,
	`lawful_basis` text NOT NULL,
	`consent_id` text,
	`is_anonymised` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosures_client` ON `disclosures` (`client_id`);--> statement-breakpoint
CREATE TABLE `subject_access_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`received_on` text NOT NULL,
	`requester_name` text NOT NULL,
	`relationship` text NOT NULL,
	`is_identity_checked` integer DEFAULT false NOT NULL,
	`due_on` text NOT NULL,
	`extension_reason` text DEFAULT '' NOT NULL,
	`extension_told_on` text,
	`status` text DEFAULT 'received' NOT NULL,
	`completed_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subject_access_requests_client` ON `subject_access_requests` (`client_id`);