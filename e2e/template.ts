/**
 * The seeded folder of a whole browser-test run. Seeding the demo (migrations, moments, cases worked, surveys
 * answered, users) costs half a minute of CPU, and every test file needs the same starting point: `run.ts`
 * seeds it once into a template folder named by MOT_E2E_TEMPLATE, and each server starts on a copy of it.
 *
 * The demo's data is relative to when it was seeded (its last moments, the cases they opened and those cases'
 * SLA deadlines): a copy taken some minutes later is the demo those minutes older, as a server started that
 * long after `mot demo` (the shortest deadline of the demo's policy is half an hour of business time).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LOCK_FILE } from '../packages/server/src/storage/data-dir-lock.ts';
import { seedE2eDatabase } from './seed.ts';

/** The environment variable naming the run's template folder. */
export const E2E_TEMPLATE = 'MOT_E2E_TEMPLATE';

/** What the template records beside its data folder. */
type TTemplateInfo = { workspace: string };

/** Seeds `folder` (an empty folder) as the run's template: the PGlite data in `data`, closed, and its workspace. */
export async function seedE2eTemplate(folder: string): Promise<void> {
  const info: TTemplateInfo = { workspace: await seedE2eDatabase(join(folder, 'data')) };
  writeFileSync(join(folder, 'template.json'), JSON.stringify(info));
}

/**
 * Copies the template's data into `dataDir` (PGlite closed it cleanly; the lock file of the process that
 * seeded it, were one left, is not copied); returns the demo workspace's key.
 */
export function copyE2eTemplate(folder: string, dataDir: string): string {
  const info = JSON.parse(readFileSync(join(folder, 'template.json'), 'utf8')) as TTemplateInfo;
  cpSync(join(folder, 'data'), dataDir, {
    recursive: true,
    filter: (source) => basename(source) !== LOCK_FILE,
  });
  return info.workspace;
}
