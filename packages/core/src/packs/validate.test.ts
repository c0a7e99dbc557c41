import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { packData } from './registry.ts';
import { formatFieldPath, validatePack } from './validate.ts';

type TMutable = {
  key: string;
  departments: Record<string, unknown>;
  journeys: {
    key: string;
    stages: { names: Record<string, string> }[];
    touchpoints: { owner: string; stage: string; measures: { standard: { floor: number } }[] }[];
  }[];
  simulation: { journeys: Record<string, { touchpoints: Record<string, unknown> }> };
};

const fresh = (): TMutable => structuredClone(packData('property-management')) as TMutable;

/** The dotted paths of a failed validation. */
function pathsOf(data: unknown): string[] {
  const result = validatePack(data);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.problems.map((p) => p.at);
}

describe('validatePack', () => {
  test('a valid pack comes back parsed', () => {
    const result = validatePack(fresh());
    assert.ok(result.ok);
    assert.equal(result.pack.key, 'property-management');
  });

  test('a floor on the wrong side is reported at the floor', () => {
    const pack = fresh();
    const measure = pack.journeys[0]?.touchpoints[1]?.measures[0];
    assert.ok(measure);
    measure.standard.floor = 1;
    assert.deepEqual(pathsOf(pack), ['journeys[0].touchpoints[1].measures[0].standard.floor']);
  });

  test('unknown owner, unknown stage and a missing Chinese name are each reported where they are', () => {
    const pack = fresh();
    const [repair, moveIn] = pack.journeys;
    assert.ok(repair?.touchpoints[0] && repair.touchpoints[2] && moveIn?.stages[1]);
    repair.touchpoints[0].owner = 'nobody';
    repair.touchpoints[2].stage = 'nowhere';
    delete moveIn.stages[1].names['zh-CN'];
    assert.deepEqual(pathsOf(pack).sort(), [
      'journeys[0].touchpoints[0].owner',
      'journeys[0].touchpoints[2].stage',
      'journeys[1].stages[1].names.zh-CN',
    ]);
  });

  test('duplicate journeys and a simulation of an unknown touchpoint are reported', () => {
    const pack = fresh();
    const second = pack.journeys[1];
    assert.ok(second);
    second.key = 'repair';
    pack.simulation.journeys['move_in'] = { touchpoints: {} };
    const repairSim = pack.simulation.journeys['repair'];
    assert.ok(repairSim);
    repairSim.touchpoints['ghost'] = {};
    const paths = pathsOf(pack);
    assert.ok(paths.includes('journeys[1].key'), paths.join());
    assert.ok(paths.includes('simulation.journeys.repair.touchpoints.ghost'), paths.join());
    assert.ok(paths.includes('simulation.journeys.move_in'), paths.join());
  });

  test('non-objects and wrong field types are reported, never thrown', () => {
    assert.deepEqual(pathsOf(null), ['(root)']);
    const pack = fresh();
    pack.key = 'Not A Key';
    assert.deepEqual(pathsOf(pack), ['key']);
  });

  test('formatFieldPath renders indices and keys', () => {
    assert.equal(
      formatFieldPath(['journeys', 0, 'touchpoints', 3, 'owner']),
      'journeys[0].touchpoints[3].owner',
    );
    assert.equal(formatFieldPath([]), '(root)');
  });
});
