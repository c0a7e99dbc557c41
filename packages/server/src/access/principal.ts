import type { TRole } from '@mot/core';

/** Who is calling: a signed-in user (through a session) or a system (through an API key). */
export type TPrincipal =
  | {
      kind: 'user';
      userId: string;
      email: string;
      sessionId: string;
      instanceAdmin: boolean;
    }
  | { kind: 'key'; keyId: string; workspaceId: string; role: TRole };

/** The principal's id as the audit log records it. */
export function actorOf(principal: TPrincipal): { kind: 'user' | 'key'; id: string; credentialId: string } {
  return principal.kind === 'user'
    ? { kind: 'user', id: principal.userId, credentialId: `session:${principal.sessionId}` }
    : { kind: 'key', id: principal.keyId, credentialId: `key:${principal.keyId}` };
}
