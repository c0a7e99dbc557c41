import { writeFile } from 'node:fs/promises';
import type { TJourney } from '@mot/core';
import { parseAnalyzeMapping } from './analyze-mapping.ts';
import { MappingError } from '../import/mapping.ts';
import { buildReportModel } from './build-report-model.ts';
import { loadSentimentScorer } from './comment-sentiment.ts';
import { findKeyMoments } from '@mot/core';
import type { TKeyMomentResult } from '@mot/core';
import type { CurveSample } from './curve-sample.ts';
import { journeyFromFile, journeyFromPack, localName } from './journey-source.ts';
import type { TJourneySource } from './journey-source.ts';
import type { TReportLocale } from './messages.ts';
import { readJsonFile } from '../import/read-json-file.ts';
import { readMoments } from './read-moments.ts';
import { readSurvey } from './read-survey.ts';
import { renderReport } from './render-report.ts';
import { renderReportJson } from './report-json.ts';
import type { TDataQuality, TOutcomeKind, TReportModel } from './report-model.ts';
import type { RowProblems } from './row-problems.ts';
import { WorstComments } from './worst-comments.ts';

/** Options of `mot analyze`, as the command line gives them. */
export type TAnalyzeOptions = {
  moments?: string | undefined;
  outcomes?: string | undefined;
  survey?: string | undefined;
  mapping: string;
  pack?: string | undefined;
  journey?: string | undefined;
  journeyFile?: string | undefined;
  /** Where the result goes; without it (JSON only) it goes to `stdout`. */
  out?: string | undefined;
  /** `html` (the default): the self-contained report; `json`: every figure of it (`report-json.ts`). */
  format?: TAnalyzeFormat | undefined;
  /** Where a result without `out` is written; default the process's stdout. */
  stdout?: NodeJS.WritableStream | undefined;
  lang: TReportLocale;
  outcome?: TOutcomeKind | undefined;
  seed: number;
  /** Bootstrap replicates of the importance intervals; default the analysis' own (200). */
  replicates?: number | undefined;
  /** Score the comments of unrated moments for their experience (slower). */
  sentiment?: boolean | undefined;
  /** Time written in the footer; default now. */
  now?: Date | undefined;
  onProgress?: ((bytes: number, rows: number, total: number) => void) | undefined;
};

/** What `mot analyze` writes. */
export const ANALYZE_FORMATS = ['html', 'json'] as const;
export type TAnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

/** What a run did, for the command's summary line. */
export type TAnalyzeSummary = {
  /** The file written; `-` for stdout. */
  out: string;
  episodes: number;
  moments: number;
  withOutcome: number;
  rejected: number;
  /** Cells read as missing by the mapping's missing-value codes, all columns together. */
  missingByCode: number;
  topTouchpoint: string | null;
};

/** A bad combination of flags: the message names them. */
export class AnalyzeUsageError extends Error {
  override name = 'AnalyzeUsageError';
}

/**
 * Runs the whole analysis: reads the input in one streamed pass, finds the key moments, renders the report
 * (HTML, or JSON with `format: 'json'`) and writes it to `out` (JSON may go to stdout). The report is written
 * only once it is complete, and nothing else is written.
 */
export async function runAnalyze(o: TAnalyzeOptions): Promise<TAnalyzeSummary> {
  const format = o.format ?? 'html';
  if (format === 'html' && o.out === undefined) {
    throw new AnalyzeUsageError(
      '--out <file> is needed for the HTML report (--format json writes to stdout)',
    );
  }
  const { model, summary } = await analyzeToModel(o);
  const text = format === 'json' ? renderReportJson(model) : renderReport(model);
  if (o.out !== undefined) await writeFile(o.out, text, 'utf8');
  else await writeOut(o.stdout ?? process.stdout, text);
  return { ...summary, out: o.out ?? '-' };
}

/** Writes to a stream, waiting until it has taken the text. */
function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Reads the input and builds the report model that both formats are made from, with the summary of the run
 * (its `out` left for the caller).
 */
export async function analyzeToModel(
  o: TModelOptions,
): Promise<{ model: TReportModel; summary: Omit<TAnalyzeSummary, 'out'> }> {
  if ((o.moments === undefined) === (o.survey === undefined)) {
    throw new AnalyzeUsageError('give either --moments <file> or --survey <file>');
  }
  if (o.survey !== undefined && o.outcomes !== undefined) {
    throw new AnalyzeUsageError('--outcomes goes with --moments; a survey carries its outcome in a column');
  }
  const source = await resolveJourney(o);
  const run =
    o.moments !== undefined ? await analyzeMoments(o, o.moments, source) : await analyzeSurvey(o, source);
  const model = buildReportModel({
    locale: o.lang,
    source: o.moments !== undefined ? 'moments' : 'survey',
    outcome: run.outcome,
    journey: run.journey,
    result: run.result,
    curves: run.curves,
    quotes: run.quotes,
    moments: run.moments,
    period: run.period,
    dataQuality: qualityOf(run),
    generatedAt: (o.now ?? new Date()).toISOString(),
  });
  const top = run.result.ranking[0];
  const topTouchpoint =
    top === undefined ? null : (model.touchpoints.find((t) => t.key === top)?.name ?? top);
  const summary = {
    episodes: run.result.episodes.total,
    moments: run.moments,
    withOutcome: run.result.episodes.withOutcome,
    rejected: run.problems.rejected,
    missingByCode: [...run.missingByCode.values()].reduce((sum, n) => sum + n, 0),
    topTouchpoint,
  };
  return { model, summary };
}

type TModelOptions = Omit<TAnalyzeOptions, 'out' | 'format' | 'stdout'>;

type TRun = {
  journey: TJourney;
  outcome: TOutcomeKind;
  result: TKeyMomentResult;
  curves: CurveSample;
  moments: number;
  period: { from: string; to: string } | null;
  problems: RowProblems;
  withoutOutcome: number;
  lateMoments: number;
  quotes: WorstComments;
  missingByCode: Map<string, number>;
};

async function resolveJourney(o: TModelOptions): Promise<TJourneySource | undefined> {
  if (o.pack !== undefined && o.journeyFile !== undefined) {
    throw new AnalyzeUsageError('give --pack (with --journey) or --journey-file, not both');
  }
  if (o.pack !== undefined) return journeyFromPack(o.pack, o.journey);
  if (o.journey !== undefined && o.journeyFile === undefined) {
    throw new AnalyzeUsageError('--journey needs --pack <key> (or use --journey-file <file>)');
  }
  if (o.journeyFile !== undefined) return journeyFromFile(o.journeyFile);
  return undefined;
}

async function analyzeMoments(
  o: TModelOptions,
  path: string,
  source: TJourneySource | undefined,
): Promise<TRun> {
  if (!source)
    throw new AnalyzeUsageError(
      '--moments needs the journey: --pack <key> --journey <key>, or --journey-file <file>',
    );
  const document = await readJsonFile(o.mapping, '--mapping', (m) => new MappingError(m));
  const mapping = parseAnalyzeMapping(document, `--mapping ${o.mapping}`);
  const { journey } = source;
  const byKey = new Map(journey.touchpoints.map((tp) => [tp.key, tp]));
  const pass = await readMoments({
    momentsPath: path,
    outcomesPath: o.outcomes,
    mapping,
    journey,
    outcome: o.outcome,
    seed: o.seed,
    replicates: o.replicates,
    scoreComment: o.sentiment ? await loadSentimentScorer() : undefined,
    nameOf: (key) => {
      const tp = byKey.get(key);
      return tp ? localName(tp, o.lang) : key;
    },
    onProgress: o.onProgress,
  });
  const result = findKeyMoments(pass.accumulator, { floors: { seed: o.seed } });
  return { journey, result, ...pass };
}

async function analyzeSurvey(o: TModelOptions, source: TJourneySource | undefined): Promise<TRun> {
  const document = await readJsonFile(o.mapping, '--mapping', (m) => new MappingError(m));
  const survey = await readSurvey({
    path: o.survey ?? '',
    mapping: document,
    origin: `--mapping ${o.mapping}`,
    journey: source?.journey,
    locale: o.lang,
    seed: o.seed,
    replicates: o.replicates,
    onProgress: o.onProgress,
  });
  const result = findKeyMoments(survey.accumulator, { floors: { seed: o.seed } });
  // Core's survey mapping has no comment column, so a survey report has no quotes.
  return { ...survey, result, period: null, lateMoments: 0, quotes: new WorstComments() };
}

function qualityOf(run: TRun): TDataQuality {
  return {
    rowsRead: run.problems.read,
    rowsRejected: run.problems.rejected,
    firstProblems: run.problems.examples,
    episodesWithoutOutcome: run.withoutOutcome,
    lateMoments: run.lateMoments,
    missingByCode: [...run.missingByCode].map(([column, cells]) => ({ column, cells })),
  };
}
