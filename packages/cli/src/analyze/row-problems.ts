/** Rows kept as examples of what went wrong; the rest are only counted. */
const MAX_EXAMPLES = 5;

/** Counts rows read and rejected across the input files, keeping the first few problems with their line. */
export class RowProblems {
  read = 0;
  rejected = 0;
  readonly examples: { file: string; line: number; reason: string }[] = [];

  /** Records a rejected row. */
  add(file: string, line: number, reason: string): void {
    this.rejected++;
    this.note(file, line, reason);
  }

  /** Keeps a problem as an example without rejecting the row (a bad outcome cell beside a good moment). */
  note(file: string, line: number, reason: string): void {
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ file, line, reason });
  }
}
