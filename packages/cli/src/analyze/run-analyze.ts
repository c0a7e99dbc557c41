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
import type { TDataQuality, TOutcomeKind } from './report-model.ts';
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
  out: string;
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

/** What a run did, for the command's summary line. */
export type TAnalyzeSummary = {
  out: string;
  episodes: number;
  moments: number;
  withOutcome: number;
  rejected: number;
  topTouchpoint: string | null;
};

/** A bad combination of flags: the message names them. */
export class AnalyzeUsageError extends Error {
  override name = 'AnalyzeUsageError';
}

/**
 * Runs the whole analysis: reads the input in one streamed pass, finds the key moments, renders the report
 * and writes it to `out`. The report is written only once it is complete, and nothing else is written.
 */
export async function runAnalyze(o: TAnalyzeOptions): Promise<TAnalyzeSummary> {
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
    dataQuality: qualityOf(run.problems, run.withoutOutcome, run.lateMoments),
    generatedAt: (o.now ?? new Date()).toISOString(),
  });
  await writeFile(o.out, renderReport(model), 'utf8');
  const top = run.result.ranking[0];
  const topTouchpoint =
    top === undefined ? null : (model.touchpoints.find((t) => t.key === top)?.name ?? top);
  return {
    out: o.out,
    episodes: run.result.episodes.total,
    moments: run.moments,
    withOutcome: run.result.episodes.withOutcome,
    rejected: run.problems.rejected,
    topTouchpoint,
  };
}

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
};

async function resolveJourney(o: TAnalyzeOptions): Promise<TJourneySource | undefined> {
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
  o: TAnalyzeOptions,
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

async function analyzeSurvey(o: TAnalyzeOptions, source: TJourneySource | undefined): Promise<TRun> {
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

function qualityOf(problems: RowProblems, withoutOutcome: number, lateMoments: number): TDataQuality {
  return {
    rowsRead: problems.read,
    rowsRejected: problems.rejected,
    firstProblems: problems.examples,
    episodesWithoutOutcome: withoutOutcome,
    lateMoments,
  };
}
