/** Formats epoch milliseconds as an ISO timestamp to the second with the given offset ("Z" or "+08:00"). */
export function formatInstant(ms: number, utcOffset: string): string {
  if (utcOffset === 'Z') return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19) + 'Z';
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(utcOffset.slice(1, 3)) * 60 + Number(utcOffset.slice(4, 6)));
  const local = Math.floor(ms / 1000) * 1000 + minutes * 60_000;
  return new Date(local).toISOString().slice(0, 19) + utcOffset;
}
