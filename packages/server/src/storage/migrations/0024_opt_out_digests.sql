-- Finds whether a workspace keeps any erased customer's opt-out (a digest, `sha256:<hex>`, see
-- survey-answers/opt-out.ts) by an index probe: only then are the ids of a batch hashed to look their
-- digests up, which the invitation planner would otherwise do for every customer of every batch.
CREATE INDEX "survey_opt_outs_digests" ON "survey_opt_outs" USING btree ("workspace_id") WHERE "customer" LIKE 'sha256:%';
