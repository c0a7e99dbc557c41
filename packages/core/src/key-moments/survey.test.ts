import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { keyMomentsFromSurvey, parseSurveyMapping, surveyNumber } from './survey.ts';
import type { TSurveyMappingInput } from './survey-mapping.ts';

// A small hand-made export: the visit rating drives the overall answer; the call barely matters;
// a delay past 45 minutes costs two points whatever the ratings.
const rows = Array.from({ length: 40 }, (_, i) => {
  const visit = 1 + (i % 5);
  const call = 1 + ((i * 3) % 5);
  const delay = (i * 7) % 80;
  const overall = Math.max(1, Math.min(10, 2 + visit * 1.5 + (call === 5 ? 0.5 : 0) - (delay > 45 ? 2 : 0)));
  return {
    id: `r${i}`,
    call: String(call),
    visit: i === 7 ? '' : visit,
    overall: Math.round(overall),
    satisfied: overall >= 7 ? 'Satisfied' : ' not satisfied ',
    delay_min: delay,
  };
});

const mapping: TSurveyMappingInput = {
  id: 'id',
  touchpoints: [
    { key: 'call', column: 'call' },
    { key: 'visit', column: 'visit' },
  ],
  outcome: { kind: 'rating', column: 'overall' },
  measures: [
    { key: 'delay', column: 'delay_min', direction: 'lower_is_better', touchpoint: 'visit', floor: 60 },
  ],
};
const floors = { minGroupSize: 5, permutations: 199 };

describe('keyMomentsFromSurvey', () => {
  test('ranks the driving touchpoint first and reads blanks as missing', () => {
    const result = keyMomentsFromSurvey(rows, mapping, { replicates: 50, floors });
    const [call, visit] = result.touchpoints;
    assert.deepEqual(result.ranking, ['visit', 'call']);
    assert.equal(visit!.volume.moments, 39);
    assert.equal(call!.volume.moments, 40);
    assert.ok(visit!.importance!.weight.estimate > call!.importance!.weight.estimate);
    assert.ok(visit!.importance!.weight.lower <= visit!.importance!.weight.estimate);
    assert.equal(result.model.interval, 'bootstrap');
    // Top-2-box target (4 of 1..5): ratings 4 and 5 meet it; 1 is a breach.
    assert.equal(visit!.performance.meetsStandard!.estimate, 16 / 39);
    assert.equal(visit!.breachRate!.estimate, 8 / 39);
    assert.equal(visit!.end.count, 39);
    assert.equal(result.episodes.total, 40);
  });

  test('finds the delay floor from the operational column', () => {
    const result = keyMomentsFromSurvey(rows, mapping, { replicates: 0, floors });
    assert.equal(result.floors.length, 1);
    const floor = result.floors[0]!;
    assert.equal(floor.measure, 'delay');
    assert.equal(floor.currentFloor, 60);
    // Within one observed value of the planted 45 (42 and 46 are the neighbouring delays in the table).
    assert.ok(floor.threshold >= 42 && floor.threshold <= 46, `threshold ${floor.threshold}`);
    assert.ok(floor.drop > 1 && floor.p < 0.05);
  });

  test('a label outcome is binary, with 1 the good label', () => {
    const labelled = {
      ...mapping,
      outcome: { kind: 'label', column: 'satisfied', one: ['satisfied'], zero: ['not satisfied'] },
    };
    const result = keyMomentsFromSurvey(rows, labelled as TSurveyMappingInput, { replicates: 0, floors });
    assert.equal(result.outcome.kind, 'binary');
    assert.deepEqual(result.ranking, ['visit', 'call']);
    assert.ok(result.outcome.mean > 0 && result.outcome.mean < 1);
  });

  test('same rows, same result', () => {
    assert.deepEqual(
      keyMomentsFromSurvey(rows, mapping, { replicates: 20, floors }),
      keyMomentsFromSurvey(rows, mapping, { replicates: 20, floors }),
    );
  });

  test('bad cells and mappings say where', () => {
    const at = (f: () => unknown, path: string) =>
      assert.throws(f, (e: unknown) => e instanceof AnalyticsInputError && e.path === path);
    const badLabel = rows.map((r, i) => (i === 3 ? { ...r, satisfied: 'maybe' } : r));
    const labelled = {
      ...mapping,
      outcome: { kind: 'label' as const, column: 'satisfied', one: ['satisfied'], zero: ['not satisfied'] },
    };
    at(() => keyMomentsFromSurvey(badLabel, labelled), 'rows[3].satisfied');
    at(() => keyMomentsFromSurvey([{ call: 6, visit: 2, overall: 5 }], mapping), 'rows[0].call');
    at(() => keyMomentsFromSurvey([{ call: 'five', visit: 2, overall: 5 }], mapping), 'rows[0].call');
    at(() => parseSurveyMapping({ ...mapping, touchpoints: [] }), 'mapping.touchpoints');
    at(
      () => parseSurveyMapping({ ...mapping, outcome: { kind: 'stars', column: 'x' } } as never),
      'mapping.outcome.kind',
    );
  });

  test('surveyNumber reads numbers and numeric text; blanks are missing', () => {
    assert.equal(surveyNumber(' 4 ', 'x'), 4);
    assert.equal(surveyNumber('NA', 'x'), undefined);
    assert.equal(surveyNumber(null, 'x'), undefined);
    assert.equal(surveyNumber(Number.NaN, 'x'), undefined);
  });
});
