-- Surveys (issue #12): SurveyJS definitions bound to the MOT model, versioned. A survey is edited as a new
-- version; the current version is the one sent, and an answer keeps the version it answered (answers come
-- with the public survey pages). A survey may be about a journey (kept by key, as users name it). Writes
-- are audited (survey.create/update/delete).
CREATE TABLE "surveys" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"journey" text,
	-- The template it was made from (post_contact_csat, ..., servqual) or null when built or imported.
	"template" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_status" CHECK ("status" IN ('draft', 'active', 'archived'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_key" ON "surveys" USING btree ("workspace_id", "key");
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_pk" PRIMARY KEY ("survey_id", "version")
);
