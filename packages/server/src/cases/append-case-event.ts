import type { TActor } from '../access/audit.ts';
import { caseEvents } from '../storage/cases-schema.ts';
import type { TOrm } from '../storage/database.ts';

/** One entry of a case's activity log. */
export type TCaseEventInput = {
  workspaceId: string;
  caseId: number;
  /** What happened: `opened`, `alert`, `transition`, `note`, `assigned`, `escalated`, `callback.*` ... */
  kind: string;
  actor: TActor;
  note?: string | null | undefined;
  data?: Record<string, unknown> | undefined;
  at?: Date | undefined;
};

/** How the log names an actor: the user's or key's id, or `system`. */
export const actorName = (actor: TActor): string => actor.id ?? 'system';

/**
 * Appends an event to a case's activity log, in the caller's transaction (the one of the change it records).
 * Every part of the loop (cases, SLA escalations, callbacks) writes the log through this function.
 */
export async function appendCaseEvent(tx: TOrm, event: TCaseEventInput): Promise<{ id: number }> {
  const [row] = await tx
    .insert(caseEvents)
    .values({
      workspaceId: event.workspaceId,
      caseId: event.caseId,
      kind: event.kind,
      actor: actorName(event.actor),
      note: event.note ?? null,
      data: { ...(event.data ?? {}), actorKind: event.actor.kind },
      ...(event.at ? { at: event.at } : {}),
    })
    .returning({ id: caseEvents.id });
  return { id: row?.id ?? 0 };
}
