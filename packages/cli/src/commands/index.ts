import type { Command } from 'commander';

/** Registers every noun of the CLI; each lives in its own file exporting `registerXCommand`. */
export function registerCommands(_program: Command): void {}
