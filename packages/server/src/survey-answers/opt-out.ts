/**
 * Opt-outs (退订) are honoured forever, even after the customer is erased: erasure keeps the opt-out as a
 * digest of the customer's id (SHA-256 of the workspace and the id, `sha256:<hex>`) with nothing else, so
 * minting a link for that id later is still refused while the row names no one in clear. A digest of a
 * short id (a phone number) can be recovered by trying every id; it is the least that lets the objection
 * be honoured (docs/surveys.md, Erasure).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** The form an erased customer's opt-out keeps. */
export const optOutDigest = (workspaceId: string, customer: string): string =>
  `sha256:${createHash('sha256').update(`${workspaceId}\u0000${customer}`).digest('hex')}`;

/**
 * Which of `customers` (ids from the source) opted out, by their id or, erased since and seen again, by its
 * digest. The digests are computed only when the workspace keeps any (an index probe,
 * 0024_opt_out_digests): most never do, and hashing every customer of a planning batch of thousands would
 * cost more than the lookup itself.
 */
export async function findOptedOut(
  db: TOrm,
  workspaceId: string,
  customers: readonly string[],
): Promise<Set<string>> {
  if (customers.length === 0) return new Set();
  const [kept] = await queryRows<{ digests: boolean }>(
    db,
    sql`select exists (select 1 from survey_opt_outs
          where workspace_id = ${workspaceId} and customer like 'sha256:%') as digests`,
  );
  const customerOf = new Map(customers.map((c) => [c, c]));
  if (kept?.digests) for (const c of customers) customerOf.set(optOutDigest(workspaceId, c), c);
  const rows = await queryRows<{ customer: string }>(
    db,
    sql`select customer from survey_opt_outs where workspace_id = ${workspaceId}
        and customer in (select jsonb_array_elements_text(${JSON.stringify([...customerOf.keys()])}::jsonb))`,
  );
  return new Set(rows.flatMap((r) => customerOf.get(r.customer) ?? []));
}
