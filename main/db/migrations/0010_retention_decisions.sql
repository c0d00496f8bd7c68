CREATE TABLE `retention_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`decided_on` text NOT NULL,
	`reason` text NOT NULL,
	`review_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retention_decisions_client` ON `retention_decisions` (`client_id`,`created_at`);