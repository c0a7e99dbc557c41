import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze } from './run-analyze.ts';
import type { TAnalyzeOptions } from './run-analyze.ts';

const MOMENTS = [
  'case,touchpoint,occurred_at,arrival_hours',
  'e1,technician_arrival,2025-03-01T09:00:00+08:00,12',
  'e1,repair_completion,2025-03-01T12:00:00+08:00,',
].join('\n');

describe('mot analyze errors', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const base = (): TAnalyzeOptions & { out: string } => ({
    moments: join(dir, 'moments.csv'),
    outcomes: join(dir, 'outcomes.csv'),
    mapping: join(dir, 'mapping.json'),
    pack: 'property-management',
    journey: 'repair',
    out: join(dir, 'report.html'),
    lang: 'en',
    seed: 1,
  });
  const rejects = (options: TAnalyzeOptions & { out: string }, pattern: RegExp) =>
    assert.rejects(runAnalyze(options), (error: Error) => {
      assert.match(error.message, pattern);
      assert.equal(existsSync(options.out), false, 'no report is written on an error');
      return true;
    });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-analyze-errors-'));
    file('moments.csv', MOMENTS);
    file('outcomes.csv', 'case,overall\ne1,8\n');
    file(
      'mapping.json',
      JSON.stringify({
        moments: { episode: 'case', measures: { arrival_hours: 'arrival_hours' } },
        outcomes: { episode: 'case' },
      }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a mapping naming a missing column lists the available ones', async () => {
    const mapping = file('bad-mapping.json', JSON.stringify({ moments: { episode: 'case_id' } }));
    await rejects(
      { ...base(), mapping },
      /mapping field "episode": column "case_id" is not in the header \(available columns: case, touchpoint, occurred_at, arrival_hours\)/,
    );
  });

  test('an unknown pack lists the valid packs', async () => {
    await rejects(
      { ...base(), pack: 'property' },
      /--pack: unknown pack "property"; valid packs: .*property-management/,
    );
  });

  test('an unknown journey lists the journeys of the pack', async () => {
    await rejects(
      { ...base(), journey: 'repairs' },
      /--journey: pack "property-management" has no journey "repairs"; valid journeys: repair, move_in/,
    );
  });

  test('a pack with several journeys needs --journey', async () => {
    await rejects({ ...base(), journey: undefined }, /choose one of: repair, move_in/);
  });

  test('an outcome file without the episode key column says which column it wanted', async () => {
    const outcomes = file('no-key.csv', 'id,overall\ne1,8\n');
    await rejects(
      { ...base(), outcomes },
      /--outcomes .*no-key\.csv: no episode key column "case" .*available columns: id, overall/,
    );
  });

  test('an outcome file without an outcome column says so', async () => {
    const outcomes = file('no-outcome.csv', 'case,comment\ne1,ok\n');
    await rejects(
      { ...base(), outcomes },
      /no outcome column \(overall, nps or churned\).*available columns: case, comment/,
    );
  });

  test('a malformed mapping names the field', async () => {
    const mapping = file('typo.json', JSON.stringify({ moments: { episod: 'case' } }));
    await rejects({ ...base(), mapping }, /--mapping .*typo\.json: moments: Unrecognized key/);
  });

  test('moments and survey together, or neither, are refused', async () => {
    await rejects(
      { ...base(), survey: join(dir, 'moments.csv') },
      /either --moments <file> or --survey <file>/,
    );
    await rejects({ ...base(), moments: undefined }, /either --moments <file> or --survey <file>/);
  });

  test('a journey file with a problem names the field', async () => {
    const journeyFile = file('journey.json', JSON.stringify({ key: 'j', name: 'J', stages: [] }));
    await rejects(
      { ...base(), pack: undefined, journey: undefined, journeyFile },
      /--journey-file .*journey\.json: stages: /,
    );
  });
});
