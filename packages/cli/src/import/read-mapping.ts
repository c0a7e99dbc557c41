import { MappingError, parseMapping } from './mapping.ts';
import type { TImportMapping } from './mapping.ts';
import { readJsonFile } from './read-json-file.ts';

/** Reads and validates a mapping file; errors name the file and the mapping field at fault. */
export async function readMappingFile(path: string): Promise<TImportMapping> {
  const document = await readJsonFile(path, '--mapping', (message) => new MappingError(message));
  return parseMapping(document, `--mapping ${path}`);
}
