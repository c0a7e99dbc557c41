-- Background jobs (a transactional outbox) and staff notification channels.
-- A job is written in the transaction of the change that calls for it, so it exists exactly when the change
-- committed. Runners claim due jobs with FOR UPDATE SKIP LOCKED and hold them by a lease: a job whose runner
-- died is claimed again once its lease has expired. (kind, key) is unique: enqueueing twice is a no-op.
CREATE TABLE "jobs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"workspace_id" uuid REFERENCES "workspaces"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_state" CHECK ("state" IN ('pending', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_kind_key" ON "jobs" USING btree ("kind", "key");
--> statement-breakpoint
CREATE INDEX "jobs_due" ON "jobs" USING btree ("run_at") WHERE "state" = 'pending';
--> statement-breakpoint
CREATE INDEX "jobs_leased" ON "jobs" USING btree ("locked_until") WHERE "state" = 'running';
--> statement-breakpoint
-- Where a workspace's staff are notified: a signed webhook, a WeCom or DingTalk group robot, Slack, e-mail.
-- `config` is what the API shows; `secrets` (signing secrets, robot URLs with their tokens, SMTP passwords)
-- is never returned after creation. `subscription`: events, optionally narrowed to journeys, departments
-- and severities.
CREATE TABLE "notification_channels" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"config" jsonb NOT NULL,
	"secrets" jsonb NOT NULL,
	"subscription" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "notification_channels_workspace" ON "notification_channels" USING btree ("workspace_id", "id");
--> statement-breakpoint
-- One message to one channel, unique by (channel, the notification's key): at least once, never twice on our
-- side. `message` is the notification (both languages) rendered at delivery in the workspace's language.
-- A message over the destination's rate limit waits (`state` = 'waiting') for the channel's next digest.
CREATE TABLE "notification_deliveries" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"channel_id" bigint NOT NULL REFERENCES "notification_channels"("id") ON DELETE cascade,
	"key" text NOT NULL,
	"event" text NOT NULL,
	"message" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"digest_id" bigint,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "notification_deliveries_state" CHECK ("state" IN ('pending', 'waiting', 'delivered', 'digested', 'failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notification_deliveries_channel_key" ON "notification_deliveries" USING btree ("channel_id", "key");
--> statement-breakpoint
CREATE INDEX "notification_deliveries_log" ON "notification_deliveries" USING btree ("workspace_id", "channel_id", "id");
--> statement-breakpoint
CREATE INDEX "notification_deliveries_waiting" ON "notification_deliveries" USING btree ("channel_id") WHERE "state" = 'waiting';
--> statement-breakpoint
-- Every attempt to send: its outcome, the HTTP status, how long it took and the error. Also the count the
-- per-destination rate limit reads (attempts of the last minute).
CREATE TABLE "notification_attempts" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"delivery_id" bigint NOT NULL REFERENCES "notification_deliveries"("id") ON DELETE cascade,
	"channel_id" bigint NOT NULL,
	"attempt" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"http_status" integer,
	"duration_ms" integer,
	"error" text,
	CONSTRAINT "notification_attempts_status" CHECK ("status" IN ('sending', 'ok', 'retry', 'failed', 'refused'))
);
--> statement-breakpoint
CREATE INDEX "notification_attempts_delivery" ON "notification_attempts" USING btree ("delivery_id", "attempt");
--> statement-breakpoint
CREATE INDEX "notification_attempts_channel_at" ON "notification_attempts" USING btree ("channel_id", "at");
