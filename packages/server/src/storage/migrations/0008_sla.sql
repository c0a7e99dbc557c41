-- SLA of service-recovery cases (issue #11): business calendars, SLA policies, the targets applied to each
-- case (active / paused / hit / missed, so attainment is a query), the escalations they fired, and who a
-- department escalates to. Applied targets and escalations belong to their case: erasing the customer
-- erases the case and them with it.
CREATE TABLE "business_calendars" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"calendar" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "business_calendars_name" ON "business_calendars" USING btree ("workspace_id", "name");
--> statement-breakpoint
-- One default calendar per workspace: creating the defaults twice at once inserts it once (ON CONFLICT).
CREATE UNIQUE INDEX "business_calendars_default" ON "business_calendars" USING btree ("workspace_id")
	WHERE "is_default";
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"calendar_id" uuid NOT NULL REFERENCES "business_calendars"("id") ON DELETE restrict,
	"targets" jsonb NOT NULL,
	"journeys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"departments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_name" ON "sla_policies" USING btree ("workspace_id", "name");
--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_default" ON "sla_policies" USING btree ("workspace_id") WHERE "is_default";
--> statement-breakpoint
CREATE INDEX "sla_policies_calendar" ON "sla_policies" USING btree ("calendar_id");
--> statement-breakpoint
-- A target applied to a case, with the policy's minutes and calendar as they were when the case opened, so
-- a later edit of the policy does not move the deadlines of open cases.
CREATE TABLE "sla_records" (
	"workspace_id" uuid NOT NULL,
	"case_id" bigint NOT NULL,
	"target" text NOT NULL,
	"policy_id" uuid REFERENCES "sla_policies"("id") ON DELETE set null,
	"minutes" integer NOT NULL,
	"calendar" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"met_at" timestamp with time zone,
	"paused_since" timestamp with time zone,
	"paused_minutes" double precision DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_records_pkey" PRIMARY KEY ("workspace_id", "case_id", "target"),
	CONSTRAINT "sla_records_case" FOREIGN KEY ("workspace_id", "case_id")
		REFERENCES "cases"("workspace_id", "id") ON DELETE cascade,
	CONSTRAINT "sla_records_target" CHECK ("target" IN ('first_response', 'resolution')),
	CONSTRAINT "sla_records_status" CHECK ("status" IN ('active', 'paused', 'hit', 'missed'))
);
--> statement-breakpoint
CREATE INDEX "sla_records_due" ON "sla_records" USING btree ("workspace_id", "status", "due_at");
--> statement-breakpoint
-- An escalation fires once per case and target: the primary key is what makes a retried check a no-op.
CREATE TABLE "sla_escalations" (
	"workspace_id" uuid NOT NULL,
	"case_id" bigint NOT NULL,
	"target" text NOT NULL,
	"level" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"user_id" text,
	"assigned" boolean DEFAULT false NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_escalations_pkey" PRIMARY KEY ("workspace_id", "case_id", "target"),
	CONSTRAINT "sla_escalations_case" FOREIGN KEY ("workspace_id", "case_id")
		REFERENCES "cases"("workspace_id", "id") ON DELETE cascade,
	CONSTRAINT "sla_escalations_level" CHECK ("level" IN ('team_lead', 'department_head'))
);
--> statement-breakpoint
-- Who a department (a touchpoint owner) escalates to: its team lead, then its head.
CREATE TABLE "department_contacts" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"department" text NOT NULL,
	"team_lead_user_id" text REFERENCES "auth_users"("id") ON DELETE set null,
	"head_user_id" text REFERENCES "auth_users"("id") ON DELETE set null,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_contacts_pkey" PRIMARY KEY ("workspace_id", "department")
);
