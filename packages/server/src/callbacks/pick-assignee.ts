import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/**
 * The agent of the workspace with the fewest planned callbacks (ties broken by user id, so the choice is
 * stable), among members whose account is not disabled; undefined when the workspace has no agent, and the
 * callback stays unassigned for any agent to take. With `department`, only that department's agents (a
 * survey by phone goes to the team its channel names).
 */
export async function pickAssignee(
  tx: TOrm,
  workspaceId: string,
  department?: string | null,
): Promise<string | undefined> {
  const inDepartment = department ? sql` and m.department = ${department}` : sql``;
  const [row] = await queryRows<{ user_id: string }>(
    tx,
    sql`select m.user_id
        from memberships m
        join auth_users u on u.id = m.user_id and u.disabled_at is null
        left join callbacks c on c.workspace_id = m.workspace_id and c.assignee_user_id = m.user_id
          and c.state = 'planned'
        where m.workspace_id = ${workspaceId} and m.role = 'agent'${inDepartment}
        group by m.user_id
        order by count(c.id), m.user_id
        limit 1`,
  );
  return row?.user_id;
}
