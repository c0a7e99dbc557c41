const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Minutes east of UTC of an offset written "Z" or "+08:00". */
export function offsetMinutes(utcOffset: string): number {
  if (utcOffset === 'Z') return 0;
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  return sign * (Number(utcOffset.slice(1, 3)) * 60 + Number(utcOffset.slice(4, 6)));
}

let cachedOffset = 'Z';
let cachedOffsetMs = 0;
let cachedDay = Number.NaN;
let cachedDate = '';

/**
 * Formats epoch milliseconds as an ISO timestamp to the second with the given offset ("Z" or "+08:00").
 * Hand-built rather than through toISOString, with the date part cached, because this runs for every
 * simulated moment and was the simulator's largest cost.
 */
export function formatInstant(ms: number, utcOffset: string): string {
  if (utcOffset !== cachedOffset) {
    cachedOffset = utcOffset;
    cachedOffsetMs = offsetMinutes(utcOffset) * 60_000;
  }
  const local = Math.floor(ms / 1000) * 1000 + cachedOffsetMs;
  const day = Math.floor(local / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const seconds = (local - day * DAY_MS) / 1000;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${cachedDate}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[s]}${utcOffset}`;
}
