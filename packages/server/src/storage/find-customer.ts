import { and, eq } from 'drizzle-orm';
import type { TOrm } from './database.ts';
import { customers } from './schema.ts';

/** A customer by the source systems' id, or undefined. */
export async function findCustomer(
  orm: TOrm,
  workspaceId: string,
  externalId: string,
): Promise<
  { id: number; externalId: string; attributes: Record<string, unknown>; createdAt: string } | undefined
> {
  const [row] = await orm
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.externalId, externalId)));
  return (
    row && {
      id: row.id,
      externalId: row.externalId,
      attributes: row.attributes,
      createdAt: row.createdAt.toISOString(),
    }
  );
}
