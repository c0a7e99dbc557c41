import { statSync } from 'node:fs';
import type { TJourney, TMomentInput } from '@mot/core';
import { mapRecord } from '../import/map-record.ts';
import type { TRecordValues } from '../import/map-record.ts';
import { openCsvSource } from '../import/read-csv.ts';
import { resolveCsvMapping } from '../import/resolve-mapping.ts';
import type { TImportMapping } from '../import/mapping.ts';
import type { TAnalyzeMapping } from './analyze-mapping.ts';
import { tallyInOrder, tallyMissing } from '@mot/core/import';
import {
  KeyMomentAccumulator,
  keyMomentInputOf,
  keyMomentOptionsOf,
  RECOVERY_CALLBACK_TOUCHPOINT,
} from '@mot/core';
import type { TKeyMomentInput, TKeyMomentOptions } from '@mot/core';
import { CurveSample } from './curve-sample.ts';
import { EpisodeGrouper } from './group-episodes.ts';
import type { TGroupedMoment } from './group-episodes.ts';
import { cellAt, findColumn, resolveOutcomeColumn } from './outcome-column.ts';
import type { TOutcomeColumn } from './outcome-column.ts';
import { readOutcomes } from './read-outcomes.ts';
import type { TOutcomeKind } from './report-model.ts';
import type { TSentimentScorer } from './comment-sentiment.ts';
import { RowProblems } from './row-problems.ts';
import { WorstComments } from './worst-comments.ts';

/** What `readMoments` needs. */
export type TReadMomentsOptions = {
  momentsPath: string;
  outcomesPath?: string | undefined;
  mapping: TAnalyzeMapping;
  journey: TJourney;
  outcome?: TOutcomeKind | undefined;
  seed: number;
  /** Display name of a touchpoint key, for the emotion curves. */
  nameOf: (touchpoint: string) => string;
  /** Bootstrap replicates of the importance weights (fewer make tests fast). */
  replicates?: number | undefined;
  /** Scores the comments of unrated moments (`--sentiment`); without it comments are not scored. */
  scoreComment?: TSentimentScorer | undefined;
  onProgress?: ((bytes: number, rows: number, total: number) => void) | undefined;
};

/** Everything one pass over the moments (and outcomes) gathers. */
export type TMomentsPass = {
  accumulator: KeyMomentAccumulator;
  curves: CurveSample;
  outcome: TOutcomeKind;
  moments: number;
  withoutOutcome: number;
  period: { from: string; to: string } | null;
  lateMoments: number;
  problems: RowProblems;
  quotes: WorstComments;
  /** Cells read as missing by the mapping's codes, per column, in rows that were taken. */
  missingByCode: Map<string, number>;
};

type TEntry = { input: TKeyMomentInput; outcome: number | null };

/**
 * Streams the moments file once: each row is mapped (the import's mapping and reader), judged against the
 * journey's standards, grouped into its episode (`EpisodeGrouper`), and each finished episode is added to the
 * key-moment accumulator and the curve sample. Bad rows are counted with their line, never fatal.
 */
export async function readMoments(options: TReadMomentsOptions): Promise<TMomentsPass> {
  const { journey, mapping } = options;
  const problems = new RowProblems();
  const source = await openCsvSource(options.momentsPath);
  try {
    const header = source.header ?? [];
    // The moments' mapping is checked first: its errors are the likelier ones, and cheaper to find.
    const resolved = resolveCsvMapping(withCustomerDefault(mapping.moments, header), header);
    const table = options.outcomesPath
      ? await readOutcomes(options.outcomesPath, outcomeColumns(mapping), options.outcome, problems)
      : undefined;
    const inline: TOutcomeColumn | undefined = table
      ? undefined
      : resolveOutcomeColumn(header, mapping.outcomes, options.outcome, `--moments ${options.momentsPath}`);
    const outcome = table?.column.kind ?? inline?.kind ?? 'overall';
    const touchpoints = new Map(journey.touchpoints.map((tp) => [tp.key, tp]));
    const accumulator = new KeyMomentAccumulator(keyMomentOptions(journey, outcome, options));
    const curves = new CurveSample(options.seed);
    const quotes = new WorstComments();
    let withoutOutcome = 0;
    const grouper = new EpisodeGrouper<TEntry>((key, entries) => {
      const fromRows = entries.findLast((e) => e.moment.outcome !== null)?.moment.outcome ?? null;
      const value = table ? (table.byEpisode.get(key) ?? null) : fromRows;
      if (value === null) withoutOutcome++;
      const moments = entries.map((e) => e.moment.input);
      accumulator.addEpisode({ key, moments, outcome: value });
      curves.addEpisode(key, moments, options.nameOf);
    });
    const total = statSync(options.momentsPath).size;
    const timeSpan = { min: Infinity, max: -Infinity, offset: NaN };
    let moments = 0;
    const missingByCode = new Map<string, number>();
    const fileLabel = options.momentsPath;
    for await (const row of source.rows) {
      problems.read++;
      if (problems.read % 5000 === 0) options.onProgress?.(source.bytesRead(), problems.read, total);
      if (!('values' in row)) {
        problems.add(fileLabel, row.line, row.problem);
        continue;
      }
      const mapped = mapRecord(row.values, resolved, {
        journey: journey.key,
        deriveEventId: () => `line-${row.line}`,
      });
      if (!mapped.ok) {
        problems.add(fileLabel, row.line, mapped.reason);
        continue;
      }
      // Recovery callbacks follow breaches: the key-moment analysis leaves them out (analysedTouchpointsOf).
      if (mapped.moment.touchpoint === RECOVERY_CALLBACK_TOUCHPOINT) continue;
      const tp = touchpoints.get(mapped.moment.touchpoint);
      if (!tp) {
        problems.add(fileLabel, row.line, unknownTouchpoint(mapped.moment, journey));
        continue;
      }
      const rowOutcome = inline ? readOutcomeCell(row.values, inline, fileLabel, row.line, problems) : null;
      const at = Date.parse(mapped.moment.occurredAt);
      if (Number.isNaN(timeSpan.offset)) timeSpan.offset = offsetMs(mapped.moment.occurredAt);
      timeSpan.min = Math.min(timeSpan.min, at);
      timeSpan.max = Math.max(timeSpan.max, at);
      moments++;
      if (mapped.missingByCode) tallyMissing(missingByCode, mapped.missingByCode);
      const { comment, rating, measures } = mapped.moment;
      // The domain rule trusts a rating over a comment, so only unrated moments need their comment scored.
      const sentiment =
        comment !== undefined && rating === undefined ? options.scoreComment?.(comment) : undefined;
      const input = keyMomentInputOf({ measures, rating, sentiment }, tp);
      if (comment !== undefined && input.experience !== null) quotes.add(tp.key, input.experience, comment);
      const entry: TGroupedMoment<TEntry> = { at, line: row.line, moment: { input, outcome: rowOutcome } };
      grouper.add(mapped.moment.episode, entry);
    }
    grouper.finish();
    options.onProgress?.(total, problems.read, total);
    const period =
      moments > 0
        ? {
            from: new Date(timeSpan.min + timeSpan.offset).toISOString(),
            to: new Date(timeSpan.max + timeSpan.offset).toISOString(),
          }
        : null;
    return {
      accumulator,
      curves,
      outcome,
      moments,
      withoutOutcome,
      period,
      lateMoments: grouper.lateMoments,
      problems,
      quotes,
      missingByCode: tallyInOrder(missingByCode, header),
    };
  } finally {
    source.close();
  }
}

/** The UTC offset written on a date-time, in ms: the period is shown in the data's own local dates. */
function offsetMs(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/** The outcomes file's episode column defaults to the moments' one, so one name in the mapping serves both. */
function outcomeColumns(mapping: TAnalyzeMapping): TAnalyzeMapping['outcomes'] {
  const episode = mapping.moments.episode;
  if (mapping.outcomes.episode !== undefined || typeof episode !== 'string') return mapping.outcomes;
  return { ...mapping.outcomes, episode };
}

/** Analysis needs no customer id: a file without one gets a constant rather than an error. */
function withCustomerDefault(mapping: TImportMapping, header: readonly string[]): TImportMapping {
  if (mapping.customer !== undefined || findColumn(header, 'customer') >= 0) return mapping;
  return { ...mapping, customer: { const: '-' } };
}

function unknownTouchpoint(moment: TMomentInput, journey: TJourney): string {
  const keys = journey.touchpoints.map((t) => t.key).join(', ');
  return `touchpoint "${moment.touchpoint}" is not in journey "${journey.key}" (its touchpoints: ${keys})`;
}

function readOutcomeCell(
  values: TRecordValues,
  column: TOutcomeColumn,
  file: string,
  line: number,
  problems: RowProblems,
): number | null {
  const cell = cellAt(values, column.index);
  if (cell === undefined || cell.trim() === '') return null;
  const parsed = column.parse(cell);
  if (parsed.ok) return parsed.value;
  // The moment itself is fine: the outcome problem is noted without rejecting the row.
  problems.note(file, line, `${column.label}: ${parsed.problem}`);
  return null;
}

/** Options of the accumulator: the journey's touchpoints and measures, the outcome's kind and direction. */
function keyMomentOptions(
  journey: TJourney,
  outcome: TOutcomeKind,
  o: TReadMomentsOptions,
): TKeyMomentOptions {
  return keyMomentOptionsOf(journey, {
    outcome:
      outcome === 'churn'
        ? { kind: 'binary', direction: 'lower_is_better' }
        : { kind: 'continuous', direction: 'higher_is_better' },
    seed: o.seed,
    replicates: o.replicates,
  });
}
