import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZJourney } from './journey.ts';
import type { TJourneyInput } from './journey.ts';

function repairJourney(): TJourneyInput {
  return {
    key: 'property-repair',
    name: 'Property repair',
    names: { 'zh-CN': '物业报修' },
    stages: [
      { key: 'request', name: 'Request', kind: 'pre_contact' },
      { key: 'visit', name: 'Visit', kind: 'delivery' },
    ],
    touchpoints: [
      {
        key: 'acknowledge',
        name: 'Request acknowledged',
        stage: 'request',
        channel: 'phone',
        owner: 'service_desk',
        measures: [
          {
            key: 'ack_minutes',
            unit: 'minutes',
            direction: 'lower_is_better',
            standard: { target: 30, floor: 120 },
          },
        ],
      },
      {
        key: 'on_site',
        name: 'Technician on site',
        stage: 'visit',
        channel: 'on_site',
        owner: 'field_service',
        measures: [
          {
            key: 'arrival_hours',
            unit: 'hours',
            direction: 'lower_is_better',
            standard: { target: 24, floor: 48 },
          },
        ],
      },
    ],
  };
}

function problemsOf(doc: unknown): { path: string; message: string }[] {
  const result = ZJourney.safeParse(doc);
  assert.equal(result.success, false, 'expected the journey to be rejected');
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('ZJourney', () => {
  test('accepts a valid journey and defaults empty lists', () => {
    const journey = ZJourney.parse({ ...repairJourney(), touchpoints: undefined });
    assert.deepEqual(journey.touchpoints, []);
    assert.equal(ZJourney.parse(repairJourney()).touchpoints.length, 2);
  });

  test('rejects a touchpoint in an unknown stage, naming the field', () => {
    const doc = repairJourney();
    doc.touchpoints![1]!.stage = 'nowhere';
    assert.deepEqual(problemsOf(doc), [{ path: 'touchpoints.1.stage', message: 'unknown stage "nowhere"' }]);
  });

  test('rejects duplicate stage, touchpoint and measure keys', () => {
    const doc = repairJourney();
    doc.stages.push({ key: 'visit', name: 'Again', kind: 'custom' });
    doc.touchpoints!.push({ ...doc.touchpoints![0]!, name: 'Copy' });
    const measure = doc.touchpoints![1]!.measures![0]!;
    doc.touchpoints![1]!.measures!.push(measure);
    assert.deepEqual(
      problemsOf(doc).map((p) => p.path),
      ['stages.2.key', 'touchpoints.1.measures.1.key', 'touchpoints.2.key'],
    );
  });

  test('rejects a floor on the wrong side of its target, for both directions', () => {
    const doc = repairJourney();
    doc.touchpoints![0]!.measures![0]!.standard = { target: 30, floor: 10 };
    doc.touchpoints![1]!.measures!.push({
      key: 'fixed',
      unit: 'boolean',
      direction: 'higher_is_better',
      standard: { target: 0.9, floor: 0.95 },
    });
    assert.deepEqual(
      problemsOf(doc).map((p) => p.path),
      ['touchpoints.0.measures.0.standard.floor', 'touchpoints.1.measures.1.standard.floor'],
    );
  });

  test('rejects a bad key and an unknown stage kind with their paths', () => {
    const doc = repairJourney() as unknown as { key: string; stages: { kind: string }[] };
    doc.key = 'Property Repair';
    doc.stages[0]!.kind = 'marketing';
    assert.deepEqual(
      problemsOf(doc).map((p) => p.path),
      ['key', 'stages.0.kind'],
    );
  });
});
