import { MappingError } from '../import/mapping.ts';
import { openCsvSource } from '../import/read-csv.ts';
import type { TOutcomeColumns } from './analyze-mapping.ts';
import { cellAt, findColumn, resolveOutcomeColumn } from './outcome-column.ts';
import type { TOutcomeColumn } from './outcome-column.ts';
import type { TOutcomeKind } from './report-model.ts';
import type { RowProblems } from './row-problems.ts';

/** Episode outcomes by episode key, and which outcome they are. */
export type TOutcomeTable = { column: TOutcomeColumn; byEpisode: Map<string, number> };

/**
 * Reads the outcomes file (one row per episode) into a Map: O(episodes), a few bytes each. Rows with an empty
 * outcome are skipped (not asked); unreadable ones are counted as problems with their line.
 */
export async function readOutcomes(
  path: string,
  columns: TOutcomeColumns,
  wanted: TOutcomeKind | undefined,
  problems: RowProblems,
): Promise<TOutcomeTable> {
  const source = await openCsvSource(path);
  try {
    const header = source.header ?? [];
    const episodeName = columns.episode ?? 'episode';
    const episodeIndex = findColumn(header, episodeName);
    if (episodeIndex < 0) {
      throw new MappingError(
        `--outcomes ${path}: no episode key column "${episodeName}" (set "outcomes.episode" in the mapping; available columns: ${header.join(', ')})`,
      );
    }
    const column = resolveOutcomeColumn(header, columns, wanted, `--outcomes ${path}`) as TOutcomeColumn;
    const byEpisode = new Map<string, number>();
    for await (const row of source.rows) {
      problems.read++;
      if (!('values' in row)) {
        problems.add(path, row.line, row.problem);
        continue;
      }
      const key = cellAt(row.values, episodeIndex)?.trim() ?? '';
      const cell = cellAt(row.values, column.index) ?? '';
      if (key === '') {
        problems.add(path, row.line, `episode (column "${episodeName}"): missing`);
        continue;
      }
      if (cell.trim() === '') continue;
      const parsed = column.parse(cell);
      if (parsed.ok) byEpisode.set(key, parsed.value);
      else problems.add(path, row.line, `${column.label}: ${parsed.problem}`);
    }
    return { column, byEpisode };
  } finally {
    source.close();
  }
}
