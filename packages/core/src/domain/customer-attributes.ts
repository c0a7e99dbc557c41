/**
 * A customer's own attributes (segment, language, contact addresses such as `phone` or `email`) as the
 * company's systems send them: the attributes to set and the names to remove, merged into what is stored.
 * Segment conditions of rules and analyses read them, and the survey channels find addresses in them.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { ZAttributes, ZExternalId } from './moment.ts';
import type { TAttributes } from './moment.ts';

/** One customer's change: attributes set (added or replaced) and attribute names removed. */
export const ZCustomerAttributesInput = z
  .strictObject({
    customer: ZExternalId,
    attributes: ZAttributes.default({}),
    remove: z.array(z.string().min(1).max(LIMITS.maxKeyLength)).max(LIMITS.maxAttributes).default([]),
  })
  .superRefine((input, ctx) => {
    for (const [i, name] of input.remove.entries()) {
      if (Object.hasOwn(input.attributes, name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['remove', i],
          message: `"${name}" is both set and removed`,
        });
      }
    }
  });
export type TCustomerAttributesInput = z.input<typeof ZCustomerAttributesInput>;
export type TCustomerAttributesChange = z.output<typeof ZCustomerAttributesInput>;

/**
 * The stored attributes after a change: the removed names dropped, the set ones added or replaced; or the
 * problem when the result would hold more than `LIMITS.maxAttributes` attributes.
 */
export function mergeCustomerAttributes(
  stored: TAttributes | null,
  change: TCustomerAttributesChange,
): { ok: true; attributes: TAttributes } | { ok: false; message: string } {
  const removed = new Set(change.remove);
  const kept = Object.entries(stored ?? {}).filter(([name]) => !removed.has(name));
  const merged: TAttributes = { ...Object.fromEntries(kept), ...change.attributes };
  const count = Object.keys(merged).length;
  if (count > LIMITS.maxAttributes) {
    return {
      ok: false,
      message: `a customer holds at most ${LIMITS.maxAttributes} attributes; this change makes ${count}`,
    };
  }
  return { ok: true, attributes: merged };
}
