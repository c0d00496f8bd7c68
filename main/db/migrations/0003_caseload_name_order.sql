DROP INDEX `clients_name`;--> statement-breakpoint
CREATE INDEX `clients_name` ON `clients` ("surname" COLLATE NOCASE,"forename" COLLATE NOCASE,`id`);