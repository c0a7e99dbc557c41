import { Command } from 'commander';
import { registerKanoCommand } from '../commands/kano.ts';
import { registerServqualCommand } from '../commands/servqual.ts';

/** A text sink that keeps what it is given. */
export type TCollector = { text: string; write(s: string): void };

function collector(): TCollector {
  return {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
}

/** Runs `mot <args>` with the study commands registered; returns what went to stdout and stderr. */
export async function runStudyCommand(args: string[]): Promise<{ out: string; err: string }> {
  const out = collector();
  const err = collector();
  const program = new Command('mot')
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  registerKanoCommand(program, out, err);
  registerServqualCommand(program, out, err);
  await program.parseAsync(['node', 'mot', ...args]);
  return { out: out.text, err: err.text };
}
