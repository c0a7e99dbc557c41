import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMeasures, findBreaches } from '../domain/experience.ts';
import type { TMeasure } from '../domain/journey.ts';
import {
  ZAlertRule,
  contactsKey,
  defaultAlertRules,
  evaluateAlertRules,
  findSystemicAlerts,
  repeatContactWindows,
  windowStartOf,
} from './alert-rules.ts';
import type { TAlertRuleInput } from './alert-rules.ts';

const rule = (input: Partial<TAlertRuleInput> & Pick<TAlertRuleInput, 'condition'>) =>
  ZAlertRule.parse({ key: 'r', name: 'R', severity: 'high', ...input });

const wait: TMeasure = {
  key: 'wait_seconds',
  unit: 's',
  direction: 'lower_is_better',
  standard: { target: 60, floor: 300 },
} as TMeasure;
const touchpoint = { measures: [wait], ratingScale: { min: 1, max: 5 } };

test('a floor breach is what findBreaches found: a named measure or any, never the bottom rating', () => {
  const moment = { measures: { wait_seconds: 400 }, rating: 1 };
  const breaches = findBreaches(moment, touchpoint, checkMeasures(moment.measures, touchpoint.measures));
  const facts = { source: 'moment' as const, journey: 'repair', touchpoint: 'hotline', breaches };
  const any = rule({ key: 'any', condition: { kind: 'floor_breach' } });
  const named = rule({ key: 'named', condition: { kind: 'floor_breach', measure: 'wait_seconds' } });
  const other = rule({ key: 'other', condition: { kind: 'floor_breach', measure: 'arrival_hours' } });
  const bottom = rule({ key: 'bottom', severity: 'medium', condition: { kind: 'bottom_rating' } });
  const matches = evaluateAlertRules([any, named, other, bottom], facts);
  assert.deepEqual(
    matches.map((m) => [m.rule, m.severity, m.reason.kind]),
    [
      ['any', 'high', 'floor_breach'],
      ['named', 'high', 'floor_breach'],
      ['bottom', 'medium', 'bottom_rating'],
    ],
  );
  assert.deepEqual(matches[0]?.reason, {
    kind: 'floor_breach',
    measure: 'wait_seconds',
    value: 400,
    floor: 300,
  });
  const fine = {
    ...facts,
    breaches: findBreaches({ measures: { wait_seconds: 300 }, rating: 2 }, touchpoint),
  };
  assert.deepEqual(evaluateAlertRules([any, named, bottom], fine), []);
});

test('NPS detractor (0-6), low scores and strongly negative comments, at their thresholds', () => {
  const rules = [
    rule({ key: 'nps', condition: { kind: 'nps_detractor' } }),
    rule({ key: 'overall', condition: { kind: 'low_score', score: 'overall', max: 4 } }),
    rule({ key: 'csat', condition: { kind: 'low_score', score: 'rating', max: 2 } }),
    rule({ key: 'comment', condition: { kind: 'negative_comment', maxSentiment: -0.6, minConfidence: 0.8 } }),
  ];
  const answer = (nps: number, overall: number) => ({
    source: 'answer' as const,
    journey: 'j',
    nps,
    overall,
  });
  assert.deepEqual(
    evaluateAlertRules(rules, answer(6, 4)).map((m) => m.rule),
    ['nps', 'overall'],
  );
  assert.deepEqual(
    evaluateAlertRules(rules, answer(7, 4.5)).map((m) => m.rule),
    [],
  );
  const moment = (rating: number, score: number, confidence: number) => ({
    source: 'moment' as const,
    journey: 'j',
    rating,
    sentiment: { score, confidence },
  });
  assert.deepEqual(
    evaluateAlertRules(rules, moment(2, -0.6, 0.8)).map((m) => m.rule),
    ['csat', 'comment'],
  );
  assert.deepEqual(
    evaluateAlertRules(rules, moment(3, -0.9, 0.79)).map((m) => m.rule),
    [],
  );
  assert.deepEqual(
    evaluateAlertRules(rules, moment(3, -0.59, 0.99)).map((m) => m.rule),
    [],
  );
});

test('scope narrows to a journey, a touchpoint and a segment of attributes; disabled rules never match', () => {
  const breaches = [{ kind: 'measure' as const, measure: 'wait_seconds', value: 400, floor: 300 }];
  const base = { source: 'moment' as const, journey: 'repair', touchpoint: 'hotline', breaches };
  const scoped = rule({
    condition: { kind: 'floor_breach' },
    scope: { journey: 'repair', touchpoint: 'hotline', segment: { tier: 'gold', vip: true } },
  });
  assert.equal(
    evaluateAlertRules([scoped], { ...base, attributes: { tier: 'gold', vip: true, x: 1 } }).length,
    1,
  );
  assert.equal(
    evaluateAlertRules([scoped], { ...base, attributes: { tier: 'silver', vip: true } }).length,
    0,
  );
  assert.equal(evaluateAlertRules([scoped], { ...base, attributes: { tier: 'gold' } }).length, 0);
  assert.equal(
    evaluateAlertRules([scoped], { ...base, touchpoint: 'visit', attributes: { tier: 'gold', vip: true } })
      .length,
    0,
  );
  assert.equal(evaluateAlertRules([{ ...scoped, scope: {}, enabled: false }], base).length, 0);
});

test('repeat contact: the counted contacts of its window reach the count', () => {
  const repeat = rule({ condition: { kind: 'repeat_contact', count: 3, days: 7 } });
  const facts = { source: 'moment' as const, journey: 'j', touchpoint: 't' };
  assert.deepEqual(repeatContactWindows([repeat], facts), [{ of: 'episodes', days: 7 }]);
  assert.deepEqual(repeatContactWindows([{ ...repeat, scope: { journey: 'other' } }], facts), []);
  const withCount = (n: number) => ({ ...facts, contacts: new Map([[contactsKey('episodes', 7), n]]) });
  assert.equal(evaluateAlertRules([repeat], withCount(2)).length, 0);
  assert.deepEqual(evaluateAlertRules([repeat], withCount(3))[0]?.reason, {
    kind: 'repeat_contact',
    contacts: 3,
    days: 7,
    of: 'episodes',
  });
  assert.equal(evaluateAlertRules([repeat], { ...withCount(5), source: 'answer' }).length, 0);
});

test('systemic: a breach rate above the threshold with the minimum volume, per fixed window; never a case', () => {
  const systemic = rule({
    severity: 'critical',
    condition: { kind: 'systemic', breachRate: 0.2, windowHours: 24, minVolume: 30 },
  });
  assert.equal(systemic.opensCase, true);
  const window = {
    journey: 'j',
    touchpoint: 't',
    windowStart: windowStartOf(Date.UTC(2026, 0, 2, 13), 24),
    windowHours: 24,
    moments: 30,
    breaching: 7,
  };
  assert.equal(window.windowStart, Date.UTC(2026, 0, 2));
  assert.equal(findSystemicAlerts([systemic], window)[0]?.rate, 7 / 30);
  assert.equal(findSystemicAlerts([systemic], { ...window, breaching: 6 }).length, 0);
  assert.equal(findSystemicAlerts([systemic], { ...window, moments: 29, breaching: 20 }).length, 0);
  assert.equal(findSystemicAlerts([systemic], { ...window, windowHours: 1 }).length, 0);
  assert.equal(findSystemicAlerts([{ ...systemic, scope: { touchpoint: 'other' } }], window).length, 0);
  // Systemic rules are never judged per moment.
  assert.equal(evaluateAlertRules([systemic], { source: 'moment', journey: 'j', touchpoint: 't' }).length, 0);
});

test('the default rules parse, have unique keys and only the systemic one opens no case', () => {
  const rules = defaultAlertRules();
  assert.equal(new Set(rules.map((r) => r.key)).size, rules.length);
  const noCase = rules.filter((r) => !r.opensCase || r.condition.kind === 'systemic').map((r) => r.key);
  assert.deepEqual(noCase, ['systemic-breach-rate']);
  const floor = rules.find((r) => r.condition.kind === 'floor_breach');
  assert.equal(floor?.severity, 'high');
});

test('the schema refuses unknown fields and out-of-range thresholds with their paths', () => {
  const bad = ZAlertRule.safeParse({
    key: 'x',
    name: 'X',
    severity: 'high',
    condition: { kind: 'negative_comment', maxSentiment: -2 },
  });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0]?.path, ['condition', 'maxSentiment']);
  const extra = ZAlertRule.safeParse({
    key: 'x',
    name: 'X',
    severity: 'high',
    condition: { kind: 'bottom_rating', y: 1 },
  });
  assert.equal(extra.success, false);
});
