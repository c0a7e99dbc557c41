import { maskAttributes } from '@mot/core';
import type { Context } from 'hono';
import { MotError } from '../errors.ts';
import type { TAppEnv } from '../http/middleware.ts';
import { personalFieldsOf } from './settings.ts';

/**
 * The masking a response applies to customer and moment attributes: none for a role with `pii`, the
 * workspace's personal fields masked (core's rule) for every other role. Call after authorisation.
 */
export async function personalDataMask(
  c: Context<TAppEnv>,
): Promise<(attributes: Record<string, unknown> | null) => Record<string, unknown> | null> {
  if (c.get('permissions').includes('pii')) return (attributes) => attributes;
  const fields = await personalFieldsOf(c.get('db'), c.get('workspace').id);
  return (attributes) => maskAttributes(attributes, fields);
}

/**
 * Refuses a filter on a personal field for a role without `pii`: counting the customers whose phone is a
 * given number would tell that number's owner as surely as showing it. Call after authorisation.
 */
export async function assertNoPersonalFilter(
  c: Context<TAppEnv>,
  filter: Record<string, string> | undefined,
): Promise<void> {
  if (!filter || c.get('permissions').includes('pii')) return;
  const fields = await personalFieldsOf(c.get('db'), c.get('workspace').id);
  const personal = Object.keys(filter).find((name) => fields.includes(name));
  if (personal !== undefined) {
    throw new MotError(
      'forbidden',
      `"${personal}" is personal data in this workspace: filtering by it needs the pii permission`,
      ['query', `segment.${personal}`],
    );
  }
}
