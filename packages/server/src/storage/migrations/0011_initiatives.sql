-- Initiatives (issue #13): a named change (a new standard, training, a process change, a new script) made at
-- some touchpoints of a journey, optionally for a segment of customers (stores, regions), from a start date,
-- with the effect it was expected to have and what it is to be compared with. Touchpoints and the journey
-- are kept by key, as users name them: an edit of the journey keeps its keys, and an initiative whose
-- touchpoint is gone says so when evaluated. Writes are audited (initiative.create/update/delete).
CREATE TABLE "initiatives" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	-- The owner is a member (a user id) or a name written out; exactly one of the two.
	"owner_user_id" text REFERENCES "auth_users"("id") ON DELETE set null,
	"owner_name" text,
	"journey" text NOT NULL,
	"touchpoints" jsonb NOT NULL,
	-- Customer attributes the moments' customers must carry: attribute -> accepted values ({} = everyone).
	"segment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	-- { metric, direction, size } or null.
	"expected_effect" jsonb,
	-- { kind: 'suggested' } | { kind: 'touchpoints', touchpoints } | { kind: 'segment', segment }.
	"comparison" jsonb DEFAULT '{"kind":"suggested"}'::jsonb NOT NULL,
	-- The actor of the write: a user id, an API key id, or 'system' (as in case_events).
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_kind" CHECK ("kind" IN ('new_standard', 'training', 'process_change', 'new_script', 'other')),
	CONSTRAINT "initiatives_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_name" ON "initiatives" USING btree ("workspace_id", "name");
--> statement-breakpoint
CREATE INDEX "initiatives_start" ON "initiatives" USING btree ("workspace_id", "start_date");
