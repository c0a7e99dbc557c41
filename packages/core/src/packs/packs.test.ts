import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ZJourney } from '../domain/journey.ts';
import type { TJourney } from '../domain/journey.ts';
import { INDUSTRIES } from './schema.ts';
import type { TPack } from './schema.ts';
import { getPack, listPackKeys, listPacks, packData, packDepartmentNames } from './registry.ts';
import { journeysOf } from './journeys.ts';
import { validatePack } from './validate.ts';
import { RECOVERY_CALLBACK_TOUCHPOINT, SOLVED_MEASURE } from '../loop/callback.ts';

const packs: TPack[] = listPackKeys().map((key) => getPack(key) as TPack);

/** Every named item of a pack with where it is, for the bilingual checks. */
function namedItems(
  pack: TPack,
): { at: string; name?: string | undefined; names?: Record<string, string> }[] {
  const items: { at: string; name?: string | undefined; names?: Record<string, string> }[] = [];
  for (const j of pack.journeys) {
    items.push({ at: j.key, name: j.name, names: j.names ?? {} });
    for (const s of j.stages) items.push({ at: `${j.key}/${s.key}`, name: s.name, names: s.names ?? {} });
    for (const tp of j.touchpoints) {
      items.push({ at: `${j.key}/${tp.key}`, name: tp.name, names: tp.names ?? {} });
      for (const m of tp.measures)
        items.push({ at: `${j.key}/${tp.key}/${m.key}`, name: m.name, names: m.names ?? {} });
    }
  }
  return items;
}

describe('built-in packs', () => {
  test('every pack file validates against ZPack', () => {
    for (const key of listPackKeys()) {
      const result = validatePack(packData(key));
      assert.ok(result.ok, `${key}: ${JSON.stringify(result.ok ? [] : result.problems.slice(0, 5))}`);
    }
  });

  test('every industry in PRODUCT.md has exactly one pack', () => {
    assert.deepEqual(packs.map((p) => p.industry).sort(), [...INDUSTRIES].sort());
  });

  test("each pack's journeys are ZJourney documents ready to PUT", () => {
    for (const pack of packs) {
      for (const journey of journeysOf(pack)) assert.deepEqual(ZJourney.parse(journey), journey);
    }
  });

  test('every touchpoint is in a stage of its journey', () => {
    for (const pack of packs) {
      for (const j of pack.journeys) {
        const stages = new Set(j.stages.map((s) => s.key));
        for (const tp of j.touchpoints) assert.ok(stages.has(tp.stage), `${pack.key}/${j.key}/${tp.key}`);
      }
    }
  });

  test('every touchpoint has a measure with a standard, floor on the correct side', () => {
    for (const pack of packs) {
      for (const j of pack.journeys) {
        // The recovery callback's `solved` answer has no standard: it is what the callback asks, not a floor.
        for (const tp of j.touchpoints.filter((x) => x.key !== RECOVERY_CALLBACK_TOUCHPOINT)) {
          assert.ok(
            tp.measures.some((m) => m.standard),
            `${pack.key}/${tp.key} has no standard`,
          );
          for (const m of tp.measures) {
            const s = m.standard;
            assert.ok(s, `${pack.key}/${tp.key}/${m.key} has no standard`);
            const ok = m.direction === 'lower_is_better' ? s.floor >= s.target : s.floor <= s.target;
            assert.ok(ok, `${pack.key}/${tp.key}/${m.key}: floor ${s.floor} vs target ${s.target}`);
          }
        }
      }
    }
  });

  test('every name is given in Chinese and English, and name is the English one', () => {
    for (const pack of packs) {
      assert.ok(pack.names['zh-CN'] && pack.names.en && pack.descriptions['zh-CN'] && pack.descriptions.en);
      for (const item of namedItems(pack)) {
        assert.ok(item.names?.['zh-CN'], `${pack.key}/${item.at} lacks zh-CN`);
        assert.match(item.names['zh-CN'], /\p{Script=Han}/u, `${pack.key}/${item.at} zh-CN is not Chinese`);
        assert.equal(item.name, item.names.en, `${pack.key}/${item.at}`);
      }
      for (const [key, names] of Object.entries(pack.departments)) {
        assert.ok(names['zh-CN'] && names.en, `${pack.key} department ${key}`);
      }
    }
  });

  test('keys are unique: journeys and touchpoints across a pack, stages and measures within their parent', () => {
    for (const pack of packs) {
      const unique = (keys: string[], what: string): void =>
        assert.equal(new Set(keys).size, keys.length, `${pack.key}: duplicate ${what} in ${keys.join(',')}`);
      unique(
        pack.journeys.map((j) => j.key),
        'journey',
      );
      // The recovery callback is the one touchpoint every journey shares by design (the server finds it by key).
      unique(
        pack.journeys.flatMap((j) =>
          j.touchpoints.filter((tp) => tp.key !== RECOVERY_CALLBACK_TOUCHPOINT).map((tp) => tp.key),
        ),
        'touchpoint',
      );
      for (const j of pack.journeys) {
        unique(
          j.stages.map((s) => s.key),
          'stage',
        );
        for (const tp of j.touchpoints) {
          unique(
            tp.measures.map((m) => m.key),
            'measure',
          );
        }
      }
    }
  });

  test('every owner is a department of the pack and every department is used', () => {
    for (const pack of packs) {
      const owners = new Set(pack.journeys.flatMap((j) => j.touchpoints.map((tp) => tp.owner)));
      assert.deepEqual([...owners].sort(), Object.keys(pack.departments).sort(), pack.key);
    }
  });

  test("a department's display names come from the pack holding its journeys, then from any pack", () => {
    const telecomJourney = (getPack('telecom') as TPack).journeys[0]?.key ?? '';
    const bankJourney = (getPack('banking-insurance') as TPack).journeys[0]?.key ?? '';
    assert.equal(packDepartmentNames('contact_center', [telecomJourney])?.['zh-CN'], '客服热线中心');
    assert.equal(packDepartmentNames('contact_center', [bankJourney])?.['zh-CN'], '客服中心');
    assert.equal(packDepartmentNames('contact_center')?.en !== undefined, true);
    assert.equal(packDepartmentNames('installation', ['no_such_journey'])?.['zh-CN'], '装维中心');
    assert.equal(packDepartmentNames('our_own_team', [telecomJourney]), undefined);
  });

  test('every touchpoint and measure has simulation defaults, with some touchpoints mattering more', () => {
    for (const pack of packs) {
      for (const j of pack.journeys) {
        const sim = pack.simulation?.journeys[j.key];
        assert.ok(sim, `${pack.key}/${j.key} has no simulation section`);
        // The recovery callback follows cases, which the simulator does not draw: it has no defaults.
        const modelled = j.touchpoints.filter((tp) => tp.key !== RECOVERY_CALLBACK_TOUCHPOINT);
        const drivers = modelled.map((tp) => sim.touchpoints[tp.key]?.driver ?? -1);
        assert.ok(Math.min(...drivers) >= 0, `${pack.key}/${j.key}: a touchpoint lacks a driver`);
        assert.ok(
          Math.max(...drivers) >= 2 * Math.min(...drivers),
          `${pack.key}/${j.key}: drivers all alike`,
        );
        for (const tp of modelled) {
          for (const m of tp.measures)
            assert.ok(sim.touchpoints[tp.key]?.measures[m.key], `${tp.key}/${m.key}`);
        }
      }
    }
  });

  test('every journey ends with the recovery callback: phone, a service department, 1-5, solved 0/1', () => {
    for (const pack of packs) {
      for (const j of pack.journeys) {
        const tp = j.touchpoints.at(-1);
        assert.equal(tp?.key, RECOVERY_CALLBACK_TOUCHPOINT, `${pack.key}/${j.key}`);
        assert.deepEqual(tp.names, { 'zh-CN': '回访', en: 'Recovery callback' });
        assert.equal(tp.channel, 'phone');
        assert.equal(tp.stage, j.stages.at(-1)?.key);
        assert.deepEqual(tp.ratingScale, { min: 1, max: 5 });
        assert.deepEqual(
          tp.measures.map((m) => [m.key, m.unit, m.direction]),
          [[SOLVED_MEASURE, 'boolean', 'higher_is_better']],
        );
        assert.equal(new Set(pack.journeys.map((x) => x.touchpoints.at(-1)?.owner)).size, 1, pack.key);
      }
    }
  });

  test('listPacks summarises every pack and getPack knows only built-in keys', () => {
    assert.equal(listPacks().length, listPackKeys().length);
    assert.equal(getPack('no-such-pack'), undefined);
    assert.equal(getPack('toString'), undefined);
  });

  test('journeysOf returns copies and the shared pack is frozen', () => {
    const pack = getPack('property-management') as TPack;
    const [first] = journeysOf(pack) as [TJourney];
    first.name = 'changed';
    assert.notEqual(pack.journeys[0]?.name, 'changed');
    assert.throws(() => {
      (pack.journeys[0] as TJourney).name = 'changed';
    }, TypeError);
  });
});

describe('pack contents a practitioner would recognise', () => {
  const standardOf = (packKey: string, journey: string, tp: string, measure: string): unknown =>
    getPack(packKey)
      ?.journeys.find((j) => j.key === journey)
      ?.touchpoints.find((t) => t.key === tp)
      ?.measures.find((m) => m.key === measure)?.standard;

  test('property repair: acknowledged in 30 min, on site in 24 h, fixed first visit, callback in 48 h', () => {
    const pm = 'property-management';
    assert.deepEqual(standardOf(pm, 'repair', 'repair_request', 'ack_minutes'), { target: 30, floor: 60 });
    assert.deepEqual(standardOf(pm, 'repair', 'technician_arrival', 'arrival_hours'), {
      target: 24,
      floor: 48,
    });
    assert.deepEqual(standardOf(pm, 'repair', 'repair_completion', 'visits_to_fix'), { target: 1, floor: 2 });
    assert.deepEqual(standardOf(pm, 'repair', 'repair_callback', 'callback_hours'), {
      target: 48,
      floor: 72,
    });
  });

  test('telecom and banking cover the journeys PRODUCT.md names', () => {
    const keys = (packKey: string): string[] => getPack(packKey)?.journeys.map((j) => j.key) ?? [];
    assert.deepEqual(keys('telecom'), [
      'broadband_install',
      'broadband_repair',
      'billing',
      'hotline',
      'store_visit',
    ]);
    assert.deepEqual(keys('banking-insurance'), ['consultation', 'loan_application', 'claim', 'complaint']);
    assert.deepEqual(
      getPack('hotel')?.journeys[0]?.stages.map((s) => s.key),
      ['booking', 'check_in_stage', 'stay', 'dining', 'check_out_stage', 'post_stay'],
    );
  });
});
