-- Survey answers (issue #12): single-use links to a survey's version, the answers given through them and
-- the customers who unsubscribed. A link's token is random (256 bits) and kept only as its SHA-256, so the
-- table alone opens no survey. A link is answered once: the unique index on survey_answers.link_id keeps
-- one answer even when two arrive at the same time. An opt-out (退订) is kept forever: minting a link for
-- that customer is refused.
CREATE TABLE "survey_links" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	-- The version current when the link was minted: the one the customer answers.
	"version" integer NOT NULL,
	-- SHA-256 of the token, hex.
	"token_hash" text NOT NULL,
	"customer" text NOT NULL,
	"episode" text,
	"journey" text,
	-- The customer's language (en, zh-CN); null: the workspace's.
	"language" text,
	"expires_at" timestamp with time zone NOT NULL,
	-- Answers kept while the customer goes (SurveyJS data), until they submit.
	"partial" jsonb,
	"partial_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_links_token" ON "survey_links" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "survey_links_survey" ON "survey_links" USING btree ("workspace_id", "survey_id");
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL REFERENCES "survey_links"("id") ON DELETE cascade,
	"survey_id" uuid NOT NULL REFERENCES "surveys"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"customer" text NOT NULL,
	"episode" text NOT NULL,
	"journey" text,
	"language" text NOT NULL,
	-- The answers as submitted (SurveyJS data: question name -> value), checked against the version.
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	-- When the answer went into the MOT model (moments and the episode's outcome); null until it has.
	"ingested_at" timestamp with time zone,
	"ingest_summary" jsonb
);
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_answers_link" ON "survey_answers" USING btree ("link_id");
--> statement-breakpoint
CREATE INDEX "survey_answers_survey" ON "survey_answers" USING btree ("workspace_id", "survey_id", "submitted_at");
--> statement-breakpoint
CREATE TABLE "survey_opt_outs" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"customer" text NOT NULL,
	"link_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_opt_outs_pk" PRIMARY KEY ("workspace_id", "customer")
);
