/**
 * Time-ordered UUIDs (version 7, RFC 9562 section 5.7: 48 bits of Unix milliseconds, then random bits) for
 * the ledger's rows. A planning batch writes thousands of rows: with random ids (gen_random_uuid) each one
 * lands on a random page of the primary key's index, so a large ledger's index is written all over; ids
 * that grow with time are appended at its right edge.
 */
import { randomBytes } from 'node:crypto';

/** `count` version-7 UUIDs of the instant `at` (milliseconds), in text form. */
export function timeOrderedIds(count: number, at: number = Date.now()): string[] {
  const random = randomBytes(count * 10);
  const stamp = Math.max(0, Math.floor(at)).toString(16).padStart(12, '0').slice(-12);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = random.subarray(i * 10, i * 10 + 10).toString('hex');
    // version 7 in the 13th digit, the variant (binary 10) in the 17th.
    const variant = ((parseInt(r.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
    ids.push(
      `${stamp.slice(0, 8)}-${stamp.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`,
    );
  }
  return ids;
}
