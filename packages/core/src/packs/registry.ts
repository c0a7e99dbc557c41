import type { TLocale } from '../domain/journey.ts';
import telecom from './data/telecom.json' with { type: 'json' };
import bankingInsurance from './data/banking-insurance.json' with { type: 'json' };
import propertyManagement from './data/property-management.json' with { type: 'json' };
import hotel from './data/hotel.json' with { type: 'json' };
import techAfterSales from './data/tech-after-sales.json' with { type: 'json' };
import restaurant from './data/restaurant.json' with { type: 'json' };
import healthcare from './data/healthcare.json' with { type: 'json' };
import retail from './data/retail.json' with { type: 'json' };
import { ZPack } from './schema.ts';
import type { TIndustry, TPack } from './schema.ts';

/**
 * The pack files by key. Static imports keep core free of I/O: the files are bundled with the code, and
 * each is validated (and its defaults filled) the first time it is asked for.
 */
const PACK_FILES: Readonly<Record<string, unknown>> = {
  telecom: telecom,
  'banking-insurance': bankingInsurance,
  'property-management': propertyManagement,
  hotel: hotel,
  'tech-after-sales': techAfterSales,
  restaurant: restaurant,
  healthcare: healthcare,
  retail: retail,
};

const parsed = new Map<string, TPack>();

/** A short description of a pack, for lists. */
export type TPackSummary = {
  key: string;
  industry: TIndustry;
  names: Record<TLocale, string>;
  descriptions: Record<TLocale, string>;
  journeys: { key: string; names: Partial<Record<TLocale, string>> }[];
};

/** Keys of every built-in pack, in a stable order. */
export function listPackKeys(): string[] {
  return Object.keys(PACK_FILES);
}

/** The raw document of a built-in pack exactly as in its file (not yet validated); undefined if unknown. */
export function packData(key: string): unknown {
  return Object.hasOwn(PACK_FILES, key) ? PACK_FILES[key] : undefined;
}

/** Every built-in pack, summarised. */
export function listPacks(): TPackSummary[] {
  return listPackKeys().map((key) => {
    const pack = getPack(key) as TPack;
    return {
      key: pack.key,
      industry: pack.industry,
      names: pack.names,
      descriptions: pack.descriptions,
      journeys: pack.journeys.map((j) => ({ key: j.key, names: j.names ?? {} })),
    };
  });
}

/**
 * The display names of an owner department the built-in packs define, or undefined for a department of the
 * user's own. Packs may share a key with different names ("contact_center" is a telecom 客服热线中心 and a
 * bank's 客服中心), so a pack holding one of `journeyKeys` (the journeys the department owns touchpoints in)
 * is asked first, then the packs in their order.
 */
export function packDepartmentNames(
  department: string,
  journeyKeys: readonly string[] = [],
): Record<TLocale, string> | undefined {
  const packs = listPackKeys().map((key) => getPack(key) as TPack);
  const holding = packs.filter((p) => p.journeys.some((j) => journeyKeys.includes(j.key)));
  for (const pack of [...holding, ...packs]) {
    if (Object.hasOwn(pack.departments, department)) return pack.departments[department];
  }
  return undefined;
}

/**
 * A built-in pack by key, validated; undefined for an unknown key. Returns the same frozen object on every
 * call: use `journeysOf` for copies to change.
 */
export function getPack(key: string): TPack | undefined {
  const cached = parsed.get(key);
  if (cached) return cached;
  if (!Object.hasOwn(PACK_FILES, key)) return undefined;
  // A built-in pack that fails its schema is a bug in this repository; the tests guard against it.
  const pack = deepFreeze(ZPack.parse(PACK_FILES[key]));
  parsed.set(key, pack);
  return pack;
}

/** Freezes a parsed pack so that no caller can change the shared copy by accident. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
