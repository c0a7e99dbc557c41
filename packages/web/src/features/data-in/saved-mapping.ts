/** Mappings remembered per source: a file with the same columns gets the mapping used last time. */
import type { TImportMapping } from '@mot/core/import';
import { ZImportMapping } from '@mot/core/import';

const keyOf = (workspace: string, header: readonly string[]) =>
  `mot.import-mapping:${workspace}:${header.join('\u0001')}`;

/** The mapping last used for files with this header in this workspace, if any (and still valid). */
export function loadMapping(workspace: string, header: readonly string[]): TImportMapping | undefined {
  try {
    const saved = window.localStorage.getItem(keyOf(workspace, header));
    const parsed = saved ? ZImportMapping.safeParse(JSON.parse(saved)) : undefined;
    return parsed?.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the mapping for files with this header. */
export function saveMapping(workspace: string, header: readonly string[], mapping: TImportMapping): void {
  try {
    window.localStorage.setItem(keyOf(workspace, header), JSON.stringify(mapping));
  } catch {
    // Storage full or disabled: the mapping is guessed again next time.
  }
}
