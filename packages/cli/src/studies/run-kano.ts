import {
  AnalyticsInputError,
  analyzeKano,
  decodeKanoAnswer,
  kanoCodingFromLabels,
  type KanoClassRule,
  type KanoCoding,
  type KanoFeatureResult,
  type KanoRespondent,
  type KanoTableName,
} from '@mot/core';
import { MappingError } from '../import/mapping.ts';
import { readJsonFile } from '../import/read-json-file.ts';
import { parseKanoStudyMapping, type TKanoStudyMapping } from './kano-mapping.ts';
import { readStudyCsv } from './read-study.ts';
import { findStudyColumn } from './study-columns.ts';

/** One feature's result with the name it is shown under. */
export type TKanoFeatureReport = KanoFeatureResult & { key: string; name: string };

/** Everything `mot kano` found, as `--format json` writes it. */
export type TKanoReport = {
  file: string;
  table: KanoTableName;
  rule: KanoClassRule;
  /** Data rows read (blank lines are not rows). */
  rows: number;
  /** Rows that could not be read at all. */
  rejected: number;
  /** Answer cells that are not one of the answer labels; each counts as not answered. */
  unreadableCells: number;
  /** Respondents left out for too many questionable pairs (`maxQuestionable`). */
  excluded: number;
  /** The first few problems, with their line. */
  problems: { file: string; line: number; reason: string }[];
  features: TKanoFeatureReport[];
};

type TColumns = { functional: number; dysfunctional: number }[];

/**
 * Runs a KANO analysis of a survey export: each feature's functional and dysfunctional columns (found by
 * header text), classified with the chosen evaluation table and class rule (core's `analyzeKano`). A row
 * that cannot be read, and a cell that is not one of the answer labels, are reported with their line and
 * column and left out; a mapping naming a missing column, or labels that match no answer at all, stop the
 * run with a message naming the mapping field.
 */
export async function runKano(input: string, mappingPath: string): Promise<TKanoReport> {
  const origin = `--mapping ${mappingPath}`;
  const document = await readJsonFile(mappingPath, '--mapping', (m) => new MappingError(m));
  const mapping = parseKanoStudyMapping(document, origin);
  const coding = codingOf(mapping, origin);
  const missing = new Set(mapping.missing);
  let unreadable = 0;
  let readable = 0;
  let firstUnreadable: string | undefined;
  const respondents: KanoRespondent[] = [];
  const problems = await readStudyCsv(
    input,
    (header): TColumns =>
      mapping.features.map((f, i) => ({
        functional: findStudyColumn(header, f.functional, `features.${i}.functional`, origin),
        dysfunctional: findStudyColumn(header, f.dysfunctional, `features.${i}.dysfunctional`, origin),
      })),
    (row, columns, header, rowProblems) => {
      const read = (column: number): string | null => {
        const raw = (row.values[column] ?? '').trim();
        if (raw === '' || missing.has(raw)) return null;
        try {
          decodeKanoAnswer(raw, coding, 'cell');
          readable++;
          return raw;
        } catch (error) {
          if (!(error instanceof AnalyticsInputError)) throw error;
          unreadable++;
          const labels = Object.keys(coding).join(' / ');
          const reason = `column "${header[column] ?? ''}": "${raw}" is not one of the answers (${labels})`;
          firstUnreadable ??= `${input} line ${row.line}: ${reason}`;
          rowProblems.note(input, row.line, reason);
          return null;
        }
      };
      respondents.push(
        Object.fromEntries(
          mapping.features.map((f, i) => {
            const c = columns[i] ?? { functional: -1, dysfunctional: -1 };
            return [f.key, { functional: read(c.functional), dysfunctional: read(c.dysfunctional) }];
          }),
        ),
      );
    },
  );
  if (readable === 0 && firstUnreadable !== undefined) {
    throw new MappingError(
      `${origin}: answers: no cell of ${input} is one of the labels; ${firstUnreadable}`,
    );
  }
  const results = analyzeKano(
    respondents,
    mapping.features.map((f) => f.key),
    {
      coding,
      table: mapping.table,
      rule: mapping.rule,
      tieMargin: mapping.tieMargin,
      maxQuestionable: mapping.maxQuestionable,
    },
  );
  return {
    file: input,
    table: mapping.table,
    rule: mapping.rule,
    rows: problems.read,
    rejected: problems.rejected,
    unreadableCells: unreadable,
    excluded: results[0]?.excluded ?? 0,
    problems: [...problems.examples],
    features: results.map((r, i) => {
      const f = mapping.features[i];
      return { ...r, key: r.feature, name: f?.name ?? r.feature };
    }),
  };
}

/** The answer labels as a coding; a label used twice, or also listed as missing, names its field. */
function codingOf(mapping: TKanoStudyMapping, origin: string): KanoCoding {
  const labels = mapping.answers ?? ['1', '2', '3', '4', '5'];
  let coding: KanoCoding;
  try {
    coding = kanoCodingFromLabels(labels);
  } catch (error) {
    throw new MappingError(`${origin}: answers: ${(error as Error).message.replace(/^.*?: /, '')}`);
  }
  const clash = mapping.missing.find((code) => Object.hasOwn(coding, code));
  if (clash !== undefined)
    throw new MappingError(`${origin}: missing: "${clash}" is also one of the answers`);
  return coding;
}
