import { ZJourney } from '@mot/core';
import type { TJourney, TLocale } from '@mot/core';
import { findPackJourney, getPack, listPackKeys } from '@mot/core';
import type { TPack } from '@mot/core';
import { readJsonFile } from '../import/read-json-file.ts';

/** A bad `--pack`, `--journey` or `--journey-file`: the message names the flag and lists the valid keys. */
export class JourneySourceError extends Error {
  override name = 'JourneySourceError';
}

/** The journey analysed, with the department names of its pack (for display) when it came from one. */
export type TJourneySource = { journey: TJourney; pack?: TPack };

/** Finds `--journey <key>` in `--pack <key>`; a pack with one journey needs no `--journey`. */
export function journeyFromPack(packKey: string, journeyKey: string | undefined): TJourneySource {
  const pack = getPack(packKey);
  if (!pack) {
    throw new JourneySourceError(
      `--pack: unknown pack "${packKey}"; valid packs: ${listPackKeys().join(', ')}`,
    );
  }
  const keys = pack.journeys.map((j) => j.key).join(', ');
  if (journeyKey === undefined) {
    const [only] = pack.journeys;
    if (pack.journeys.length === 1 && only) return { journey: only, pack };
    throw new JourneySourceError(`--journey: pack "${packKey}" has several journeys; choose one of: ${keys}`);
  }
  const journey = findPackJourney(pack, journeyKey);
  if (!journey) {
    throw new JourneySourceError(
      `--journey: pack "${packKey}" has no journey "${journeyKey}"; valid journeys: ${keys}`,
    );
  }
  return { journey, pack };
}

/** Reads and validates a journey JSON file (the document `PUT /journeys/{key}` takes); errors name the field. */
export async function journeyFromFile(path: string): Promise<TJourneySource> {
  const document = await readJsonFile(path, '--journey-file', (m) => new JourneySourceError(m));
  const parsed = ZJourney.safeParse(document);
  if (parsed.success) return { journey: parsed.data };
  const problems = parsed.error.issues.map(
    (i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`,
  );
  throw new JourneySourceError(`--journey-file ${path}: ${problems.join('; ')}`);
}

/** A name in the report's language: the `names` entry, else the primary name. */
export function localName(
  item: { name: string; names?: Partial<Record<TLocale, string>> | undefined },
  locale: TLocale,
): string {
  return item.names?.[locale] ?? item.name;
}
