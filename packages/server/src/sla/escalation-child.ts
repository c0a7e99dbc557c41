// A child process for the escalation crash test: opens the database (DATABASE_URL, else the PGlite folder
// in argv[2]), opens a case whose two SLA targets are long overdue, with a team lead and a head for its
// department, and runs its checks through the job runner with a handler that stops inside the escalation's
// transaction, after every write and before the commit: it prints "escalating <target>" and hangs there
// until it is killed.
import { sql } from 'drizzle-orm';
import { runJobsOnce } from '../jobs/runner.ts';
import { openDatabase } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { ensureWorkspace } from '../storage/ensure-workspace.ts';
import { migrate } from '../storage/migrate.ts';
import { putJourney } from '../storage/put-journey.ts';
import { departmentContacts } from '../storage/sla-schema.ts';
import { makeJourney } from '../testing/factories.ts';
import { startCaseSla } from './case-sla.ts';
import { handleSlaCheck } from './escalate.ts';
import { insertTestCase } from './test-cases.ts';

const url = process.env['DATABASE_URL'];
const db = await openDatabase(url ? { url } : { dataDir: process.argv[2] ?? '' });
await migrate(db);
const workspace = await ensureWorkspace(db, { key: 'escalation', name: 'Escalation' });
await putJourney(db, workspace.id, makeJourney());
for (const who of ['lead', 'head']) {
  await db.orm.execute(
    sql`insert into auth_users (id, name, email) values (${who}, ${`The ${who}`}, ${`${who}@example.com`})`,
  );
  await db.orm.execute(
    sql`insert into memberships (workspace_id, user_id, role) values (${workspace.id}, ${who}, 'owner')`,
  );
}
await db.orm.insert(departmentContacts).values({
  workspaceId: workspace.id,
  department: 'Call centre',
  teamLeadUserId: 'lead',
  headUserId: 'head',
});
// Monday 2026-03-09 10:00 in Shanghai: both targets of a critical case are months overdue.
const opened = await insertTestCase(db, workspace.id, {
  openedAt: new Date('2026-03-09T02:00:00Z'),
  severity: 'critical',
});
await db.orm.transaction((tx) => startCaseSla(tx, opened));
process.stdout.write(`case ${opened.id}\n`);

// The same database, but its transactions never commit: the callback's writes are done, then it hangs.
const orm = Object.create(db.orm) as TOrm;
orm.transaction = ((work: (tx: TOrm) => Promise<unknown>) =>
  db.orm.transaction(async (tx) => {
    const result = await work(tx);
    const [row] = (
      (await tx.execute(
        sql`select target from sla_escalations where workspace_id = ${workspace.id} and case_id = ${opened.id}`,
      )) as unknown as { rows: Array<{ target: string }> }
    ).rows;
    process.stdout.write(`escalating ${row?.target ?? 'nothing'}\n`);
    await new Promise(() => undefined);
    return result;
  })) as TOrm['transaction'];
const hanging: TDatabase = { ...db, orm };
await runJobsOnce(db, {
  concurrency: 1,
  leaseMs: 1000,
  handlers: { 'sla.check': (job) => handleSlaCheck(job, hanging) },
});
