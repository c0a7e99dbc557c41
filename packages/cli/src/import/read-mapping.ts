import { readFile } from 'node:fs/promises';
import { MappingError, parseMapping } from './mapping.ts';
import type { TImportMapping } from './mapping.ts';

/** Reads and validates a mapping file; errors name the file and the mapping field at fault. */
export async function readMappingFile(path: string): Promise<TImportMapping> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new MappingError(`--mapping ${path}: cannot read the file (${error.message})`);
  });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new MappingError(`--mapping ${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseMapping(document, `--mapping ${path}`);
}
