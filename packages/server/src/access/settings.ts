import { z } from '@hono/zod-openapi';
import { DEFAULT_CALLBACK_SETTINGS, storable, ZCallbackSettings } from '@mot/core';
import { eq, sql } from 'drizzle-orm';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { workspaces } from '../storage/schema.ts';

/** Attribute names that are personal data unless the workspace says otherwise. */
export const DEFAULT_PERSONAL_FIELDS = ['name', 'phone', 'mobile', 'email', 'id_number', 'address'];

/** A workspace's settings, as stored and as the API shows them. */
export const ZWorkspaceSettings = z
  .object({
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .refine((zone) => isTimeZone(zone), { message: 'not an IANA time zone (e.g. Asia/Shanghai)' })
      .openapi({ example: 'Asia/Shanghai' }),
    language: z.enum(['zh-CN', 'en']),
    personalFields: z
      .array(storable(z.string().min(1).max(100)))
      .max(100)
      .openapi({ description: 'Customer attributes that are personal data: masked for roles without `pii`' }),
    callbacks: ZCallbackSettings.describe(
      'How callbacks (回访) are scheduled: the local calling window and weekdays (in the time zone of the ' +
        'default business calendar, never on its holidays), attempts before a callback fails, minutes before ' +
        'each retry (the last repeats) and from resolution to the first attempt',
    ),
  })
  .openapi('WorkspaceSettings');

/** Workspace settings. */
export type TWorkspaceSettings = z.infer<typeof ZWorkspaceSettings>;

const DEFAULTS: TWorkspaceSettings = {
  timeZone: 'Asia/Shanghai',
  language: 'zh-CN',
  personalFields: DEFAULT_PERSONAL_FIELDS,
  callbacks: DEFAULT_CALLBACK_SETTINGS,
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The settings a workspace row stores (`workspaces.settings`), defaults filled in. */
export function settingsFrom(stored: unknown): TWorkspaceSettings {
  const parsed = ZWorkspaceSettings.partial().safeParse(stored ?? {});
  return { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
}

/** The settings of a workspace, defaults filled in. */
export async function readSettings(db: TDatabase, workspaceId: string): Promise<TWorkspaceSettings> {
  const [row] = await db.orm
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return settingsFrom(row?.settings);
}

/** Merges a change into the stored settings (in the caller's transaction) and returns the result. */
export async function updateSettings(
  tx: TOrm,
  workspaceId: string,
  change: Partial<TWorkspaceSettings>,
): Promise<void> {
  await tx.execute(
    sql`update workspaces set settings = settings || ${JSON.stringify(change)}::jsonb where id = ${workspaceId}`,
  );
}

/** The attribute names a workspace treats as personal data. */
export async function personalFieldsOf(db: TDatabase, workspaceId: string): Promise<readonly string[]> {
  return (await readSettings(db, workspaceId)).personalFields;
}
