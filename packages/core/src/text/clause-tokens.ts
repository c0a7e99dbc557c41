import type { TClause } from './clauses.ts';
import { tokenizeChinese } from './features-zh.ts';

/** Segments a Chinese comment once and hands each clause its own words (jieba is the costly step). */
export function clauseTokenizer(text: string): (clause: TClause) => string[] | undefined {
  const tokens = tokenizeChinese(text);
  const starts: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    starts.push(pos);
    pos += t.length;
  }
  // jieba keeps every character; if it ever did not, clauses are segmented on their own.
  if (pos !== text.length) return () => undefined;
  return (clause) => {
    // Clauses come in order, so a binary search finds the first word of each.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < clause.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < starts.length && (starts[end] ?? 0) < clause.end) end++;
    return tokens.slice(lo, end);
  };
}
