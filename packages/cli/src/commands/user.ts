import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { ROLES, isRole } from '@mot/core';
import type { TRole } from '@mot/core';
import {
  createAuth,
  createUser,
  findUserByEmail,
  listUsers,
  putMembership,
  setUserDisabled,
} from '@mot/server';
import type { TDatabase } from '@mot/server';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';
import { requireWorkspace, withDatabase } from './with-database.ts';

/** Parses `--role`: one of the roles of core's table. */
export function parseRole(value: string): TRole {
  if (!isRole(value))
    throw new InvalidArgumentError(`--role must be one of ${ROLES.join(', ')}, got "${value}"`);
  return value;
}

/** The default address printed in sign-in links: the default of `mot serve`. */
const DEFAULT_URL = `http://127.0.0.1:${process.env['PORT'] ?? '8080'}`;

/** A one-time sign-in link (24 hours) for a user, to hand over or open on the server's machine. */
export async function makeSignInLink(db: TDatabase, email: string, url: string): Promise<string> {
  const auth = await createAuth(db, { baseURL: url });
  return auth.createSignInLink(email, url);
}

type TCreateFlags = {
  email: string;
  name?: string;
  password?: string;
  admin: boolean;
  workspace?: string;
  role?: TRole;
  url: string;
  format: TOutputFormat;
};

/** `mot user create`: a user (optionally an administrator of the installation and a workspace member). */
export async function runUserCreate(flags: TCreateFlags, out: TTextSink = process.stdout): Promise<void> {
  await withDatabase(async (db) => {
    const password = flags.password ?? process.env['MOT_PASSWORD'];
    const user = await createUser(db, await createAuth(db), {
      email: flags.email,
      name: flags.name ?? flags.email.split('@')[0] ?? flags.email,
      password,
      instanceAdmin: flags.admin,
    });
    if (flags.workspace) {
      const workspace = await requireWorkspace(db, flags.workspace);
      await putMembership(db.orm, {
        workspaceId: workspace.id,
        userId: user.id,
        role: flags.role ?? 'viewer',
      });
    }
    const link = password === undefined ? await makeSignInLink(db, user.email, flags.url) : null;
    printRecords(
      { id: user.id, email: user.email, instanceAdmin: user.instanceAdmin, signInLink: link },
      flags.format,
      out,
    );
  });
}

/** `mot user create|list|disable|link`. */
export function registerUserCommand(program: Command): void {
  const user = program
    .command('user')
    .description('people who sign in: create, list, disable, sign-in links');
  addFormatOption(
    user
      .command('create')
      .description('create a user; without a password, print a one-time sign-in link')
      .requiredOption('--email <address>', 'their e-mail address (their sign-in name)')
      .option('--name <name>', 'their name as shown')
      .option('--password <password>', 'a password of 10 to 256 characters (default: MOT_PASSWORD)')
      .option('--admin', 'an administrator of the installation: creates workspaces and users', false)
      .option('--workspace <key>', 'add them to this workspace')
      .option('--role <role>', `their role there (${ROLES.join(', ')}; default viewer)`, parseRole)
      .option('--url <url>', 'the address of the server, for the sign-in link', DEFAULT_URL),
  ).action((flags: TCreateFlags) => runUserCreate(flags));

  addFormatOption(user.command('list').description('every user of the installation')).action(
    (flags: { format: TOutputFormat }) =>
      withDatabase(async (db) => {
        const users = await listUsers(db);
        printRecords(
          users.map((u) => ({
            email: u.email,
            name: u.name,
            instanceAdmin: u.instanceAdmin,
            disabled: u.disabled,
            twoFactor: u.twoFactorEnabled,
            created: u.createdAt,
          })),
          flags.format,
        );
      }),
  );

  user
    .command('disable')
    .description('disable a user: their sessions end now and they cannot sign in (--enable undoes it)')
    .argument('<email>', 'the e-mail address of the user')
    .option('--enable', 'enable the user again', false)
    .action((email: string, flags: { enable: boolean }) =>
      withDatabase(async (db) => {
        const found = await findUserByEmail(db, email);
        if (!found) throw new Error(`no user has the e-mail ${email}`);
        const changed = await setUserDisabled(db, found.id, !flags.enable);
        process.stdout.write(`${changed.email} is ${changed.disabled ? 'disabled' : 'enabled'}\n`);
      }),
    );

  user
    .command('link')
    .description('print a one-time sign-in link (valid 24 hours) for a user')
    .argument('<email>', 'the e-mail address of the user')
    .option('--url <url>', 'the address of the server', DEFAULT_URL)
    .action((email: string, flags: { url: string }) =>
      withDatabase(async (db) => {
        if (!(await findUserByEmail(db, email))) throw new Error(`no user has the e-mail ${email}`);
        process.stdout.write(`${await makeSignInLink(db, email, flags.url)}\n`);
      }),
    );
}
