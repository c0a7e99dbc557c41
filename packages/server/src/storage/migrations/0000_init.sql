CREATE TABLE "breaches" (
	"workspace_id" uuid NOT NULL,
	"customer_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "breaches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"moment_id" bigint NOT NULL,
	"touchpoint_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"measure" text,
	"value" double precision NOT NULL,
	"floor" double precision NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breaches_workspace_id_customer_id_id_pk" PRIMARY KEY("workspace_id","customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "customers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"workspace_id" uuid NOT NULL,
	"customer_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "episodes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"journey_id" bigint NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "episodes_workspace_id_customer_id_id_pk" PRIMARY KEY("workspace_id","customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "journeys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"names" jsonb,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journeys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"workspace_id" uuid NOT NULL,
	"touchpoint_id" bigint NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text,
	"names" jsonb,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"target" double precision,
	"floor" double precision,
	CONSTRAINT "measures_workspace_id_touchpoint_id_key_pk" PRIMARY KEY("workspace_id","touchpoint_id","key")
);
--> statement-breakpoint
CREATE TABLE "moments" (
	"workspace_id" uuid NOT NULL,
	"customer_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "moments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"episode_id" bigint NOT NULL,
	"touchpoint_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"event_id" text NOT NULL,
	"measures" jsonb NOT NULL,
	"rating" double precision,
	"comment" text,
	"employee" text,
	"experience" double precision,
	"experience_source" text,
	"attributes" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moments_workspace_id_customer_id_id_pk" PRIMARY KEY("workspace_id","customer_id","id")
);
--> statement-breakpoint
CREATE TABLE "stages" (
	"workspace_id" uuid NOT NULL,
	"journey_id" bigint NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"names" jsonb,
	"kind" text NOT NULL,
	CONSTRAINT "stages_workspace_id_journey_id_key_pk" PRIMARY KEY("workspace_id","journey_id","key")
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "touchpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"journey_id" bigint NOT NULL,
	"key" text NOT NULL,
	"stage_key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"names" jsonb,
	"channel" text NOT NULL,
	"owner" text NOT NULL,
	"rating_min" integer,
	"rating_max" integer,
	CONSTRAINT "touchpoints_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"definitions_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE INDEX "breaches_recent" ON "breaches" USING btree ("workspace_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_external_id" ON "customers" USING btree ("workspace_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_key" ON "episodes" USING btree ("workspace_id","journey_id","key","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journeys_key" ON "journeys" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "moments_event_id" ON "moments" USING btree ("workspace_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "touchpoints_key" ON "touchpoints" USING btree ("workspace_id","journey_id","key");