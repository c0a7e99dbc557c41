import type { ZodError } from 'zod';
import { MotError, toPath } from '../errors.ts';
import type { TPath } from '../errors.ts';

/** Where a validated value came from; body paths are given as they are, others prefixed by their place. */
const PREFIX: Record<string, TPath> = { json: [], param: ['params'], query: ['query'], header: ['headers'] };

/** zod's issues as our error: the first issue in the message and path, every issue in `issues`. */
export function toInvalidInput(error: ZodError, target = 'json'): MotError {
  const prefix = PREFIX[target] ?? [target];
  const issues = error.issues.map((issue) => ({
    path: [...prefix, ...toPath(issue.path)],
    message: issue.message,
  }));
  const first = issues[0] ?? { path: prefix, message: 'invalid input' };
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return new MotError('invalid_input', `${where}${first.message}`, first.path, { issues });
}

/** The hook @hono/zod-openapi calls after validating a request part: failures become `invalid_input`. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (!result.success && result.error) throw toInvalidInput(result.error, result.target);
}
