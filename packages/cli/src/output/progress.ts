import { SingleBar } from 'cli-progress';

/** A progress display for long work measured in bytes (or any unit), with a rows/s rate beside it. */
export type TProgress = {
  /** Reports how far the work is: `done` of the total (which may be given or corrected here), and the rows so far. */
  update(done: number, rows: number, total?: number): void;
  /** Removes the bar; call once the work ends, successfully or not. */
  stop(): void;
};

/** Options of `startProgress`. */
export type TProgressOptions = {
  /** How much work there is; may be left out here and given with the first update. */
  total?: number;
  /** What `done` counts: bytes are shown in KB/MB/GB. */
  unit: 'bytes' | 'rows';
  stream?: NodeJS.WriteStream;
};

/**
 * Starts a progress bar on stderr (by default). When the stream is not a terminal (a pipe, a CI log)
 * nothing is drawn: callers print a final summary instead.
 */
export function startProgress(options: TProgressOptions): TProgress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const show = options.unit === 'bytes' ? formatBytes : (n: number) => String(n);
  const bar = new SingleBar({
    stream,
    format: '{bar} {percentage}% | {shown} | {rows} rows | {rate} rows/s | {duration_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  });
  let total = options.total ?? 0;
  let isStopped = false;
  const payload = (done: number, rows: number) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return { shown: `${show(done)}/${show(total)}`, rows, rate: Math.round(rows / seconds) };
  };
  bar.start(Math.max(total, 1), 0, payload(0, 0));
  return {
    update: (done, rows, newTotal) => {
      if (newTotal !== undefined && newTotal !== total) {
        total = newTotal;
        bar.setTotal(Math.max(total, 1));
      }
      bar.update(done, payload(done, rows));
    },
    stop: () => {
      if (isStopped) return;
      isStopped = true;
      bar.stop();
    },
  };
}

/** Bytes in a short human form: 512 B, 3.4 MB, 1.2 GB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
