-- Invitation tallies (issue #12): how many moments each distribution rule ignored because its conditions did
-- not hold, per rule, UTC day of the moment and reason. Such a moment decided nothing about an invitation,
-- so it gets no ledger row (at a million moments a day most rules ignore most moments); the tally keeps the
-- count, so the rule still says what it passed over and why. Counts only: no customer in them.
CREATE TABLE "invitation_tallies" (
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"rule_key" text NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_tallies_pkey" PRIMARY KEY ("workspace_id", "rule_key", "day", "reason")
);
