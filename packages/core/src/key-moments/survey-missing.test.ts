import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { keyMomentsFromSurvey, parseSurveyMapping, surveyRowEpisode } from './survey.ts';
import type { TSurveyMappingInput } from './survey-mapping.ts';

// An airline-style export: services rated 1..5, 0 = "not applicable", 99 = "don't know" anywhere.
const mapping: TSurveyMappingInput = {
  id: 'id',
  touchpoints: [
    { key: 'wifi', column: 'Inflight wifi service' },
    { key: 'seat', column: 'Seat comfort' },
  ],
  outcome: {
    kind: 'label',
    column: 'satisfaction',
    one: ['satisfied'],
    zero: ['neutral or dissatisfied'],
  },
  missing: { 'Inflight wifi service': [0], '*': [99] },
};

const row = (wifi: unknown, seat: unknown, satisfaction = 'satisfied') => ({
  id: 'p1',
  'Inflight wifi service': wifi,
  'Seat comfort': seat,
  satisfaction,
});

describe('surveyRowEpisode with missing-value codes', () => {
  const m = parseSurveyMapping(mapping);

  test('a coded rating leaves the touchpoint unrated, and the cell is counted under its column', () => {
    const tally = new Map<string, number>();
    const episode = surveyRowEpisode(m, row('0', '4'), 0, tally);
    assert.deepEqual(
      episode.moments.map((x) => [x.touchpoint, x.rating]),
      [['seat', 4]],
    );
    assert.equal(episode.outcome, 1);
    surveyRowEpisode(m, row(0, '99', '99'), 1, tally);
    assert.deepEqual(Object.fromEntries(tally), {
      'Inflight wifi service': 2,
      'Seat comfort': 1,
      satisfaction: 1,
    });
  });

  test('a code reaches only the columns it is given for: 0 in another column is still out of scale', () => {
    assert.throws(
      () => surveyRowEpisode(m, row('3', '0'), 4),
      (error: Error) =>
        error instanceof AnalyticsInputError && /rows\[4\]\.Seat comfort: outside 1\.\.5/.test(error.message),
    );
  });

  test('a row that fails is not counted', () => {
    const tally = new Map<string, number>();
    assert.throws(() => surveyRowEpisode(m, row('0', '7'), 0, tally));
    assert.equal(tally.size, 0);
  });

  test('"*" reaches neither the respondent id nor a measure', () => {
    const withDelay = parseSurveyMapping({
      ...mapping,
      measures: [{ key: 'delay_minutes', column: 'delay', direction: 'lower_is_better' }],
    });
    const episode = surveyRowEpisode(withDelay, { ...row('1', '2'), id: '99', delay: '99' }, 3);
    assert.equal(episode.key, '99');
    assert.deepEqual(episode.measures, { delay_minutes: 99 });
  });

  test('codes for a column the mapping does not read are refused at mapping.missing', () => {
    assert.throws(
      () => parseSurveyMapping({ ...mapping, missing: { 'Inflight wi-fi': [0] } }),
      /bad_option at mapping\.missing\.Inflight wi-fi: not a column of the mapping/,
    );
    assert.throws(() => parseSurveyMapping({ ...mapping, missing: { '*': [] } }), /mapping\.missing\.\*/);
  });
});

describe('keyMomentsFromSurvey with missing-value codes', () => {
  // Wifi drives satisfaction; one passenger in five had no wifi on board (0).
  const rows = Array.from({ length: 60 }, (_, i) => {
    const wifi = i % 5 === 0 ? 0 : 1 + (i % 5);
    const seat = 1 + ((i * 3) % 5);
    return row(String(wifi), String(seat), wifi >= 4 ? 'satisfied' : 'neutral or dissatisfied');
  });

  test('reads the coded ratings as unrated instead of refusing the export', () => {
    const result = keyMomentsFromSurvey(rows, mapping, { replicates: 0 });
    assert.equal(result.episodes.total, 60);
    const wifi = result.touchpoints.find((t) => t.key === 'wifi');
    assert.equal(wifi?.volume.moments, 48);
    const { missing: _, ...withoutCodes } = mapping;
    assert.throws(
      () => keyMomentsFromSurvey(rows, withoutCodes, { replicates: 0 }),
      /Inflight wifi service: outside 1\.\.5/,
    );
  });
});
