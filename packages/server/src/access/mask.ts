import { maskAttributes } from '@mot/core';
import type { Context } from 'hono';
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
