import type { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.ts';
import { registerCasesCommand } from './cases.ts';
import { registerChurnCommand } from './churn.ts';
import { registerDemoCommand } from './demo.ts';
import { registerImportCommand } from './import.ts';
import { registerKanoCommand } from './kano.ts';
import { registerKeyCommand } from './key.ts';
import { registerMigrateCommand } from './migrate.ts';
import { registerPackCommand } from './pack.ts';
import { registerServeCommand } from './serve.ts';
import { registerServqualCommand } from './servqual.ts';
import { registerTextCommand } from './text.ts';
import { registerUserCommand } from './user.ts';

/** Registers every noun of the CLI; each lives in its own file exporting `registerXCommand`. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerImportCommand(program);
  registerDemoCommand(program);
  registerTextCommand(program);
  registerAnalyzeCommand(program);
  registerChurnCommand(program);
  registerKanoCommand(program);
  registerServqualCommand(program);
  registerUserCommand(program);
  registerKeyCommand(program);
  registerPackCommand(program);
  registerCasesCommand(program);
}
