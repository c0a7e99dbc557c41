ALTER TABLE "moments" ADD COLUMN "sentiment" double precision;--> statement-breakpoint
ALTER TABLE "moments" ADD COLUMN "sentiment_label" text;--> statement-breakpoint
ALTER TABLE "moments" ADD COLUMN "sentiment_confidence" double precision;--> statement-breakpoint
ALTER TABLE "moments" ADD COLUMN "themes" jsonb;
