/**
 * The e2e database: the demo workspace with its moments, and one user per role the tests sign in as. Run
 * before the server starts (PGlite is opened by one process at a time).
 */
import { createAuth } from '../packages/server/src/access/auth.ts';
import { putMembership } from '../packages/server/src/access/memberships.ts';
import { createUser } from '../packages/server/src/access/users.ts';
import { findWorkspace, migrate, openDatabase } from '../packages/server/src/index.ts';
import { seedDemo } from '../packages/cli/src/demo/seed-demo.ts';

/** The people the tests sign in as: an administrator and an agent of the demo workspace. */
export const E2E_USERS = {
  admin: { email: 'lead@example.com', name: '王敏', password: 'e2e-admin-password', role: 'admin' },
  agent: { email: 'agent@example.com', name: 'Li Na', password: 'e2e-agent-password', role: 'agent' },
} as const;

/** Seeds a fresh PGlite folder; returns the demo workspace's key. */
export async function seedE2eDatabase(dataDir: string): Promise<string> {
  const db = await openDatabase({ dataDir });
  try {
    await migrate(db);
    const demo = await seedDemo(db);
    const found = await findWorkspace(db, demo.workspace);
    if (!found) throw new Error('the demo workspace was not created');
    const auth = await createAuth(db);
    for (const person of Object.values(E2E_USERS)) {
      const user = await createUser(db, auth, {
        email: person.email,
        name: person.name,
        password: person.password,
        instanceAdmin: person.role === 'admin',
      });
      await putMembership(db.orm, { workspaceId: found.id, userId: user.id, role: person.role });
    }
    return demo.workspace;
  } finally {
    await db.close();
  }
}
