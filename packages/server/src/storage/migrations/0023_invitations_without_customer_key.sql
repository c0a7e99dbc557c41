-- The invitation ledger without its foreign key to customers (issue #12): the key checked and locked the
-- customer's row for every decision written (a million a day), about a quarter of the ledger insert. The
-- rows keep their customer otherwise: a planning batch takes the shared lock on the workspace row before it
-- reads a trigger, an erasure locks that row before it deletes the customer's ledger rows, moments and row
-- (erase-customer.ts), so an erasure waits for a batch that decided about the customer and then deletes
-- what it wrote, and a batch after it finds no trigger of the customer; unused customers deleted by
-- ingestion have no moment to plan.
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_customer_fk";
