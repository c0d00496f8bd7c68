CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`interview_id` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_interview` ON `attachments` (`interview_id`);--> statement-breakpoint
CREATE TABLE `guidance_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`based_on` text,
	`stages` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `interview_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`interview_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interview_actions_interview` ON `interview_actions` (`interview_id`);--> statement-breakpoint
CREATE TABLE `interview_notes` (
	`interview_id` text NOT NULL,
	`stage_index` integer NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`saved_at` text NOT NULL,
	PRIMARY KEY(`interview_id`, `stage_index`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `interview_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` text NOT NULL,
	`label` text NOT NULL,
	`score` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interview_scores_interview` ON `interview_scores` (`interview_id`);--> statement-breakpoint
ALTER TABLE `interviews` ADD `starts_at` text;--> statement-breakpoint
ALTER TABLE `interviews` ADD `mode` text DEFAULT 'in-person' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `place` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `template_id` text;--> statement-breakpoint
ALTER TABLE `interviews` ADD `template_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `template_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `template_stages` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `competencies` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `techniques` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `intended_destination` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `referral_made` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `provision_level_set` text;--> statement-breakpoint
ALTER TABLE `interviews` ADD `follow_up_on` text;--> statement-breakpoint
ALTER TABLE `interviews` ADD `is_finished` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `updated_at` text;