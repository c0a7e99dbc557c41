import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates a uniquely named database next to the one `url` names; `drop` removes it. */
export async function createScratchDatabase(
  url: string,
  prefix = 'mot_test',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // The name is generated here, never taken from input: identifiers cannot be bound parameters.
  await admin.query(`create database ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
