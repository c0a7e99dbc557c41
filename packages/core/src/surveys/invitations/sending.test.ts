import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SKIP_REASONS } from './rule.ts';
import { sendingSkipOf } from './sending.ts';

test('a due invitation goes only while its customer has not opted out, its rule is on and its survey active', () => {
  assert.equal(sendingSkipOf({ optedOut: false, rule: 'on', survey: 'active' }), null);
  assert.deepEqual(sendingSkipOf({ optedOut: false, rule: 'off', survey: 'active' }), {
    reason: 'rule_disabled',
    detail: { ruleState: 'off' },
  });
  assert.deepEqual(sendingSkipOf({ optedOut: false, rule: 'deleted', survey: 'active' }), {
    reason: 'rule_disabled',
    detail: { ruleState: 'deleted' },
  });
  for (const survey of ['draft', 'archived', 'deleted']) {
    assert.deepEqual(sendingSkipOf({ optedOut: false, rule: 'on', survey }), {
      reason: 'survey_inactive',
      detail: { surveyStatus: survey },
    });
  }
});

test('the opt-out comes first, then the rule, then the survey; every reason is a skip reason of the ledger', () => {
  const states = [
    { optedOut: true, rule: 'deleted' as const, survey: 'archived' },
    { optedOut: false, rule: 'off' as const, survey: 'deleted' },
    { optedOut: false, rule: 'on' as const, survey: 'draft' },
  ];
  const reasons = states.map((s) => sendingSkipOf(s)?.reason);
  assert.deepEqual(reasons, ['opted_out', 'rule_disabled', 'survey_inactive']);
  for (const reason of reasons) assert.ok((SKIP_REASONS as readonly string[]).includes(reason ?? ''));
});
