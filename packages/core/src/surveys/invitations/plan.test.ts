import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { keepsBudget } from './budget.ts';
import { planInvitations } from './plan.ts';
import type { TInvitationCandidate, TInvitationHistory, TPlanRule } from './plan.ts';
import { COUNTED_STATUSES, SKIP_REASONS, ZDistributionRuleInput, ZFatigueBudget } from './rule.ts';
import type { TFatigueBudget } from './rule.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 2, 0); // 10:00 in Beijing
const BUDGET: TFatigueBudget = { maxInvitations: 2, windowDays: 30, minDaysApart: 7 };

function rule(key: string, change: Partial<TPlanRule> = {}): TPlanRule {
  return {
    key,
    survey: key,
    conditions: { attributes: [] },
    sampling: 1,
    delayMinutes: 0,
    quietHours: null,
    recontactDays: 0,
    channel: 'link',
    priority: 50,
    ...change,
  };
}

const moment = (r: string, day: number, extra: Partial<TInvitationCandidate> = {}): TInvitationCandidate => ({
  rule: r,
  triggerKey: `moment:${r}:${day}`,
  at: new Date(T0 + day * DAY),
  episode: `e${day}`,
  ...extra,
});

const plan = (
  rules: TPlanRule[],
  candidates: TInvitationCandidate[],
  history: TInvitationHistory[] = [],
  budget = BUDGET,
) =>
  planInvitations({
    customer: 'c1',
    candidates,
    rules,
    history,
    optedOut: false,
    budget,
    timeZone: 'Asia/Shanghai',
  });

test('the budget: two in 30 days, seven days apart; each skip says which limit and its figures', () => {
  const csat = rule('csat');
  const { decisions } = plan(
    [csat],
    [moment('csat', 0), moment('csat', 3), moment('csat', 10), moment('csat', 20)],
  );
  assert.deepEqual(
    decisions.map((d) => [d.status, d.reason]),
    [
      ['planned', null],
      ['skipped', 'fatigue_spacing'],
      ['planned', null],
      ['skipped', 'fatigue_window'],
    ],
  );
  assert.deepEqual(decisions[3]?.detail, { used: 2, limit: 2, windowDays: 30 });
  assert.equal(decisions[1]?.detail['minDaysApart'], 7);
});

test('a recovery check outranks a routine CSAT: in the same planning, and by displacing one still planned', () => {
  const csat = rule('csat', { priority: 10 });
  const recovery = rule('recovery', { priority: 90 });
  const same = plan([csat, recovery], [moment('csat', 0), moment('recovery', 1)]);
  assert.deepEqual(
    same.decisions.map((d) => [d.rule, d.status, d.reason]),
    [
      ['csat', 'skipped', 'outranked'],
      ['recovery', 'planned', null],
    ],
  );
  assert.equal(same.decisions[0]?.detail['byRule'], 'recovery');
  const waiting: TInvitationHistory = {
    id: 'inv-1',
    rule: 'csat',
    survey: 'csat',
    triggerKey: 'moment:csat:0',
    episode: 'e0',
    status: 'planned',
    sendAt: new Date(T0 + DAY),
    priority: 10,
  };
  const later = plan([csat, recovery], [moment('recovery', 1)], [waiting]);
  assert.equal(later.decisions[0]?.status, 'planned');
  assert.deepEqual(later.displaced, [{ id: 'inv-1', byRule: 'recovery', byTriggerKey: 'moment:recovery:1' }]);
  // Once on its way it is not displaced: the budget holds and the recovery waits its turn.
  const sent = plan([csat, recovery], [moment('recovery', 1)], [{ ...waiting, status: 'sent' }]);
  assert.equal(sent.decisions[0]?.reason, 'fatigue_spacing');
  assert.deepEqual(sent.displaced, []);
});

test('conditions, sampling, opt-out, duplicates and recontact each give their reason', () => {
  const low = rule('low', {
    conditions: {
      attributes: [{ attribute: 'tier', op: 'in', values: ['gold', 'silver'] }],
      experience: { max: 3 },
    },
  });
  const r = plan(
    [low],
    [
      moment('low', 0, { attributes: { tier: 'gold' }, experience: 2 }),
      moment('low', 10, { attributes: { tier: 'bronze' }, experience: 2 }),
      moment('low', 11, { attributes: { tier: 'gold' }, experience: 4 }),
      moment('low', 12, { attributes: { tier: 'gold' } }),
    ],
  );
  assert.deepEqual(
    r.decisions.map((d) => d.reason),
    [null, 'condition_false', 'condition_false', 'condition_false'],
  );
  const none = plan([rule('s', { sampling: 0 })], [moment('s', 0)]);
  assert.equal(none.decisions[0]?.reason, 'sampled_out');
  const out = planInvitations({
    customer: 'c1',
    candidates: [moment('csat', 0)],
    rules: [rule('csat')],
    history: [],
    optedOut: true,
    budget: BUDGET,
    timeZone: 'UTC',
  });
  assert.equal(out.decisions[0]?.reason, 'opted_out');
  const twice = plan([rule('csat')], [moment('csat', 0), moment('csat', 0, { triggerKey: 'moment:other' })]);
  assert.deepEqual(
    twice.decisions.map((d) => d.reason),
    [null, 'duplicate'],
  );
  const roomy = { maxInvitations: 10, windowDays: 30, minDaysApart: 0 };
  const again = plan([rule('nps', { recontactDays: 90 })], [moment('nps', 0), moment('nps', 40)], [], roomy);
  assert.deepEqual(
    again.decisions.map((d) => d.reason),
    [null, 'recontact'],
  );
});

test('delay and quiet hours set the send time in the workspace time zone; quiet hours are never a skip', () => {
  const night = rule('night', { delayMinutes: 12 * 60, quietHours: { start: '21:00', end: '08:00' } });
  // 10:00 + 12 h = 22:00 in Beijing -> 08:00 next day (00:00 UTC).
  const r = plan([night], [moment('night', 0)]);
  assert.equal(r.decisions[0]?.status, 'planned');
  assert.equal(r.decisions[0]?.sendAt.toISOString(), '2026-06-02T00:00:00.000Z');
});

test('sampling is decided by the hash: re-planning the same triggers decides the same', () => {
  const half = rule('half', { sampling: 0.5 });
  const candidates = Array.from({ length: 400 }, (_, i) => moment('half', i / 10, { triggerKey: `t${i}` }));
  const roomy = { maxInvitations: 100, windowDays: 1, minDaysApart: 0 };
  const a = plan([half], candidates, [], roomy).decisions.map((d) => d.reason);
  const b = plan([half], candidates, [], roomy).decisions.map((d) => d.reason);
  assert.deepEqual(a, b);
  const inSample = a.filter((x) => x !== 'sampled_out').length;
  assert.ok(inSample > 160 && inSample < 240, `${inSample} of 400 sampled in at 50%`);
});

test('the rule schema names the field at fault', () => {
  const bad = ZDistributionRuleInput.safeParse({
    key: 'r',
    name: 'R',
    survey: 's',
    trigger: { kind: 'moment', journey: 'j', touchpoint: 't' },
    sampling: 1.5,
    quietHours: { start: '25:00', end: '08:00' },
  });
  assert.equal(bad.success, false);
  const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
  assert.deepEqual(paths, ['quietHours.start', 'sampling']);
  assert.equal(
    ZFatigueBudget.safeParse({ maxInvitations: 0, windowDays: 30, minDaysApart: 7 }).success,
    false,
  );
});

const arbitraryRule = (key: string): fc.Arbitrary<TPlanRule> =>
  fc.record({
    key: fc.constant(key),
    survey: fc.constantFrom('csat', 'nps', 'recovery'),
    conditions: fc.constant({ attributes: [] as TPlanRule['conditions']['attributes'] }),
    sampling: fc.constantFrom(1, 0.7, 0.3),
    delayMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    quietHours: fc.constantFrom<TPlanRule['quietHours']>(null, { start: '21:00', end: '08:00' }),
    recontactDays: fc.integer({ min: 0, max: 60 }),
    channel: fc.constantFrom(
      'link' as const,
      'sms' as const,
      'wechat' as const,
      'email' as const,
      'phone' as const,
    ),
    priority: fc.integer({ min: 0, max: 100 }),
  });

test('property: planned in several runs (with displacement), no customer ever exceeds the budget in any window and every skip has its reason', () => {
  fc.assert(
    fc.property(
      fc.tuple(arbitraryRule('a'), arbitraryRule('b'), arbitraryRule('c')),
      fc.record({
        maxInvitations: fc.integer({ min: 1, max: 4 }),
        windowDays: fc.integer({ min: 1, max: 60 }),
        minDaysApart: fc.integer({ min: 0, max: 10 }),
      }),
      fc.array(
        fc.record({
          rule: fc.constantFrom('a', 'b', 'c'),
          minute: fc.integer({ min: 0, max: 120 * 24 * 60 }),
          episode: fc.integer({ min: 0, max: 30 }),
        }),
        { maxLength: 60 },
      ),
      fc.integer({ min: 1, max: 5 }),
      (rules, budget, raw, runs) => {
        const candidates = raw
          .map((c, i) => ({
            rule: c.rule,
            triggerKey: `t${i}`,
            at: new Date(T0 + c.minute * 60_000),
            episode: `e${c.episode}`,
          }))
          .sort((x, y) => x.at.getTime() - y.at.getTime());
        const ledger: TInvitationHistory[] = [];
        const chunk = Math.ceil(candidates.length / runs) || 1;
        for (let start = 0; start < candidates.length; start += chunk) {
          const batch = candidates.slice(start, start + chunk);
          const result = planInvitations({
            customer: 'c',
            candidates: batch,
            rules,
            history: ledger,
            optedOut: false,
            budget,
            timeZone: 'Europe/London',
          });
          assert.equal(result.decisions.length, batch.length);
          for (const { id } of result.displaced) {
            const row = ledger.find((h) => h.id === id);
            assert.equal(row?.status, 'planned', 'only a planned invitation is displaced');
            if (row) row.status = 'skipped';
          }
          result.decisions.forEach((d, i) => {
            if (d.status === 'skipped')
              assert.ok(d.reason && SKIP_REASONS.includes(d.reason), 'a skip has a reason');
            else assert.equal(d.reason, null);
            ledger.push({
              id: `${start + i}`,
              rule: d.rule,
              survey: d.survey,
              triggerKey: d.triggerKey,
              episode: d.episode,
              status: d.status,
              sendAt: d.sendAt,
              priority: d.priority,
            });
          });
          const counted = ledger.filter((h) => COUNTED_STATUSES.includes(h.status));
          assert.ok(
            keepsBudget(
              counted.map((h) => h.sendAt.getTime()),
              budget,
            ),
            'the budget holds',
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});
