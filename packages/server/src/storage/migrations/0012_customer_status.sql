-- Customer status events: a customer started, renewed, churned or came back, at an instant, with the reason
-- the source gives and the end date of the contract then in force. Keyed like the tables that grow with
-- traffic, (workspace_id, customer_id, id), so a customer's events live on their shard; the source's event
-- id is unique per workspace, which makes ingestion idempotent (the same event sent twice is stored once).
-- Erasing a customer deletes their events (storage/erase-customer.ts).
CREATE TABLE "customer_status_events" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"customer_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "customer_status_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" text NOT NULL,
	"kind" text NOT NULL CHECK ("kind" IN ('started', 'renewed', 'churned', 'reactivated')),
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"contract_end" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_status_events_workspace_id_customer_id_id_pk" PRIMARY KEY("workspace_id","customer_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "customer_status_events_event_id" ON "customer_status_events" USING btree ("workspace_id","event_id");
--> statement-breakpoint
-- A customer's history in time order (their timeline, the churn subjects).
CREATE INDEX "customer_status_events_customer" ON "customer_status_events" USING btree ("workspace_id","customer_id","at");
