CREATE TABLE `rectifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`field` text NOT NULL,
	`changed_at` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rectifications_client` ON `rectifications` (`client_id`,`changed_at`);