/** The distribution of a measure's values as a histogram whose range also holds the given marks. */

/** A bin [from, to) with its count (the last bin holds its upper edge). */
export type TBin = { from: number; to: number; count: number };

/**
 * Integer-valued measures with few distinct values (yes/no, counts) get one bin per integer; others `bins`
 * equal bins from the lowest to the highest of the values and marks (target, floor).
 */
export function histogramOf(values: readonly number[], marks: readonly number[], bins = 20): TBin[] {
  if (values.length === 0) return [];
  const all = [...values, ...marks.filter(Number.isFinite)];
  let low = Infinity;
  let high = -Infinity;
  for (const v of all) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (all.every(Number.isInteger) && high - low < bins) {
    const out: TBin[] = [];
    for (let v = low; v <= high; v++) out.push({ from: v - 0.5, to: v + 0.5, count: 0 });
    for (const v of values) {
      const bin = out[v - low];
      if (bin) bin.count++;
    }
    return out;
  }
  if (high === low) return [{ from: low, to: high, count: values.length }];
  const width = (high - low) / bins;
  const out: TBin[] = Array.from({ length: bins }, (_, i) => ({
    from: low + i * width,
    to: i === bins - 1 ? high : low + (i + 1) * width,
    count: 0,
  }));
  for (const v of values) {
    const bin = out[Math.min(bins - 1, Math.floor((v - low) / width))];
    if (bin) bin.count++;
  }
  return out;
}
