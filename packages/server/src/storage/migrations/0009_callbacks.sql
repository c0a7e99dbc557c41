CREATE TABLE "callbacks" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "callbacks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" bigint,
	"customer_id" bigint NOT NULL,
	"episode_id" bigint NOT NULL,
	"journey_id" bigint NOT NULL,
	"touchpoint_id" bigint NOT NULL,
	"assignee_user_id" text,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"script" jsonb NOT NULL,
	"reached" boolean,
	"solved" boolean,
	"satisfaction" integer,
	"note" text,
	"recorded_by" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "callbacks_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "callback_attempts" (
	"workspace_id" uuid NOT NULL,
	"callback_id" bigint NOT NULL,
	"attempt" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reached" boolean NOT NULL,
	"solved" boolean,
	"satisfaction" integer,
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "callback_attempts_workspace_id_callback_id_attempt_pk" PRIMARY KEY("workspace_id","callback_id","attempt"),
	CONSTRAINT "callback_attempts_callback" FOREIGN KEY ("workspace_id", "callback_id")
		REFERENCES "callbacks"("workspace_id", "id") ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX "callbacks_due" ON "callbacks" USING btree ("workspace_id","state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "callbacks_assignee" ON "callbacks" USING btree ("workspace_id","assignee_user_id","state");--> statement-breakpoint
CREATE INDEX "callbacks_case" ON "callbacks" USING btree ("workspace_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "callbacks_open_per_case" ON "callbacks" USING btree ("workspace_id","case_id") WHERE "state" = 'planned' AND "case_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "callbacks_customer" ON "callbacks" USING btree ("workspace_id","customer_id");
