import { z } from '@hono/zod-openapi';
import { ZKey, storable } from '@mot/core';

/** The body of every error response. */
export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string(),
      path: z.array(z.union([z.string(), z.number()])),
    }),
  })
  .openapi('Error');

const errorContent = { 'application/json': { schema: ZErrorBody } };

/** The error responses most routes can give, for the OpenAPI document. */
export const errorResponses = {
  400: { description: 'Invalid input (`invalid_input`, `malformed_json`)', content: errorContent },
  404: { description: 'Not found (`not_found`, `workspace_not_found`)', content: errorContent },
  409: { description: 'Conflict (`already_exists`, `in_use`)', content: errorContent },
  413: { description: 'Body over the limit (`body_too_large`)', content: errorContent },
  415: {
    description: 'Body is not UTF-8 JSON (`unsupported_media_type`, `unsupported_charset`)',
    content: errorContent,
  },
  422: {
    description: 'The journey would be invalid after the change (`invalid_journey`)',
    content: errorContent,
  },
} as const;

/** A JSON request body, required. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    content: { 'application/json': { schema } },
    required: true,
    ...(description ? { description } : {}),
  };
}

/** A JSON response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** Path parameters naming a journey. */
export const ZJourneyParams = z.object({ journey: ZKey });

/** Text that can be stored as sent: no NUL, no lone surrogate (core's rule). */
export const ZStorableText = storable(z.string());

/** One error of an item of a batch: its code, message and the path of the field. */
export const ZItemError = z.object({
  code: z.string(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
});

/**
 * The report of a batch written by upsert (outcomes, customer status events): the counts, and what happened
 * to each item, with the item's event id when it has one.
 */
export function upsertReportSchema(name: string, options: { eventId: boolean }) {
  return z
    .object({
      ok: z.boolean(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
      items: z.array(
        z.object({
          index: z.number().int(),
          ...(options.eventId ? { eventId: z.string().optional() } : {}),
          status: z.enum(['created', 'updated', 'unchanged', 'rejected']),
          errors: z.array(ZItemError).optional(),
        }),
      ),
    })
    .openapi(name);
}
