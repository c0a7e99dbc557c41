import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/**
 * Deletes customers and episodes by id (episodes with their customer id, the head of their key) that nothing
 * refers to. Ingestion uses it inside its transaction for the ones it looked up or created for moments that
 * then proved to be already stored: leaving new ones would count phantom customers and episodes. A row that
 * moments or an answer refer to is kept: the lookup also returns customers and episodes that already
 * existed (a batch sent again after a restart, when no id is cached), and those must never go.
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
          where e.workspace_id = ${workspaceId} and e.customer_id = (v->>0)::int8 and e.id = (v->>1)::int8
            and not exists (select 1 from moments m where m.workspace_id = e.workspace_id
              and m.customer_id = e.customer_id and m.episode_id = e.id)
            and not exists (select 1 from episode_outcomes o where o.workspace_id = e.workspace_id
              and o.customer_id = e.customer_id and o.episode_id = e.id)`,
    );
  }
  if (customerIds.length > 0) {
    await queryRows(
      tx,
      sql`delete from customers c using jsonb_array_elements(${JSON.stringify(customerIds)}::jsonb) v
          where c.workspace_id = ${workspaceId} and c.id = (v #>> '{}')::int8
            and not exists (select 1 from episodes e where e.workspace_id = c.workspace_id and e.customer_id = c.id)`,
    );
  }
}
