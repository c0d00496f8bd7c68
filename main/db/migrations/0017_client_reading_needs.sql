ALTER TABLE `clients` ADD `plan_language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `is_dyslexia_friendly` integer DEFAULT false NOT NULL;