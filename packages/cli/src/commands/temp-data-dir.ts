import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';

/**
 * For a test file: points the environment at a fresh embedded-database folder (no DATABASE_URL) before the
 * tests and restores the environment and removes the folder after them. Returns the folder.
 */
export function useTempDataDir(prefix: string): string {
  const saved = { url: process.env['DATABASE_URL'], dir: process.env['MOT_DATA_DIR'] };
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  before(() => {
    delete process.env['DATABASE_URL'];
    process.env['MOT_DATA_DIR'] = dataDir;
  });
  after(() => {
    if (saved.url !== undefined) process.env['DATABASE_URL'] = saved.url;
    if (saved.dir === undefined) delete process.env['MOT_DATA_DIR'];
    else process.env['MOT_DATA_DIR'] = saved.dir;
    rmSync(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}
