-- What a survey answer becomes (issue #12): the episode's outcome takes the CSAT, CES and churn-intent
-- answers too (each on its own scale when it fits 0..10, else re-scaled to 0..10, as `overall`); an answer
-- keeps the scores of its comments that belong to no touchpoint (a touchpoint's comment is scored on its
-- moment); QR links are the reusable public entries of a store or a counter, each scan minting a fresh
-- single-use link (channel 'qr'). A QR link's token is printed on posters, so it is kept as it is; it opens
-- only a new link to an active survey, never an answer, and can be disabled.
ALTER TABLE "episode_outcomes" ADD COLUMN "csat" double precision;
--> statement-breakpoint
ALTER TABLE "episode_outcomes" ADD COLUMN "ces" double precision;
--> statement-breakpoint
ALTER TABLE "episode_outcomes" ADD COLUMN "churn_intent" double precision;
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD COLUMN "comment_scores" jsonb;
--> statement-breakpoint
-- Attributes a link gives its answer's moments (a QR link's store and counter): segment attributes.
ALTER TABLE "survey_links" ADD COLUMN "attributes" jsonb;
--> statement-breakpoint
ALTER TABLE "survey_links" ADD COLUMN "qr_link_id" uuid;
--> statement-breakpoint
CREATE TABLE "survey_qr_links" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"token" text NOT NULL,
	"label" text NOT NULL,
	-- store, counter and any other attributes the links it mints carry (segment attributes of the answer)
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"journey" text,
	"touchpoint" text,
	"language" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"scans" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_qr_links_token" ON "survey_qr_links" USING btree ("token");
--> statement-breakpoint
CREATE INDEX "survey_qr_links_survey" ON "survey_qr_links" USING btree ("workspace_id", "survey_id");
