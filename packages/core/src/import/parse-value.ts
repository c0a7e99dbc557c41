/** A value read from a record could not be turned into what the field needs; the text says why. */
export type TValueResult<T> = { ok: true; value: T } | { ok: false; problem: string };

// Plain decimal numbers only: "12a", "1,5", "0x1F" and "" are not numbers (Number() would accept some).
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '否']);

/** Parses a number strictly: numbers pass, strings must be a whole plain decimal number. */
export function parseNumber(value: unknown): TValueResult<number> {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text !== undefined && NUMBER_PATTERN.test(text)) return { ok: true, value: Number(text) };
  return { ok: false, problem: `${JSON.stringify(value)} is not a number` };
}

/** Parses a measure value: a number, or a boolean (true/false, yes/no, 是/否) stored as 1/0. */
export function parseMeasure(value: unknown): TValueResult<number> {
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { ok: true, value: 1 };
    if (FALSE_WORDS.has(word)) return { ok: true, value: 0 };
  }
  const parsed = parseNumber(value);
  return parsed.ok ? parsed : { ok: false, problem: `${JSON.stringify(value)} is not a number or a boolean` };
}

const DATETIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a date-time as ISO 8601 with a UTC offset. Also accepts a space instead of `T`, missing seconds,
 * and an offset without a colon; a value without an offset takes `timezone` (from the mapping) or is refused,
 * because guessing the zone would silently shift every moment.
 */
export function parseDatetime(value: unknown, timezone: string | undefined): TValueResult<string> {
  const match = typeof value === 'string' ? DATETIME_PATTERN.exec(value.trim()) : null;
  if (!match)
    return {
      ok: false,
      problem: `${JSON.stringify(value)} is not a date-time like 2025-03-01T09:30:00+08:00`,
    };
  const [, date, time = '', offset] = match;
  const zone = offset?.toUpperCase() ?? timezone;
  if (zone === undefined) {
    return {
      ok: false,
      problem: `${JSON.stringify(value)} has no UTC offset: write one (e.g. +08:00) or set "timezone" in the mapping`,
    };
  }
  const seconds = time.length === 5 ? `${time}:00` : time;
  const normalZone = zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${date}T${seconds}${normalZone}`;
  if (Number.isNaN(Date.parse(iso)))
    return { ok: false, problem: `${JSON.stringify(value)} is not a valid date-time` };
  return { ok: true, value: iso };
}

/** Reads an identifier or text: strings as they are, numbers as their decimal text. */
export function parseText(value: unknown): TValueResult<string> {
  if (typeof value === 'string') return { ok: true, value };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  return { ok: false, problem: `${JSON.stringify(value)} is not a text` };
}
