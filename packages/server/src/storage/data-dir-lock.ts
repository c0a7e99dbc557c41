import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the lock file in a PGlite data folder. */
export const LOCK_FILE = 'mot.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process. PGlite is a single-process database: two processes writing one
 * folder (say `mot import` while `mot serve` runs) would corrupt it, so the second one fails fast here.
 * A lock left by a process that died is taken over. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid === process.pid) throw new Error(`the data folder ${dataDir} is already open in this process`);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new Error(
          `the data folder ${dataDir} is in use by process ${pid} (another mot command?); ` +
            `stop it first (or delete ${path} if no mot process is running), or use DATABASE_URL for a ` +
            'database that several processes can share',
        );
      }
      unlinkSync(path);
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}
