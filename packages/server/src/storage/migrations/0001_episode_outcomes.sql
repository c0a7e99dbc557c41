CREATE TABLE "episode_outcomes" (
	"workspace_id" uuid NOT NULL,
	"customer_id" bigint NOT NULL,
	"episode_id" bigint NOT NULL,
	"overall" double precision,
	"nps" double precision,
	"churned" boolean,
	"churned_at" timestamp with time zone,
	"surveyed_at" timestamp with time zone,
	"event_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "episode_outcomes_workspace_id_customer_id_episode_id_pk" PRIMARY KEY("workspace_id","customer_id","episode_id")
);
