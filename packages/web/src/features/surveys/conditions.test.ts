import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildExpression, formatValue, parseExpression } from './conditions.ts';
import type { TCondition } from './conditions.ts';

test('a condition is written as a SurveyJS expression and read back the same', () => {
  const conditions: TCondition[] = [
    { join: 'and', rows: [{ question: 'overall', operator: '<=', value: 3 }] },
    {
      join: 'or',
      rows: [
        { question: 'nps', operator: '<', value: 7 },
        { question: 'reason', operator: '=', value: "it's late" },
        { question: 'why', operator: 'notempty', value: null },
      ],
    },
    {
      join: 'and',
      rows: [
        { question: 'extras', operator: 'contains', value: 'wifi' },
        { question: 'agree', operator: '=', value: true },
        { question: 'score', operator: '<>', value: -1.5 },
      ],
    },
  ];
  for (const c of conditions) {
    const expression = buildExpression(c);
    assert.ok(expression);
    assert.deepEqual(parseExpression(expression), c, expression);
  }
  assert.equal(buildExpression(conditions[0] as TCondition), '{overall} <= 3');
  assert.equal(
    buildExpression(conditions[1] as TCondition),
    "{nps} < 7 or {reason} = 'it\\'s late' or {why} notempty",
  );
});

test('incomplete rows are left out; no complete row is no condition', () => {
  assert.equal(buildExpression({ join: 'and', rows: [] }), undefined);
  assert.equal(
    buildExpression({
      join: 'and',
      rows: [
        { question: '', operator: '=', value: 1 },
        { question: 'a', operator: '=', value: null },
        { question: 'b', operator: '>', value: 2 },
      ],
    }),
    '{b} > 2',
  );
  assert.deepEqual(parseExpression(undefined), { join: 'and', rows: [] });
  assert.deepEqual(parseExpression('  '), { join: 'and', rows: [] });
});

test('expressions the editor cannot show as rows read as null', () => {
  for (const raw of [
    '({a} = 1 or {b} = 2) and {c} = 3',
    '{a} = 1 and {b} = 2 or {c} = 3',
    'age({birth}) > 18',
    "{a} = 'unclosed",
    '{a} anyof [1, 2]',
    '{a} = {b}',
  ]) {
    assert.equal(parseExpression(raw), null, raw);
  }
});

test('and / or inside a quoted value is part of the value; other quoting and case read too', () => {
  assert.deepEqual(parseExpression("{shop} = 'bread and butter'"), {
    join: 'and',
    rows: [{ question: 'shop', operator: '=', value: 'bread and butter' }],
  });
  assert.deepEqual(parseExpression('{a} = "x" OR {b} NOTEMPTY'), {
    join: 'or',
    rows: [
      { question: 'a', operator: '=', value: 'x' },
      { question: 'b', operator: 'notempty', value: null },
    ],
  });
  assert.equal(formatValue('a\\b'), "'a\\\\b'");
  assert.deepEqual(parseExpression(`{q} = ${formatValue('a\\b')}`)?.rows[0]?.value, 'a\\b');
});
