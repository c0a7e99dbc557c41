import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/**
 * Deletes customers and episodes by id (episodes with their customer id, the head of their key). Ingestion
 * uses it inside its transaction for the ones it created for moments that then proved to be already stored:
 * no moment refers to them, and leaving them would count phantom customers and episodes.
 */
export async function deleteUnusedIds(
  tx: TOrm,
  workspaceId: string,
  customerIds: readonly number[],
  episodes: ReadonlyArray<{ id: number; customerId: number }>,
): Promise<void> {
  if (episodes.length > 0) {
    const pairs = JSON.stringify(episodes.map((e) => [e.customerId, e.id]));
    await queryRows(
      tx,
      sql`delete from episodes e using jsonb_array_elements(${pairs}::jsonb) v
          where e.workspace_id = ${workspaceId} and e.customer_id = (v->>0)::int8 and e.id = (v->>1)::int8`,
    );
  }
  if (customerIds.length > 0) {
    await queryRows(
      tx,
      sql`delete from customers c using jsonb_array_elements(${JSON.stringify(customerIds)}::jsonb) v
          where c.workspace_id = ${workspaceId} and c.id = (v #>> '{}')::int8`,
    );
  }
}
