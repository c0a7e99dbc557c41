import type { Context } from 'hono';
import { currentActor } from '../../access/audit.ts';
import type { TRecorder } from '../../callbacks/index.ts';
import type { TAppEnv } from '../../http/middleware.ts';

/**
 * Who works a callback and which callbacks they may work: an agent their own and unassigned callbacks (an
 * agent's API key, no user, the unassigned only: '' is nobody's id), an owner their department's
 * touchpoints' callbacks (as with cases); other roles every callback.
 */
export function recorderOf(c: Context<TAppEnv>): TRecorder {
  const role = c.get('role');
  const principal = c.get('principal');
  return {
    actor: currentActor(),
    onlyFor: role === 'agent' ? (principal.kind === 'user' ? principal.userId : '') : undefined,
    department: role === 'owner' ? (c.get('department') ?? undefined) : undefined,
  };
}
