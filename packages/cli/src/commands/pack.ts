import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { findPackJourney, getPack, journeysOf, listPacks, ZKey } from '@mot/core';
import type { TJourney } from '@mot/core';
import {
  DEFAULT_WORKSPACE,
  ensureWorkspace,
  findWorkspace,
  installPackAlertRules,
  migrate,
  openDatabaseFromEnv,
  putJourney,
} from '@mot/server';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';

/** Parses a key flag (`--workspace`, `--journey`). */
function parseKey(value: string): string {
  const key = ZKey.safeParse(value);
  if (!key.success) throw new InvalidArgumentError(key.error.issues[0]?.message ?? 'not a key');
  return key.data;
}

/** `mot pack list`: one row per journey of every built-in pack. */
export function runPackList(format: TOutputFormat, out: TTextSink = process.stdout): void {
  const rows = listPacks().flatMap((pack) =>
    pack.journeys.map((journey) => ({
      pack: pack.key,
      industry: pack.names['zh-CN'],
      journey: journey.key,
      'name (en)': journey.names.en ?? '',
      'name (zh-CN)': journey.names['zh-CN'] ?? '',
    })),
  );
  printRecords(rows, format, out);
}

/** The journeys of a pack to load: those named, or all; an unknown pack or journey names its flag. */
function packJourneys(packKey: string, keys: string[]): TJourney[] {
  const pack = getPack(packKey);
  if (!pack) throw new InvalidArgumentError(`<pack>: no pack "${packKey}" (mot pack list shows them)`);
  if (keys.length === 0) return journeysOf(pack);
  return keys.map((key) => {
    const journey = findPackJourney(pack, key);
    if (!journey) throw new InvalidArgumentError(`--journey: pack "${packKey}" has no journey "${key}"`);
    return structuredClone(journey);
  });
}

/**
 * `mot pack load <pack>`: creates the pack's journeys (or those named) in the workspace. A journey whose
 * key is already there stops the load with a message; journeys before it stay created.
 */
export async function runPackLoad(
  options: { pack: string; journeys: string[]; workspace: string; format: TOutputFormat },
  out: TTextSink = process.stdout,
): Promise<string[]> {
  const db = await openDatabaseFromEnv();
  try {
    await migrate(db);
    const workspace =
      options.workspace === DEFAULT_WORKSPACE.key
        ? await ensureWorkspace(db, DEFAULT_WORKSPACE)
        : await findWorkspace(db, options.workspace);
    if (!workspace) throw new InvalidArgumentError(`--workspace: workspace "${options.workspace}" not found`);
    const created: TJourney[] = [];
    for (const document of packJourneys(options.pack, options.journeys)) {
      created.push(await putJourney(db, workspace.id, document, { createOnly: true }));
    }
    // The pack's default alert rules come with its journeys (rules already there are kept).
    await installPackAlertRules(db, workspace.id, options.pack);
    printRecords(
      created.map((j) => ({
        workspace: workspace.key,
        journey: j.key,
        name: j.name,
        stages: j.stages.length,
        touchpoints: j.touchpoints.length,
      })),
      options.format,
      out,
    );
    return created.map((j) => j.key);
  } finally {
    await db.close();
  }
}

/** Registers `mot pack list` and `mot pack load`. */
export function registerPackCommand(program: Command): void {
  const pack = program.command('pack').description('industry journey packs, in Chinese and English');
  addFormatOption(pack.command('list').description('list the built-in packs and their journeys')).action(
    (flags: { format: TOutputFormat }) => runPackList(flags.format),
  );
  addFormatOption(
    pack
      .command('load <pack>')
      .description("create a pack's journeys in a workspace (existing journeys are never replaced)")
      .option('--journey <key...>', 'only these journeys of the pack', [])
      .option('--workspace <key>', 'workspace to create them in', parseKey, DEFAULT_WORKSPACE.key),
  ).action(
    async (packKey: string, flags: { journey: string[]; workspace: string; format: TOutputFormat }) => {
      await runPackLoad({
        pack: packKey,
        journeys: flags.journey,
        workspace: flags.workspace,
        format: flags.format,
      });
    },
  );
}
