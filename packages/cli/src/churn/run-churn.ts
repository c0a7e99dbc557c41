import { writeFile } from 'node:fs/promises';
import { journeyFromFile, journeyFromPack, localName } from '../analyze/journey-source.ts';
import type { TJourneySource } from '../analyze/journey-source.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import type { RowProblems } from '../analyze/row-problems.ts';
import { MappingError } from '../import/mapping.ts';
import { readJsonFile } from '../import/read-json-file.ts';
import { analyzeChurn } from './analyze-churn.ts';
import { parseChurnMapping } from './churn-mapping.ts';
import type { TChurnReport } from './churn-report-model.ts';
import { readBreaches } from './read-breaches.ts';
import type { TBreachCounts } from './read-breaches.ts';
import { readCustomers } from './read-customers.ts';
import type { TReadProgress } from './read-customers.ts';
import { renderChurnReport } from './render-churn-report.ts';

/** Options of `mot churn`, as the command line gives them. */
export type TChurnOptions = {
  customers: string;
  mapping: string;
  moments?: string | undefined;
  pack?: string | undefined;
  journey?: string | undefined;
  journeyFile?: string | undefined;
  format: 'html' | 'json';
  out?: string | undefined;
  by?: string | undefined;
  lang: TReportLocale;
  horizonDays: number;
  seed: number;
  /** Bootstrap replicates of the driver intervals (default 200). */
  replicates?: number | undefined;
  /** Reading progress of each input file in turn (bytes of the file, rows, the file's size). */
  onProgress?: TReadProgress | undefined;
  /** Time written in the report; default now. */
  now?: Date | undefined;
};

/** A bad combination of flags: the message names them. */
export class ChurnUsageError extends Error {
  override name = 'ChurnUsageError';
}

/** What a run did, for the command's summary line. */
export type TChurnRunResult = { report: TChurnReport; output: string };

/**
 * Reads the customer table (and the moments, for breaches per touchpoint), runs the churn analysis and
 * renders it as HTML or JSON. Writes `out` when given; the caller prints `output` otherwise.
 */
export async function runChurn(o: TChurnOptions): Promise<TChurnRunResult> {
  const document = await readJsonFile(o.mapping, '--mapping', (m) => new MappingError(m));
  const mapping = parseChurnMapping(document, `--mapping ${o.mapping}`);
  const columns = mapping.customers;
  if (o.by !== undefined && !columns.attributes.some((a) => a.toLowerCase() === o.by?.toLowerCase())) {
    throw new ChurnUsageError(
      `--by ${o.by}: not one of the mapped attributes (${columns.attributes.join(', ') || 'none: map "customers.attributes"'})`,
    );
  }
  const source = await journeyOf(o, mapping.moments !== undefined);
  const table = await readCustomers(o.customers, columns, o.onProgress);
  const problems = table.problems;
  let breaches: TBreachCounts | null = null;
  if (o.moments !== undefined && source !== undefined && mapping.moments !== undefined) {
    if (columns.customer === undefined) {
      throw new MappingError(
        'mapping field "customers.customer": needed with --moments to link moments to customers',
      );
    }
    breaches = await readBreaches(o.moments, mapping.moments, source.journey, problems, o.onProgress);
  }
  const byTouchpoint = new Map(source?.journey.touchpoints.map((tp) => [tp.key, tp]) ?? []);
  const by =
    o.by === undefined
      ? null
      : (columns.attributes.find((a) => a.toLowerCase() === o.by?.toLowerCase()) ?? null);
  const analysis = analyzeChurn(table.rows, {
    tenureUnit: columns.tenureUnit,
    attributes: columns.attributes,
    counts: columns.counts,
    by: by ?? (breaches === null ? (columns.attributes[0] ?? null) : null),
    breaches,
    nameOf: (key) => {
      const tp = byTouchpoint.get(key);
      return tp ? localName(tp, o.lang) : key;
    },
    horizonDays: o.horizonDays,
    seed: o.seed,
    replicates: o.replicates ?? 200,
  });
  const report: TChurnReport = {
    generatedAt: (o.now ?? new Date()).toISOString(),
    input: inputOf(o, problems),
    ...analysis,
    moments:
      breaches === null
        ? null
        : {
            rows: breaches.moments,
            touchpoints: breaches.touchpoints.length,
            customersWithMoments: table.rows.filter((r) => breaches.byCustomer.has(r.id)).length,
          },
  };
  const output =
    o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderChurnReport(report, o.lang);
  if (o.out !== undefined) await writeFile(o.out, output, 'utf8');
  return { report, output };
}

async function journeyOf(o: TChurnOptions, hasMomentsMapping: boolean): Promise<TJourneySource | undefined> {
  if (o.moments === undefined) {
    if (o.pack !== undefined || o.journeyFile !== undefined || o.journey !== undefined) {
      throw new ChurnUsageError('--pack, --journey and --journey-file go with --moments <file>');
    }
    return undefined;
  }
  if (!hasMomentsMapping) {
    throw new ChurnUsageError('--moments needs a "moments" part in the mapping (a `mot import` mapping)');
  }
  if (o.pack !== undefined && o.journeyFile !== undefined) {
    throw new ChurnUsageError('give --pack (with --journey) or --journey-file, not both');
  }
  if (o.pack !== undefined) return journeyFromPack(o.pack, o.journey);
  if (o.journeyFile !== undefined) return journeyFromFile(o.journeyFile);
  throw new ChurnUsageError(
    '--moments needs the journey: --pack <key> --journey <key>, or --journey-file <file>',
  );
}

function inputOf(o: TChurnOptions, problems: RowProblems): TChurnReport['input'] {
  return {
    customers: o.customers,
    moments: o.moments ?? null,
    rowsRead: problems.read,
    rowsRejected: problems.rejected,
    problems: problems.examples,
  };
}
