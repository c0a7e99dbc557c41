/**
 * Bounded uniform sample of (measure value, outcome) pairs for floor discovery: bottom-k sampling
 * (Cohen & Kaplan 2007, "Summarizing data using bottom-k sketches"): each pair gets a priority, a seeded hash
 * of its episode key and moment, and the k pairs with the smallest priorities are kept. The kept set is a
 * uniform sample without replacement, and it does not depend on the order of the stream, so the merge of two
 * samples (keep the k smallest of their union) equals the sample of a single pass.
 */
import { AnalyticsInputError } from '../analytics/errors.ts';

/** The sampled pairs, in priority order, and how many pairs were offered. */
export type TSample = { seen: number; values: Float64Array; outcomes: Float64Array };

/** Keeps the `capacity` pairs of smallest priority in a binary max-heap on the priority. */
export class PairReservoir {
  readonly capacity: number;
  private seen = 0;
  private size = 0;
  private readonly priority: Float64Array;
  private readonly value: Float64Array;
  private readonly outcome: Float64Array;

  constructor(capacity: number) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) {
      throw new AnalyticsInputError('bad_option', 'options.reservoirSize', 'a positive integer');
    }
    this.capacity = capacity;
    this.priority = new Float64Array(capacity);
    this.value = new Float64Array(capacity);
    this.outcome = new Float64Array(capacity);
  }

  /** Pairs offered so far. */
  get offered(): number {
    return this.seen;
  }

  /** Offers a pair with its priority in [0, 1). */
  offer(priority: number, value: number, outcome: number): void {
    this.seen++;
    this.push(priority, value, outcome);
  }

  private push(priority: number, value: number, outcome: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      // Sift up.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((this.priority[parent] as number) >= priority) break;
        this.move(parent, i);
        i = parent;
      }
      this.put(i, priority, value, outcome);
      return;
    }
    // Full: the new pair replaces the largest priority when its own is smaller (53-bit priorities rarely tie).
    if (priority >= (this.priority[0] as number)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child =
        right < this.size && (this.priority[right] as number) > (this.priority[left] as number)
          ? right
          : left;
      if ((this.priority[child] as number) <= priority) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, priority, value, outcome);
  }

  private move(from: number, to: number): void {
    this.put(to, this.priority[from] as number, this.value[from] as number, this.outcome[from] as number);
  }

  private put(at: number, priority: number, value: number, outcome: number): void {
    this.priority[at] = priority;
    this.value[at] = value;
    this.outcome[at] = outcome;
  }

  /** Adds another reservoir's pairs (the same seed must have set both priorities). */
  merge(other: PairReservoir): this {
    for (let i = 0; i < other.size; i++) {
      this.push(other.priority[i] as number, other.value[i] as number, other.outcome[i] as number);
    }
    this.seen += other.seen;
    return this;
  }

  /** The kept pairs sorted by priority, so the result does not depend on the heap's layout. */
  sample(): TSample {
    const order = Array.from({ length: this.size }, (_, i) => i).sort(
      (a, b) => (this.priority[a] as number) - (this.priority[b] as number),
    );
    return {
      seen: this.seen,
      values: Float64Array.from(order, (i) => this.value[i] as number),
      outcomes: Float64Array.from(order, (i) => this.outcome[i] as number),
    };
  }
}
