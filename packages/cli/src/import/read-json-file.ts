import { readFile } from 'node:fs/promises';

/** Reads and parses a JSON file; errors name the flag and the file (`--mapping m.json: not valid JSON (...)`). */
export async function readJsonFile(
  path: string,
  flag: string,
  fail: (message: string) => Error,
): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw fail(`${flag} ${path}: cannot read the file (${error.message})`);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fail(`${flag} ${path}: not valid JSON (${(error as Error).message})`);
  }
}
