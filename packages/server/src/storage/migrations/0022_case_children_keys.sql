-- A case's log (case_events) and SLA records (sla_records) no longer check their case by a foreign key, and
-- an SLA record no longer checks its policy by one (issue #11, bench/loop). Every such key costs one lookup and
-- one row lock on the parent per row inserted: an ingestion batch that opens 50 cases wrote 150 of them on
-- `cases`, and 100 FOR KEY SHARE locks on the workspace's one default policy row that every concurrent batch
-- locks too. The lookup's plan is also made once per connection, when `cases` may still be empty, and kept:
-- on a database without autovacuum it went on scanning the whole workspace's cases, 1-2 ms a row.
-- Integrity is kept without the keys:
-- - a child row is only written with the id of a case its transaction opened, or found and locked
--   (lockCase, the escalation's and the callback's FOR UPDATE; ingestion and erasure are serialized by the
--   workspace row, which ingestion locks FOR SHARE and erasure updates), so its case exists when it commits;
-- - deleting a case (a customer's erasure, by the cascade from customers; a workspace's deletion) deletes its
--   log and SLA records in the same statement, by the trigger below, as ON DELETE CASCADE did;
-- - deleting a policy clears it from the records that name it, by the trigger below, as ON DELETE SET NULL
--   did (the record keeps the minutes and calendar it was applied with).
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_case";--> statement-breakpoint
ALTER TABLE "sla_records" DROP CONSTRAINT "sla_records_case";--> statement-breakpoint
ALTER TABLE "sla_records" DROP CONSTRAINT "sla_records_policy_id_fkey";--> statement-breakpoint
CREATE FUNCTION "cases_delete_children"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "case_events" WHERE "workspace_id" = OLD."workspace_id" AND "case_id" = OLD."id";
	DELETE FROM "sla_records" WHERE "workspace_id" = OLD."workspace_id" AND "case_id" = OLD."id";
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "cases_delete_children" AFTER DELETE ON "cases"
	FOR EACH ROW EXECUTE FUNCTION "cases_delete_children"();--> statement-breakpoint
CREATE FUNCTION "sla_policies_release_records"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "sla_records" SET "policy_id" = NULL
	WHERE "workspace_id" = OLD."workspace_id" AND "policy_id" = OLD."id";
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "sla_policies_release_records" AFTER DELETE ON "sla_policies"
	FOR EACH ROW EXECUTE FUNCTION "sla_policies_release_records"();
