-- The channels survey invitations are sent through (issue #12): per workspace, the settings of the
-- company's SMS and WeChat template-message gateways, the SMTP server and the phone channel (which
-- department's agents get the callback task). What the API may show is in "config"; gateway secrets and the
-- SMTP password are in "secrets", never answered in full.
CREATE TABLE "survey_channel_settings" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"secrets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_channel_settings_pk" PRIMARY KEY ("workspace_id", "kind"),
	CONSTRAINT "survey_channel_settings_kind" CHECK ("kind" IN ('sms', 'wechat', 'email', 'phone'))
);
--> statement-breakpoint
-- One row per attempt to send an invitation (or a test message): what the gateway or SMTP server answered,
-- how long it took, whether it is worth retrying. The address is kept masked.
CREATE TABLE "survey_channel_deliveries" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
	"kind" text NOT NULL,
	"invitation_id" uuid,
	"idempotency_key" text NOT NULL,
	"customer" text,
	"address" text,
	"test" boolean DEFAULT false NOT NULL,
	-- sent | failed | not_sendable
	"status" text NOT NULL,
	"retry" boolean DEFAULT false NOT NULL,
	"http_status" integer,
	"duration_ms" integer,
	"detail" text NOT NULL,
	"response_excerpt" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_channel_deliveries_pk" PRIMARY KEY ("workspace_id", "id")
);
--> statement-breakpoint
CREATE INDEX "survey_channel_deliveries_invitation" ON "survey_channel_deliveries" USING btree ("workspace_id", "invitation_id") WHERE "invitation_id" IS NOT NULL;
--> statement-breakpoint
-- An invitation by phone: the callback task it planned and the link whose survey the agent reads out and
-- whose answers the agent records (the link's token, so the answers take the customer's own answer path).
-- One task per invitation, so a retried send plans no second call.
CREATE TABLE "survey_phone_tasks" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"callback_id" bigint NOT NULL,
	"invitation_id" uuid NOT NULL,
	"survey_key" text NOT NULL,
	"language" text NOT NULL,
	"link_token" text NOT NULL,
	"answer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_phone_tasks_pk" PRIMARY KEY ("workspace_id", "callback_id"),
	CONSTRAINT "survey_phone_tasks_callback" FOREIGN KEY ("workspace_id", "callback_id") REFERENCES "callbacks"("workspace_id", "id") ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_phone_tasks_invitation" ON "survey_phone_tasks" USING btree ("workspace_id", "invitation_id");
