import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZDistributionRuleInput } from '@mot/core';
import { conditionRowsOf, conditionsOf, formFieldOf, formValuesOf, ruleOf } from './rule-form.ts';
import type { TConditionRow } from './rule-form.ts';

const rows: TConditionRow[] = [
  { kind: 'experience', min: 0, max: 6 },
  { kind: 'attribute', attribute: ' tier ', op: 'in', values: ['gold', ' platinum '] },
  { kind: 'attribute', attribute: 'region', op: 'exists', values: ['left over'] },
];

test('the rows become the rule’s conditions: attribute conditions in order, the range apart', () => {
  assert.deepEqual(conditionsOf(rows), {
    attributes: [
      { attribute: 'tier', op: 'in', values: ['gold', 'platinum'] },
      { attribute: 'region', op: 'exists', values: [] },
    ],
    experience: { min: 0, max: 6 },
  });
  assert.deepEqual(conditionsOf([{ kind: 'experience', min: null, max: 4 }]), {
    attributes: [],
    experience: { max: 4 },
  });
  assert.deepEqual(conditionsOf([{ kind: 'experience', min: null, max: null }]), { attributes: [] });
});

test('a rule read back gives the rows it was written from', () => {
  const conditions = conditionsOf(rows);
  assert.deepEqual(conditionRowsOf(conditions), [
    { kind: 'attribute', attribute: 'tier', op: 'in', values: ['gold', 'platinum'] },
    { kind: 'attribute', attribute: 'region', op: 'exists', values: [] },
    { kind: 'experience', min: 0, max: 6 },
  ]);
  assert.deepEqual(conditionRowsOf({ attributes: [{ attribute: 'vip', op: 'eq', values: [true] }] }), [
    { kind: 'attribute', attribute: 'vip', op: 'eq', values: ['true'] },
  ]);
});

test('a new rule’s form values make a rule core’s schema accepts once its trigger is chosen', () => {
  const values = { ...formValuesOf(null), key: 'r1', name: 'R', survey: 's1', journey: 'j', touchpoint: 't' };
  const parsed = ZDistributionRuleInput.safeParse({ ...ruleOf(values), conditions: conditionsOf(rows) });
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
});

test('a problem at an attribute condition lands on its row, counted among all rows', () => {
  assert.deepEqual(formFieldOf(['conditions', 'attributes', 0, 'values'], rows), ['conditions', 1, 'values']);
  assert.deepEqual(formFieldOf(['conditions', 'attributes', 1, 'attribute'], rows), [
    'conditions',
    2,
    'attribute',
  ]);
  assert.deepEqual(formFieldOf(['conditions', 'attributes', 1, 'values', 3], rows), [
    'conditions',
    2,
    'values',
  ]);
  assert.equal(formFieldOf(['conditions', 'attributes', 2, 'values'], rows), undefined);
  assert.deepEqual(formFieldOf(['conditions', 'experience', 'max'], rows), ['conditions', 0, 'max']);
  assert.equal(formFieldOf(['conditions', 'experience', 'max'], rows.slice(1)), undefined);
});

test('problems elsewhere in the rule land on the form field that holds them', () => {
  assert.deepEqual(formFieldOf(['survey'], rows), ['survey']);
  assert.deepEqual(formFieldOf(['trigger', 'touchpoint'], rows), ['touchpoint']);
  assert.deepEqual(formFieldOf(['trigger'], rows), ['kind']);
  assert.deepEqual(formFieldOf(['sampling'], rows), ['samplingPercent']);
  assert.deepEqual(formFieldOf(['quietHours', 'end'], rows), ['quietEnd']);
  assert.deepEqual(formFieldOf(['params', 'key'], rows), ['key']);
  assert.equal(formFieldOf([], rows), undefined);
  assert.equal(formFieldOf(['conditions', 'attributes'], rows), undefined);
});
