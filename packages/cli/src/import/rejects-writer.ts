import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { REJECTS_HEADER, rejectsLine } from '@mot/core/import';

/** Default rejects file of an input file: `<file>.rejects.csv` beside it. */
export function defaultRejectsPath(file: string): string {
  return `${file}.rejects.csv`;
}

/**
 * Writes rejected rows as CSV (`line,reason,row`: the line the row starts on, why it was rejected, and the
 * original text of the row) so they can be fixed and imported again. The file is created at the first
 * reject; a rejects file left by an earlier run is removed first, so the file always describes the last run.
 */
export class RejectsWriter {
  count = 0;
  private stream: WriteStream | undefined;

  constructor(readonly path: string) {}

  /** Removes the rejects file of an earlier run of the same import. */
  async reset(): Promise<void> {
    await rm(this.path, { force: true });
  }

  /** Appends one rejected row; waits when the disk is slower than the import (backpressure). */
  async write(line: number, reason: string, row: string): Promise<void> {
    if (!this.stream) {
      this.stream = createWriteStream(this.path, { encoding: 'utf8' });
      this.stream.write(REJECTS_HEADER);
    }
    this.count += 1;
    if (!this.stream.write(rejectsLine(line, reason, row))) await once(this.stream, 'drain');
  }

  /** Flushes and closes the file, if one was opened. */
  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
