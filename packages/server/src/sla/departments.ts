import { packDepartmentNames } from '@mot/core';
import type { TLocale } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { findMember } from '../access/memberships.ts';
import { invalidInput, notFound } from '../errors.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { departmentContacts } from '../storage/sla-schema.ts';

/** A person a department escalates to. */
export type TContactOut = { userId: string; name: string; email: string } | null;

/** A department (a touchpoint owner) with its escalation contacts. */
export type TDepartmentOut = {
  name: string;
  /** Display names from the journey pack that defines the department; null for a department of the user's own. */
  names: Record<TLocale, string> | null;
  journeys: string[];
  touchpoints: number;
  teamLead: TContactOut;
  head: TContactOut;
};

/** The contacts of a department, as written. */
export type TContactsInput = { teamLeadUserId: string | null; headUserId: string | null };

async function ownerRows(orm: TOrm, workspaceId: string) {
  return queryRows<{ owner: string; journeys: string[]; touchpoints: number }>(
    orm,
    sql`select t.owner, array_agg(distinct j.key order by j.key) as journeys, count(*)::int as touchpoints
        from touchpoints t join journeys j on j.workspace_id = t.workspace_id and j.id = t.journey_id
        where t.workspace_id = ${workspaceId}
        group by t.owner order by t.owner`,
  );
}

/**
 * The workspace's departments: the owners of its journeys' touchpoints, with the journeys they own
 * touchpoints in and their escalation contacts (team lead, department head).
 */
export async function listDepartments(db: TDatabase, workspaceId: string): Promise<TDepartmentOut[]> {
  const owners = await ownerRows(db.orm, workspaceId);
  const contacts = await queryRows<{
    department: string;
    lead_id: string | null;
    lead_name: string | null;
    lead_email: string | null;
    head_id: string | null;
    head_name: string | null;
    head_email: string | null;
  }>(
    db.orm,
    sql`select d.department, l.id as lead_id, l.name as lead_name, l.email as lead_email,
               h.id as head_id, h.name as head_name, h.email as head_email
        from department_contacts d
        left join auth_users l on l.id = d.team_lead_user_id
        left join auth_users h on h.id = d.head_user_id
        where d.workspace_id = ${workspaceId}`,
  );
  const byName = new Map(contacts.map((c) => [c.department, c]));
  return owners.map((o) => {
    const c = byName.get(o.owner);
    return {
      name: o.owner,
      names: packDepartmentNames(o.owner, o.journeys) ?? null,
      journeys: o.journeys,
      touchpoints: Number(o.touchpoints),
      teamLead: c?.lead_id ? { userId: c.lead_id, name: c.lead_name ?? '', email: c.lead_email ?? '' } : null,
      head: c?.head_id ? { userId: c.head_id, name: c.head_name ?? '', email: c.head_email ?? '' } : null,
    };
  });
}

/** Sets a department's escalation contacts (members of the workspace; audited); 404 for no such department. */
export async function putDepartmentContacts(
  db: TDatabase,
  workspaceId: string,
  department: string,
  input: TContactsInput,
): Promise<TDepartmentOut> {
  await db.orm.transaction(async (tx) => {
    const owners = await ownerRows(tx, workspaceId);
    if (!owners.some((o) => o.owner === department)) {
      throw notFound(`department "${department}" (no touchpoint has it as owner)`, ['params', 'department']);
    }
    for (const field of ['teamLeadUserId', 'headUserId'] as const) {
      const userId = input[field];
      if (userId !== null && !(await findMember(tx, workspaceId, userId))) {
        throw invalidInput(`user "${userId}" is not a member of this workspace`, [field]);
      }
    }
    await tx
      .insert(departmentContacts)
      .values({ workspaceId, department, ...input })
      .onConflictDoUpdate({
        target: [departmentContacts.workspaceId, departmentContacts.department],
        set: { ...input, updatedAt: new Date() },
      });
    await appendAudit(tx, {
      workspaceId,
      action: 'department.contacts',
      entityType: 'department',
      entityId: department,
      summary: { ...input },
    });
  });
  const all = await listDepartments(db, workspaceId);
  const found = all.find((d) => d.name === department);
  if (!found) throw notFound(`department "${department}"`, ['params', 'department']);
  return found;
}
