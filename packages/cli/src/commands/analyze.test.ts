import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { writeSimulatedCsv } from '../analyze/simulated-csv.ts';
import { registerAnalyzeCommand } from './analyze.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-analyze-command-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function program(): Command {
  const root = new Command('mot')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerAnalyzeCommand(root);
  return root;
}

test('mot analyze --moments ... --lang zh-CN writes the report', async () => {
  const files = writeSimulatedCsv(dir, { pack: 'property-management', journey: 'repair', customers: 120 });
  const out = join(dir, 'report.html');
  const args = ['--moments', files.moments, '--outcomes', files.outcomes, '--mapping', files.mapping];
  const rest = [
    '--pack',
    'property-management',
    '--journey',
    'repair',
    '--out',
    out,
    '--lang',
    'zh-CN',
    '--seed',
    '3',
  ];
  await program().parseAsync(['node', 'mot', 'analyze', ...args, ...rest]);
  assert.match(readFileSync(out, 'utf8'), /关键时刻分析报告/);
});

test('refuses an unknown language and a non-integer seed by flag', async () => {
  const base = ['node', 'mot', 'analyze', '--mapping', 'm.json', '--out', join(dir, 'x.html')];
  await assert.rejects(program().parseAsync([...base, '--lang', 'fr']), /--lang/);
  await assert.rejects(program().parseAsync([...base, '--seed', '1.5']), /--seed/);
});

test('mot analyze --format json writes the figures as JSON; an unknown format is refused by flag', async () => {
  const files = writeSimulatedCsv(dir, { pack: 'property-management', journey: 'repair', customers: 60 });
  const out = join(dir, 'report.json');
  const args = ['--moments', files.moments, '--outcomes', files.outcomes, '--mapping', files.mapping];
  const journey = ['--pack', 'property-management', '--journey', 'repair'];
  await program().parseAsync([
    'node',
    'mot',
    'analyze',
    ...args,
    ...journey,
    '--format',
    'json',
    '--out',
    out,
  ]);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { format: string; journey: { key: string } };
  assert.equal(doc.format, 'mot-analyze-report');
  assert.equal(doc.journey.key, 'repair');
  const base = ['node', 'mot', 'analyze', '--mapping', 'm.json', '--out', join(dir, 'x.html')];
  await assert.rejects(program().parseAsync([...base, '--format', 'xml']), /--format/);
});
