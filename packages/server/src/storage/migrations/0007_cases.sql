-- Alert rules, the alerts they raised, service-recovery cases and their activity log (issue #11).
-- Alerts and cases belong to a customer: erasing the customer erases them (ON DELETE CASCADE), and a case's
-- events go with the case. ONE open case per (workspace, customer, episode): a partial unique index, so
-- concurrent ingestion of many moments of one customer opens exactly one case whatever the interleaving.
CREATE TABLE "alert_rules" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint GENERATED ALWAYS AS IDENTITY,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"severity" text NOT NULL,
	"opens_case" boolean DEFAULT true NOT NULL,
	"scope" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"condition" jsonb NOT NULL,
	"origin" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("workspace_id", "id"),
	CONSTRAINT "alert_rules_severity" CHECK ("severity" IN ('low', 'medium', 'high', 'critical'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "alert_rules_key" ON "alert_rules" USING btree ("workspace_id", "key");
--> statement-breakpoint
CREATE TABLE "cases" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint GENERATED ALWAYS AS IDENTITY,
	"customer_id" bigint NOT NULL,
	"episode_id" bigint NOT NULL,
	"journey_id" bigint NOT NULL,
	"touchpoint_id" bigint NOT NULL,
	"department" text,
	"assignee_user_id" text,
	"severity" text NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"title" text NOT NULL,
	"root_cause" text,
	"resolution" text,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	CONSTRAINT "cases_pkey" PRIMARY KEY ("workspace_id", "id"),
	CONSTRAINT "cases_customer" FOREIGN KEY ("workspace_id", "customer_id")
		REFERENCES "customers"("workspace_id", "id") ON DELETE cascade,
	CONSTRAINT "cases_severity" CHECK ("severity" IN ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "cases_state" CHECK ("state" IN
		('new', 'acknowledged', 'in_progress', 'awaiting_callback', 'resolved', 'closed', 'reopened'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_open" ON "cases" USING btree ("workspace_id", "customer_id", "episode_id")
	WHERE "state" <> 'closed';
--> statement-breakpoint
-- The inbox: newest first, and by state, department, assignee; overdue cases by their due dates.
CREATE INDEX "cases_opened" ON "cases" USING btree ("workspace_id", "opened_at", "id");
--> statement-breakpoint
CREATE INDEX "cases_state" ON "cases" USING btree ("workspace_id", "state", "opened_at");
--> statement-breakpoint
CREATE INDEX "cases_department" ON "cases" USING btree ("workspace_id", "department", "opened_at");
--> statement-breakpoint
CREATE INDEX "cases_assignee" ON "cases" USING btree ("workspace_id", "assignee_user_id");
--> statement-breakpoint
CREATE INDEX "cases_customer" ON "cases" USING btree ("workspace_id", "customer_id");
--> statement-breakpoint
CREATE TABLE "alerts" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint GENERATED ALWAYS AS IDENTITY,
	"rule_id" bigint,
	"rule_key" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"source" text NOT NULL,
	"moment_id" bigint,
	"customer_id" bigint,
	"episode_id" bigint,
	"journey_id" bigint,
	"touchpoint_id" bigint,
	"case_id" bigint,
	"dedupe_key" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_pkey" PRIMARY KEY ("workspace_id", "id"),
	CONSTRAINT "alerts_customer" FOREIGN KEY ("workspace_id", "customer_id")
		REFERENCES "customers"("workspace_id", "id") ON DELETE cascade,
	CONSTRAINT "alerts_source" CHECK ("source" IN ('moment', 'answer', 'systemic'))
);
--> statement-breakpoint
-- One alert per rule and moment (answer, episode for repeat contacts, touchpoint and window for systemic
-- alerts): the key says which, and a second insert of it is a no-op.
CREATE UNIQUE INDEX "alerts_dedupe" ON "alerts" USING btree ("workspace_id", "dedupe_key");
--> statement-breakpoint
CREATE INDEX "alerts_case" ON "alerts" USING btree ("workspace_id", "case_id") WHERE "case_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "alerts_recent" ON "alerts" USING btree ("workspace_id", "occurred_at");
--> statement-breakpoint
CREATE TABLE "case_events" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY,
	"case_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_events_pkey" PRIMARY KEY ("workspace_id", "id"),
	CONSTRAINT "case_events_case" FOREIGN KEY ("workspace_id", "case_id")
		REFERENCES "cases"("workspace_id", "id") ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("workspace_id", "case_id", "id");
--> statement-breakpoint
-- Moments and breaching moments per touchpoint and hour, for systemic rules: a batch adds its counts in one
-- statement to one of a few stripes (chosen per batch) so that concurrent batches seldom wait on one row;
-- a window's rate sums its hours and stripes. Written only while a systemic rule is enabled.
CREATE TABLE "touchpoint_hour_counts" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"touchpoint_id" bigint NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"stripe" smallint NOT NULL,
	"moments" integer NOT NULL,
	"breaching" integer NOT NULL,
	CONSTRAINT "touchpoint_hour_counts_pkey" PRIMARY KEY ("workspace_id", "touchpoint_id", "hour", "stripe")
);
