-- Invitations (issue #12): distribution rules and the ledger of every decision they made. A rule's
-- settings (trigger, conditions, sampling, delay, quiet hours, recontact, channel, priority, reminder) are
-- one jsonb checked by core's schema; its key, survey and switch are columns. The ledger keeps one row per
-- decision, skipped ones too with their reason, so it can say why a customer was or was not asked. The
-- unique key (workspace, rule, customer, trigger) makes planning the same trigger twice a no-op, even when
-- two servers plan at once or one died mid-way. A customer's erasure deletes their rows (the foreign key).
CREATE TABLE "distribution_rules" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"survey_key" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	-- When it was last switched on: a rule plans for triggers that arrive after this.
	"enabled_at" timestamp with time zone,
	"settings" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "distribution_rules_key" ON "distribution_rules" USING btree ("workspace_id", "key");
--> statement-breakpoint
CREATE TABLE "invitations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" bigint NOT NULL,
	-- The customer as the source systems name them (survey links and opt-outs use it).
	"customer" text NOT NULL,
	-- The rule by key: the ledger outlives a deleted rule.
	"rule_key" text NOT NULL,
	"survey_key" text NOT NULL,
	"trigger_key" text NOT NULL,
	"triggered_at" timestamp with time zone NOT NULL,
	"episode" text,
	"journey" text,
	"channel" text NOT NULL,
	"priority" integer NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	-- The figures behind a skip (budget used, nearest invitation, sampling position).
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	-- When it goes (planned) or would have gone (skipped): after the delay, out of quiet hours.
	"send_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"reminder_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"link_id" uuid,
	-- The survey URL the customer gets (the API returns it for the `link` channel).
	"url" text,
	"expires_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_outcome" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_customer_fk" FOREIGN KEY ("workspace_id", "customer_id")
		REFERENCES "customers"("workspace_id", "id") ON DELETE cascade,
	CONSTRAINT "invitations_channel" CHECK ("channel" IN ('link', 'sms', 'wechat', 'email', 'phone')),
	CONSTRAINT "invitations_status" CHECK ("status" IN ('planned', 'sending', 'sent', 'failed', 'skipped', 'answered')),
	CONSTRAINT "invitations_reason" CHECK (("status" = 'skipped') = ("reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_once" ON "invitations" USING btree ("workspace_id", "rule_key", "customer_id", "trigger_key");
--> statement-breakpoint
-- A customer's history (the budget and recontact read it) and the customer's ledger.
CREATE INDEX "invitations_customer" ON "invitations" USING btree ("workspace_id", "customer_id", "send_at");
--> statement-breakpoint
-- The ledger, newest first, in keyset pages.
CREATE INDEX "invitations_ledger" ON "invitations" USING btree ("workspace_id", "created_at", "id");
--> statement-breakpoint
-- Where the planner stopped: moments by arrival, closed cases, ended episodes and schedule turns.
CREATE TABLE "invitation_planner_state" (
	"workspace_id" uuid PRIMARY KEY NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"moments_at" timestamp with time zone,
	"moments_id" bigint,
	"cases_at" timestamp with time zone,
	"episodes_at" timestamp with time zone,
	"schedules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Moments by arrival: the planner reads those that arrived since its watermark.
CREATE INDEX "moments_arrival" ON "moments" USING btree ("workspace_id", "created_at", "id");
