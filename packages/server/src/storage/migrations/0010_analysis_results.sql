-- Stored analysis results: the last result of each analysis (kind) of a journey under one normalised query,
-- with the data version it was computed at (analysis/data-version.ts). A request answers it at once while
-- the workspace's data version is unchanged; otherwise it is recomputed and the row replaced.
CREATE TABLE "analysis_results" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"journey" text NOT NULL,
	-- sha256 of the normalised query (hex): the key; the query itself is kept beside it to be read.
	"query_hash" text NOT NULL,
	"query" jsonb NOT NULL,
	"data_count" bigint NOT NULL,
	"data_max_id" bigint NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	PRIMARY KEY ("workspace_id", "kind", "journey", "query_hash")
);
--> statement-breakpoint
-- The data version is the count and the largest id of a workspace's audit entries that change analysed
-- data; this partial index answers both from the index alone (the audit log is append-only, so its pages
-- are soon all-visible).
CREATE INDEX "audit_log_data_changes" ON "audit_log" USING btree ("workspace_id", "id")
	WHERE "action" IN ('moments.ingest', 'outcomes.ingest', 'journey.change', 'journey.delete', 'moment.delete', 'customer.erase');
