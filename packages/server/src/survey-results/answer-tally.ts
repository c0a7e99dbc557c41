/**
 * What the database counts of a survey's answers for its results (count-answer-values.ts), and the counts
 * as summarize-results.ts reads them. Each item is one value taken from every selected answer; the database
 * groups the answers by item, value (and week, for the items a trend needs) and counts them, so a result
 * reads a few hundred rows whatever the number of answers.
 */
import type { TResultQuestion } from './result-questions.ts';

/** One value counted of every answer. */
export type TTallyItem =
  /** The answer itself (value null): how many answers, per week. */
  | { kind: 'answer' }
  /** Whether a question is answered (`true`, else null): for text and matrix questions, whose values are many. */
  | { kind: 'answered'; question: string }
  /** A question's answer as given (an array for several choices), per week when a headline needs it. */
  | { kind: 'value'; question: string; weekly: boolean }
  /** A matrix row's answer (`answers[question][row]`). */
  | { kind: 'cell'; question: string; row: string };

/** How many answers gave `value` to an item (in `week`, a Monday as YYYY-MM-DD, when counted per week). */
export type TTallyCount = { item: number; week: string | null; value: unknown; count: number };

/**
 * Where a value not among a question's choices first appears: the first answer giving it, by submission
 * instant (microseconds since 1970, as text) and id, and its place in that answer's array (1 for a single
 * value). Such values are shown after the choices, in the order they first appear.
 */
export type TFirstPlace = { item: number; value: unknown; micros: string; id: string; ord: number };

/** The items counted for `questions`: the answer, then per question its value, or its rows, or whether answered. */
export function tallyItemsOf(
  questions: readonly TResultQuestion[],
  weekly: ReadonlySet<string>,
): TTallyItem[] {
  const items: TTallyItem[] = [{ kind: 'answer' }];
  for (const q of questions) {
    if (q.type === 'matrix') {
      items.push({ kind: 'answered', question: q.name });
      for (const row of q.rows) items.push({ kind: 'cell', question: q.name, row: String(row.value) });
    } else if (q.choices.length === 0 && q.type !== 'rating') {
      items.push({ kind: 'answered', question: q.name });
    } else {
      items.push({ kind: 'value', question: q.name, weekly: weekly.has(q.name) });
    }
  }
  return items;
}

/** Whether a value counts as an answer: given, and not null, an empty text or an empty list. */
export const isAnswered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** A value's identity: equal JSON is one value (so 3 and "3" are two). */
export const keyOf = (v: unknown): string => JSON.stringify(v);

/** A value a distribution can show as a bar. */
export const isBarValue = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Whether first place `a` comes before `b`: by instant, then answer id, then place in the answer. */
export function comesBefore(a: TFirstPlace, b: TFirstPlace): number {
  const [ma, mb] = [BigInt(a.micros), BigInt(b.micros)];
  if (ma !== mb) return ma < mb ? -1 : 1;
  // A uuid's lower-case text sorts as its bytes, which is how PostgreSQL orders uuids.
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.ord - b.ord;
}
