-- A moment's breach as a flag on the moment (issue #13): `breached` is true when at least one tolerance-floor
-- breach is stored for the moment in `breaches` (the one definition of a breaching moment). Ingestion sets it
-- in the statement that writes the moment's breaches (insert-moments.ts), and a moment is only ever deleted
-- with its breaches, so readers count breaching moments from the moment alone, without joining `breaches`
-- (the join was most of an initiative's breach-rate evaluation). A constant default adds the column without
-- rewriting the table; the moments that already have breaches are flagged here.
ALTER TABLE "moments" ADD COLUMN "breached" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "moments" m SET "breached" = true
WHERE EXISTS (
	SELECT 1 FROM "breaches" b
	WHERE b."workspace_id" = m."workspace_id" AND b."customer_id" = m."customer_id" AND b."moment_id" = m."id"
);
