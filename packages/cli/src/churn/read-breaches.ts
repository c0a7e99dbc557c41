import { statSync } from 'node:fs';
import type { TJourney } from '@mot/core';
import { keyMomentInputOf, RECOVERY_CALLBACK_TOUCHPOINT } from '@mot/core';
import { mapRecord } from '../import/map-record.ts';
import { MappingError } from '../import/mapping.ts';
import type { TImportMapping } from '../import/mapping.ts';
import { openCsvSource } from '../import/read-csv.ts';
import { resolveCsvMapping } from '../import/resolve-mapping.ts';
import { findColumn } from '../analyze/outcome-column.ts';
import type { RowProblems } from '../analyze/row-problems.ts';
import type { TReadProgress } from './read-customers.ts';

/** Breaches per customer and touchpoint, from the moments file. */
export type TBreachCounts = {
  /** customer id -> touchpoint key -> tolerance-floor breaches. */
  byCustomer: Map<string, Map<string, number>>;
  /** Touchpoints of the journey that had at least one moment, in journey order. */
  touchpoints: string[];
  moments: number;
};

/**
 * Streams the moments file with `mot import`'s mapping and reader (as `mot analyze` does) and counts each
 * customer's tolerance-floor breaches per touchpoint by the domain rule (`keyMomentInputOf`: a measure
 * beyond its floor, or a bottom rating). Bad rows are counted with their line, never fatal. Recovery
 * callbacks follow breaches and are left out, as in the key-moment analysis.
 */
export async function readBreaches(
  path: string,
  mapping: TImportMapping,
  journey: TJourney,
  problems: RowProblems,
  onProgress?: TReadProgress,
): Promise<TBreachCounts> {
  const source = await openCsvSource(path);
  try {
    const header = source.header ?? [];
    if (mapping.customer === undefined && findColumn(header, 'customer') < 0) {
      throw new MappingError(
        `mapping field "moments.customer": needed to link each moment to its customer (${path} has no "customer" column; available columns: ${header.join(', ')})`,
      );
    }
    const resolved = resolveCsvMapping(mapping, header);
    const touchpoints = new Map(journey.touchpoints.map((tp) => [tp.key, tp]));
    const byCustomer = new Map<string, Map<string, number>>();
    const seen = new Set<string>();
    let moments = 0;
    const total = statSync(path).size;
    let rows = 0;
    for await (const row of source.rows) {
      problems.read++;
      if (++rows % 5000 === 0) onProgress?.(source.bytesRead(), rows, total);
      if (!('values' in row)) {
        problems.add(path, row.line, row.problem);
        continue;
      }
      const mapped = mapRecord(row.values, resolved, {
        journey: journey.key,
        deriveEventId: () => `line-${row.line}`,
      });
      if (!mapped.ok) {
        problems.add(path, row.line, mapped.reason);
        continue;
      }
      const { moment } = mapped;
      if (moment.touchpoint === RECOVERY_CALLBACK_TOUCHPOINT) continue;
      const tp = touchpoints.get(moment.touchpoint);
      if (!tp) {
        const keys = journey.touchpoints.map((t) => t.key).join(', ');
        problems.add(
          path,
          row.line,
          `touchpoint "${moment.touchpoint}" is not in journey "${journey.key}" (its touchpoints: ${keys})`,
        );
        continue;
      }
      moments++;
      seen.add(tp.key);
      const { breaches } = keyMomentInputOf({ measures: moment.measures, rating: moment.rating }, tp);
      let counts = byCustomer.get(moment.customer);
      if (!counts) {
        counts = new Map();
        byCustomer.set(moment.customer, counts);
      }
      counts.set(tp.key, (counts.get(tp.key) ?? 0) + (breaches ?? 0));
    }
    return {
      byCustomer,
      touchpoints: journey.touchpoints.map((t) => t.key).filter((k) => seen.has(k)),
      moments,
    };
  } finally {
    source.close();
  }
}
