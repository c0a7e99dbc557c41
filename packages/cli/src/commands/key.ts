import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import type { TRole } from '@mot/core';
import { ROLES } from '@mot/core';
import { createApiKey, listApiKeys, revokeApiKey } from '@mot/server';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';
import { parseRole } from './user.ts';
import { requireWorkspace, withDatabase } from './with-database.ts';

/** Parses `--expires`: an ISO date-time in the future. */
export function parseExpiry(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new InvalidArgumentError(`--expires must be an ISO date-time, got "${value}"`);
  if (at.getTime() <= Date.now())
    throw new InvalidArgumentError(`--expires must be in the future, got "${value}"`);
  return at;
}

type TCreateFlags = { workspace: string; role: TRole; name: string; expires?: Date; format: TOutputFormat };

/** `mot key create`: prints the secret once; only its hash is kept. */
export async function runKeyCreate(flags: TCreateFlags, out: TTextSink = process.stdout): Promise<string> {
  return withDatabase(async (db) => {
    const workspace = await requireWorkspace(db, flags.workspace);
    const { key, secret } = await createApiKey(db, {
      workspaceId: workspace.id,
      name: flags.name,
      role: flags.role,
      expiresAt: flags.expires ?? null,
    });
    printRecords(
      { id: key.id, name: key.name, role: key.role, expiresAt: key.expiresAt, secret },
      flags.format,
      out,
    );
    if (flags.format === 'table')
      out.write('the secret is shown once: keep it now (send it as "Authorization: Bearer <secret>")\n');
    return secret;
  });
}

/** `mot key create|list|revoke`: API keys of systems. */
export function registerKeyCommand(program: Command): void {
  const key = program.command('key').description('API keys for systems: create, list, revoke');
  addFormatOption(
    key
      .command('create')
      .description('create an API key for one workspace and role; the secret is printed once')
      .requiredOption('--workspace <key>', 'the workspace the key works in')
      .requiredOption(
        '--role <role>',
        `its role (${ROLES.join(', ')}); ingest writes moments and outcomes only`,
        parseRole,
      )
      .requiredOption('--name <name>', 'what the key is for, e.g. "CRM export"')
      .option('--expires <date-time>', 'when it stops working (ISO 8601)', parseExpiry),
  ).action(async (flags: TCreateFlags) => {
    await runKeyCreate(flags);
  });

  addFormatOption(
    key
      .command('list')
      .description("a workspace's keys (never their secrets)")
      .requiredOption('--workspace <key>', 'the workspace'),
  ).action((flags: { workspace: string; format: TOutputFormat }) =>
    withDatabase(async (db) => {
      const workspace = await requireWorkspace(db, flags.workspace);
      const keys = await listApiKeys(db, workspace.id);
      printRecords(
        keys.map((k) => ({
          id: k.id,
          name: k.name,
          role: k.role,
          last4: k.last4,
          created: k.createdAt,
          expires: k.expiresAt,
          lastUsed: k.lastUsedAt,
          revoked: k.revokedAt,
        })),
        flags.format,
      );
    }),
  );

  key
    .command('revoke')
    .description('revoke a key: every server refuses it from the next request on')
    .argument('<id>', 'the id of the key (see mot key list)')
    .requiredOption('--workspace <key>', 'the workspace of the key')
    .action((id: string, flags: { workspace: string }) =>
      withDatabase(async (db) => {
        const workspace = await requireWorkspace(db, flags.workspace);
        if (!/^[0-9a-f-]{36}$/i.test(id))
          throw new Error(`<id> must be a key id from mot key list, got "${id}"`);
        const revoked = await revokeApiKey(db, workspace.id, id);
        if (!revoked) throw new Error(`no key ${id} in workspace ${flags.workspace}`);
        process.stdout.write(`revoked key ${revoked.id} (${revoked.name})\n`);
      }),
    );
}
