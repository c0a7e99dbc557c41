/**
 * The e2e database: the demo workspace with its moments, and one user per role the tests sign in as, made
 * by `mot user create` (its function, in this process). Run before the server starts: PGlite is opened by
 * one process at a time.
 */

/** The people the tests sign in as: an administrator and an agent of the demo workspace. */
export const E2E_USERS = {
  admin: { email: 'lead@example.com', name: '王敏', password: 'e2e-admin-password', role: 'admin' },
  agent: { email: 'agent@example.com', name: 'Li Na', password: 'e2e-agent-password', role: 'agent' },
} as const;

/** Seeds a fresh PGlite folder; returns the demo workspace's key. */
export async function seedE2eDatabase(dataDir: string): Promise<string> {
  // Loaded here, not at the top: the test files read E2E_USERS, and a server started on a copy of the run's
  // template (template.ts) seeds nothing; neither needs the server's modules (seconds of CPU per process).
  const [{ seedDemo }, { runUserCreate }, { migrate, openDatabase }] = await Promise.all([
    import('../packages/cli/src/demo/seed-demo.ts'),
    import('../packages/cli/src/commands/user.ts'),
    import('../packages/server/src/index.ts'),
  ]);
  const db = await openDatabase({ dataDir });
  let workspace: string;
  try {
    await migrate(db);
    workspace = (await seedDemo(db)).workspace;
  } finally {
    await db.close();
  }
  const saved = { dir: process.env['MOT_DATA_DIR'], url: process.env['DATABASE_URL'] };
  process.env['MOT_DATA_DIR'] = dataDir;
  delete process.env['DATABASE_URL'];
  try {
    for (const person of Object.values(E2E_USERS)) {
      await runUserCreate(
        {
          email: person.email,
          name: person.name,
          password: person.password,
          admin: person.role === 'admin',
          workspace,
          role: person.role,
          url: 'http://127.0.0.1',
          format: 'json',
        },
        { write: () => true },
      );
    }
  } finally {
    if (saved.dir === undefined) delete process.env['MOT_DATA_DIR'];
    else process.env['MOT_DATA_DIR'] = saved.dir;
    if (saved.url !== undefined) process.env['DATABASE_URL'] = saved.url;
  }
  return workspace;
}
