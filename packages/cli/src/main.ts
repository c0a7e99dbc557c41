import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

/** The version of mot: the CLI package's. */
export const CLI_VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** Builds the `mot` program with every command registered. */
export function createProgram(): Command {
  const program = new Command('mot')
    .description('mot: the Moments of Truth experience platform')
    .version(CLI_VERSION, '-V, --version', 'print the version of mot')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerCommands(program);
  return program;
}

/** Runs the CLI with the given argv; exits non-zero with a one-line message on failure. */
export async function main(argv: string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`mot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
