import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { CUSTOMER_MAPPING, customerTableCsv } from '../churn/customer-fixture.ts';
import { registerChurnCommand } from './churn.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-churn-command-'));
  writeFileSync(join(dir, 'customers.csv'), customerTableCsv(150, 5));
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(CUSTOMER_MAPPING));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function program(): Command {
  const root = new Command('mot')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerChurnCommand(root);
  return root;
}

test('mot churn <customers> --mapping ... --format json --out writes the figures', async () => {
  const out = join(dir, 'churn.json');
  const args = [join(dir, 'customers.csv'), '--mapping', join(dir, 'mapping.json')];
  await program().parseAsync([
    'node',
    'mot',
    'churn',
    ...args,
    '--format',
    'json',
    '--out',
    out,
    '--by',
    'Contract',
  ]);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    summary: { customers: number };
    survival: { by: string };
  };
  assert.equal(report.summary.customers, 150);
  assert.equal(report.survival.by, 'Contract');
});

test('refuses an unknown format, language, horizon and seed by flag', async () => {
  const base = ['node', 'mot', 'churn', 'c.csv', '--mapping', 'm.json'];
  await assert.rejects(program().parseAsync([...base, '--format', 'pdf']), /--format/);
  await assert.rejects(program().parseAsync([...base, '--lang', 'fr']), /--lang/);
  await assert.rejects(program().parseAsync([...base, '--horizon', '0']), /--horizon/);
  await assert.rejects(program().parseAsync([...base, '--seed', '1.5']), /--seed/);
  await assert.rejects(program().parseAsync(['node', 'mot', 'churn', 'c.csv']), /--mapping/);
});
