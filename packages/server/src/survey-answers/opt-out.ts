/**
 * Opt-outs (退订) are honoured forever, even after the customer is erased: erasure keeps the opt-out as a
 * digest of the customer's id (SHA-256 of the workspace and the id, `sha256:<hex>`) with nothing else, so
 * minting a link for that id later is still refused while the row names no one in clear. A digest of a
 * short id (a phone number) can be recovered by trying every id; it is the least that lets the objection
 * be honoured (docs/surveys.md, Erasure).
 */
import { createHash } from 'node:crypto';

/** The form an erased customer's opt-out keeps. */
export const optOutDigest = (workspaceId: string, customer: string): string =>
  `sha256:${createHash('sha256').update(`${workspaceId}\u0000${customer}`).digest('hex')}`;

/** The forms an opt-out of this customer may be stored in: their id, or its digest after erasure. */
export const optOutKeys = (workspaceId: string, customer: string): string[] => [
  customer,
  optOutDigest(workspaceId, customer),
];
