/**
 * Deterministic sampling: a trigger is in a rule's sample when a hash of (rule, customer, trigger key) falls
 * below the share, so planning the same trigger again decides the same, on any server.
 */

/** FNV-1a (32 bit) of a string's UTF-16 code units, then a murmur3 finaliser to spread the low bits. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The sampling position of a trigger for a rule, in [0, 1). */
export function samplingPosition(rule: string, customer: string, triggerKey: string): number {
  return hash32(`${rule}\u0000${customer}\u0000${triggerKey}`) / 2 ** 32;
}

/** Whether a trigger is in the rule's sample of `share` (0..1). */
export function isSampledIn(rule: string, customer: string, triggerKey: string, share: number): boolean {
  if (share >= 1) return true;
  if (share <= 0) return false;
  return samplingPosition(rule, customer, triggerKey) < share;
}
