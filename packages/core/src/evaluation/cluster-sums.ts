/**
 * Per-cell totals and per-cluster cross products of a group x week table, from which
 * `clustered-contrast.ts` computes cluster-robust variances of any contrast of cell means. Observations come
 * in any order, so nothing has to be sorted by customer first. A cluster's cross products need all its
 * observations, so `add` keeps them until `endClusters`: appended to one of 256 partitions by the cluster's
 * key (radix partitioning, which writes each row to the tail of one of few buffers instead of to a place of
 * its own in a structure as large as all the data: Boncz, Manegold & Kersten 1999, "Database architecture
 * optimized for the new bottleneck: memory access", VLDB), then each partition, small enough to stay in the
 * processor's cache, grouped by cluster with a hash table and a counting sort.
 * Memory: 3 K² numbers for K cells, plus 26 bytes per observation row until `endClusters`.
 */

/** Totals of one cell: observations, sum, sum of squares, clusters (customers) with an observation. */
export type TCellTotals = { n: number; sum: number; sumSquares: number; clusters: number };

/** A cluster's key: a non-empty string or a safe integer, the same value for every observation of it. */
export type TClusterKey = string | number;

const PARTITION_BITS = 8;
const PARTITION_MASK = (1 << PARTITION_BITS) - 1;
const TWO_32 = 4_294_967_296;

/** Rows of a partition's first chunk; each next chunk doubles, up to LARGEST_CHUNK. */
const FIRST_CHUNK = 64;
const LARGEST_CHUNK = 8192;

/**
 * The rows of one partition: cluster key, cell, count and shifted sum, in chunks (a partition grows without
 * copying what it holds, and a small one stays small).
 */
class Partition {
  size = 0;
  readonly chunks: Array<{ keys: Float64Array; cells: Uint16Array; n: Float64Array; s: Float64Array }> = [];
  /** Free rows left in the last chunk. */
  room = 0;
  keys = new Float64Array(0);
  cells = new Uint16Array(0);
  n = new Float64Array(0);
  s = new Float64Array(0);

  /** Adds a chunk; called when the last one is full. */
  grow(): void {
    const rows = Math.min(LARGEST_CHUNK, this.keys.length === 0 ? FIRST_CHUNK : 2 * this.keys.length);
    this.keys = new Float64Array(rows);
    this.cells = new Uint16Array(rows);
    this.n = new Float64Array(rows);
    this.s = new Float64Array(rows);
    this.chunks.push({ keys: this.keys, cells: this.cells, n: this.n, s: this.s });
    this.room = rows;
  }
}

/** A partition's rows in one place, for grouping; reused from one partition to the next. */
class Flat {
  keys = new Float64Array(0);
  cells = new Uint16Array(0);
  n = new Float64Array(0);
  s = new Float64Array(0);

  /** Copies the partition's chunks in, one after another. */
  fill(partition: Partition): void {
    if (this.keys.length < partition.size) {
      let rows = Math.max(1024, this.keys.length);
      while (rows < partition.size) rows *= 2;
      this.keys = new Float64Array(rows);
      this.cells = new Uint16Array(rows);
      this.n = new Float64Array(rows);
      this.s = new Float64Array(rows);
    }
    let at = 0;
    for (const chunk of partition.chunks) {
      const used = Math.min(chunk.keys.length, partition.size - at);
      this.keys.set(used === chunk.keys.length ? chunk.keys : chunk.keys.subarray(0, used), at);
      this.cells.set(used === chunk.keys.length ? chunk.cells : chunk.cells.subarray(0, used), at);
      this.n.set(used === chunk.keys.length ? chunk.n : chunk.n.subarray(0, used), at);
      this.s.set(used === chunk.keys.length ? chunk.s : chunk.s.subarray(0, used), at);
      at += used;
    }
  }
}

/** A hash of a numeric key to `bits` bits (Fibonacci hashing of both 32-bit halves). */
function hashOf(key: number, bits: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / TWO_32) | 0;
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
}

/**
 * Accumulates, over clusters g, with s_gk the cluster's (shifted) sum in cell k and n_gk its count:
 *   SS[a][b] = Σ_g s_ga s_gb,  SN[a][b] = Σ_g s_ga n_gb,  NN[a][b] = Σ_g n_ga n_gb.
 * The shift (a constant subtracted from every value, the first value seen) leaves every residual unchanged
 * and keeps the sums small, against cancellation in the variance.
 */
export class ClusterSums {
  readonly cells: number;
  readonly ss: Float64Array;
  readonly sn: Float64Array;
  readonly nn: Float64Array;
  readonly n: Float64Array;
  readonly sum: Float64Array;
  readonly sumSquares: Float64Array;
  readonly clusters: Float64Array;
  shift = NaN;
  private partitions: Partition[] = [];
  /** String keys as numbers that no integer key can be: 0.5, 1.5, 2.5... */
  private named = new Map<string, number>();
  private readonly currentN: Float64Array;
  private readonly currentS: Float64Array;

  /** `cells`: K, at most 65,535 (a window has 2 x MAX_EVALUATION_WEEKS cells at most). */
  constructor(cells: number) {
    this.cells = cells;
    this.ss = new Float64Array(cells * cells);
    this.sn = new Float64Array(cells * cells);
    this.nn = new Float64Array(cells * cells);
    this.n = new Float64Array(cells);
    this.sum = new Float64Array(cells);
    this.sumSquares = new Float64Array(cells);
    this.clusters = new Float64Array(cells);
    this.currentN = new Float64Array(cells);
    this.currentS = new Float64Array(cells);
    this.clear();
  }

  /** Adds observations of a cluster to a cell; the cluster's other observations may come before or after. */
  add(cluster: TClusterKey, cell: number, n: number, sum: number, sumSquares: number): void {
    if (Number.isNaN(this.shift)) this.shift = sum / n;
    const key = typeof cluster === 'number' ? cluster : this.keyOf(cluster);
    const partition = this.partitions[key & PARTITION_MASK] as Partition;
    if (partition.room === 0) partition.grow();
    const at = partition.keys.length - partition.room--;
    partition.size++;
    partition.keys[at] = key;
    partition.cells[at] = cell;
    partition.n[at] = n;
    partition.s[at] = sum - this.shift * n;
    this.n[cell] = (this.n[cell] as number) + n;
    this.sum[cell] = (this.sum[cell] as number) + sum;
    this.sumSquares[cell] = (this.sumSquares[cell] as number) + sumSquares;
  }

  /**
   * Closes every cluster added so far: adds its cross products (cost: its cells squared), counts it in its
   * cells and passes its cells to `visit`; then frees the rows. A cluster added again afterwards counts as a
   * new one.
   */
  endClusters(visit: (cells: readonly number[]) => void): void {
    const touched: number[] = [];
    const flat = new Flat();
    for (const partition of this.partitions) {
      flat.fill(partition);
      const { order, starts, clusters } = groupByCluster(flat.keys, partition.size);
      const { cells, n, s } = flat;
      for (let c = 0; c < clusters; c++) {
        touched.length = 0;
        for (let i = starts[c] as number; i < (starts[c + 1] as number); i++) {
          const row = order[i] as number;
          const cell = cells[row] as number;
          if (this.currentN[cell] === 0) touched.push(cell);
          this.currentN[cell] = (this.currentN[cell] as number) + (n[row] as number);
          this.currentS[cell] = (this.currentS[cell] as number) + (s[row] as number);
        }
        this.addCrossProducts(touched);
        visit(touched);
      }
    }
    this.clear();
  }

  /** Totals of a cell. */
  totals(cell: number): TCellTotals {
    return {
      n: this.n[cell] as number,
      sum: this.sum[cell] as number,
      sumSquares: this.sumSquares[cell] as number,
      clusters: this.clusters[cell] as number,
    };
  }

  /** Adds one cluster's cross products over its cells and clears its sums. */
  private addCrossProducts(touched: readonly number[]): void {
    const k = this.cells;
    for (const a of touched) {
      const sa = this.currentS[a] as number;
      const na = this.currentN[a] as number;
      this.clusters[a] = (this.clusters[a] as number) + 1;
      for (const b of touched) {
        const i = a * k + b;
        const sb = this.currentS[b] as number;
        const nb = this.currentN[b] as number;
        this.ss[i] = (this.ss[i] as number) + sa * sb;
        this.sn[i] = (this.sn[i] as number) + sa * nb;
        this.nn[i] = (this.nn[i] as number) + na * nb;
      }
    }
    for (const a of touched) {
      this.currentN[a] = 0;
      this.currentS[a] = 0;
    }
  }

  private keyOf(cluster: string): number {
    let key = this.named.get(cluster);
    if (key === undefined) {
      key = this.named.size + 0.5;
      this.named.set(cluster, key);
    }
    return key;
  }

  private clear(): void {
    this.partitions = Array.from({ length: PARTITION_MASK + 1 }, () => new Partition());
    this.named = new Map();
  }
}

/**
 * The first `rows` keys grouped by cluster: `order` lists row indexes cluster after cluster (clusters in the
 * order first seen, each cluster's rows in the order added), cluster c's at starts[c]..starts[c + 1] - 1.
 */
function groupByCluster(
  keys: Float64Array,
  rows: number,
): { order: Int32Array; starts: Int32Array; clusters: number } {
  let bits = 4;
  while (1 << bits < 2 * rows) bits++;
  const mask = (1 << bits) - 1;
  const tableKeys = new Float64Array(1 << bits);
  const tableClusters = new Int32Array(1 << bits).fill(-1);
  const clusterOf = new Int32Array(rows);
  let clusters = 0;
  for (let row = 0; row < rows; row++) {
    const key = keys[row] as number;
    // Open addressing with linear probing; the table is at most half full.
    let h = hashOf(key, bits);
    for (;;) {
      const found = tableClusters[h] as number;
      if (found < 0) {
        tableKeys[h] = key;
        tableClusters[h] = clusters;
        clusterOf[row] = clusters++;
        break;
      }
      if (tableKeys[h] === key) {
        clusterOf[row] = found;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  // Counting sort of the rows by cluster (stable).
  const starts = new Int32Array(clusters + 1);
  for (let row = 0; row < rows; row++) {
    const c = clusterOf[row] as number;
    starts[c + 1] = (starts[c + 1] as number) + 1;
  }
  for (let c = 0; c < clusters; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const next = starts.slice(0, clusters);
  const order = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const c = clusterOf[row] as number;
    order[next[c] as number] = row;
    next[c] = (next[c] as number) + 1;
  }
  return { order, starts, clusters };
}
