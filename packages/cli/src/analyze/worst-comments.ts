/** Comments kept per touchpoint for the report's quotes. */
export const QUOTES_PER_TOUCHPOINT = 3;
/** Longest quote shown, in characters; longer comments are cut with an ellipsis. */
const MAX_QUOTE_CHARS = 240;

/** A customer's comment and the experience of its moment (−1..+1). */
export type TQuote = { text: string; value: number };

/**
 * The most negative comments per touchpoint, in one pass with bounded memory: a few per touchpoint, each
 * cut to a readable length. What customers said at a key moment makes its numbers concrete.
 */
export class WorstComments {
  private readonly kept = new Map<string, TQuote[]>();

  /** Offers a comment left at `touchpoint` by a moment of experience `value`. */
  add(touchpoint: string, value: number, comment: string): void {
    const text = comment.trim();
    if (text === '') return;
    const list = this.kept.get(touchpoint) ?? [];
    const worst = list[list.length - 1];
    if (list.length >= QUOTES_PER_TOUCHPOINT && worst && value >= worst.value) return;
    const chars = [...text];
    const shown = chars.length > MAX_QUOTE_CHARS ? `${chars.slice(0, MAX_QUOTE_CHARS).join('')}…` : text;
    if (list.some((q) => q.text === shown)) return;
    list.push({ text: shown, value });
    list.sort((a, b) => a.value - b.value);
    if (list.length > QUOTES_PER_TOUCHPOINT) list.pop();
    this.kept.set(touchpoint, list);
  }

  /** The kept quotes of a touchpoint, most negative first. */
  of(touchpoint: string): TQuote[] {
    return this.kept.get(touchpoint) ?? [];
  }
}
