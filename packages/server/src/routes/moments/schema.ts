import { z } from '@hono/zod-openapi';
import { LIMITS } from '@mot/core';
import { ZItemError } from '../shared-schema.ts';

/** Body of `POST /api/moments`. Items are checked one by one (see the report), so they are `unknown` here. */
export const ZMomentBatch = z.object({
  moments: z.array(z.unknown()).openapi({
    description: `Up to ${LIMITS.maxBatchSize} moments (schema MomentInput), each with the source's eventId.`,
  }),
});

/** The per-item ingestion report. */
export const ZIngestReport = z
  .object({
    ok: z.boolean(),
    created: z.number().int(),
    duplicates: z.number().int(),
    conflicts: z.number().int(),
    rejected: z.number().int(),
    breaches: z.number().int(),
    items: z.array(
      z.object({
        index: z.number().int(),
        eventId: z.string().optional(),
        status: z.enum(['created', 'duplicate', 'conflict', 'rejected']),
        errors: z.array(ZItemError).optional(),
      }),
    ),
  })
  .openapi('IngestReport');
