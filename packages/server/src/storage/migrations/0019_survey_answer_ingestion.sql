-- Survey answers are ingested by a job (issue #12): the submission stores the answer, marks the link used
-- and enqueues a 'survey.ingest' job in one transaction, and answers at once; the job turns the answers a
-- workspace has stored but not ingested into moments and outcomes in batches. `ingest_error` keeps why
-- ingestion last refused an answer (a journey changed since the link was minted): such an answer is left
-- out of other answers' batches and retried by its own job only. The partial index finds a workspace's
-- answers waiting for ingestion, oldest first, without reading the ones already ingested.
ALTER TABLE "survey_answers" ADD COLUMN "ingest_error" text;
--> statement-breakpoint
CREATE INDEX "survey_answers_pending" ON "survey_answers" USING btree ("workspace_id", "submitted_at") WHERE "ingested_at" IS NULL;
--> statement-breakpoint
-- Answers stored before and never ingested get their job, as a new answer does.
INSERT INTO "jobs" ("workspace_id", "kind", "key", "payload")
SELECT "workspace_id", 'survey.ingest', "id"::text, jsonb_build_object('answer', "id")
FROM "survey_answers" WHERE "ingested_at" IS NULL
ON CONFLICT ("kind", "key") DO NOTHING;
