import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeCustomerAttributes, ZCustomerAttributesInput } from './customer-attributes.ts';
import { LIMITS } from './limits.ts';

test('set attributes are added or replaced, removed ones dropped, the rest kept', () => {
  const change = ZCustomerAttributesInput.parse({
    customer: 'c-1',
    attributes: { phone: '13800138000', tier: 'gold' },
    remove: ['email'],
  });
  const merged = mergeCustomerAttributes({ tier: 'silver', email: 'a@example.com', region: 'east' }, change);
  assert.deepEqual(merged, {
    ok: true,
    attributes: { tier: 'gold', region: 'east', phone: '13800138000' },
  });
  assert.deepEqual(mergeCustomerAttributes(null, ZCustomerAttributesInput.parse({ customer: 'c-2' })), {
    ok: true,
    attributes: {},
  });
});

test('a name both set and removed is refused at its place in remove', () => {
  const parsed = ZCustomerAttributesInput.safeParse({
    customer: 'c-1',
    attributes: { phone: '1' },
    remove: ['tier', 'phone'],
  });
  assert.equal(parsed.success, false);
  assert.deepEqual(parsed.error?.issues[0]?.path, ['remove', 1]);
});

test('more attributes than a customer may hold is a problem, not a silent cut', () => {
  const stored = Object.fromEntries(Array.from({ length: LIMITS.maxAttributes }, (_, i) => [`a${i}`, i]));
  const change = ZCustomerAttributesInput.parse({ customer: 'c-1', attributes: { one_more: 1 } });
  const merged = mergeCustomerAttributes(stored, change);
  assert.equal(merged.ok, false);
  const replaced = mergeCustomerAttributes(
    stored,
    ZCustomerAttributesInput.parse({ customer: 'c-1', attributes: { a0: 'x' } }),
  );
  assert.equal(replaced.ok, true);
});
