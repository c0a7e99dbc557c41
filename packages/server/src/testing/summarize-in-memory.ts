/**
 * The results as they were summed before the database summed them (survey-results/count-answer-values.ts):
 * every selected answer read into memory and counted here, scored by core's methods on the list of answers
 * (an NPS shown as the product shows it, `npsScoreOf`). Kept only as the reference the tests hold the
 * database's counts to (survey-results/summarize-results.test.ts); nothing else uses it.
 */
import { meanInterval, scoreCes, scoreCsat, scoreNps } from '@mot/core';
import type { TResultAnswer } from '../survey-results/find-result-answers.ts';
import type { TResultChoice, TResultQuestion } from '../survey-results/result-questions.ts';
import { npsScoreOf } from '../survey-results/score-question.ts';
import type { TScore, TScoreKind } from '../survey-results/score-question.ts';
import { headlineQuestions, scoreKindOf } from '../survey-results/summarize-results.ts';
import type {
  TDistributionBar,
  THeadline,
  TQuestionResult,
  TResultSummary,
  TRowResult,
  TTrendWeek,
} from '../survey-results/summarize-results.ts';

/** The numbers answered to a rating, within its scale (an older version's other scale left out). */
function ratingsOf(q: TResultQuestion, answers: readonly TResultAnswer[]): number[] {
  const scale = q.scale ?? { min: -Infinity, max: Infinity };
  return answers.flatMap((a) => {
    const v = a.answers[q.name];
    return typeof v === 'number' && v >= scale.min && v <= scale.max ? [v] : [];
  });
}

/** Counts per choice (values not among the choices after them, as given), shares of `n`. */
function distributionOf(
  choices: readonly TResultChoice[],
  given: readonly unknown[],
  n: number,
): TDistributionBar[] {
  const counts = new Map<string, { choice: TResultChoice; count: number }>();
  const keyOf = (v: unknown) => JSON.stringify(v);
  for (const choice of choices) counts.set(keyOf(choice.value), { choice, count: 0 });
  for (const v of given) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    const found = counts.get(keyOf(v)) ?? { choice: { value: v, label: String(v) }, count: 0 };
    found.count += 1;
    counts.set(keyOf(v), found);
  }
  return [...counts.values()].map(({ choice, count }) => ({
    value: choice.value,
    label: choice.label,
    count,
    share: n > 0 ? count / n : 0,
  }));
}

const isAnswered = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

function questionResult(q: TResultQuestion, answers: readonly TResultAnswer[]): TQuestionResult {
  const answered = answers.filter((a) => isAnswered(a.answers[q.name]));
  const given = answered.flatMap((a) => {
    const v = a.answers[q.name];
    return Array.isArray(v) ? v : [v];
  });
  const kind = scoreKindOf(q);
  const rows: TRowResult[] =
    q.type !== 'matrix'
      ? []
      : q.rows.map((row) => {
          const cells = answered.flatMap((a) => {
            const v = (a.answers[q.name] as Record<string, unknown>)[String(row.value)];
            return isAnswered(v) ? [v] : [];
          });
          const numeric = q.choices.every((c) => typeof c.value === 'number');
          const values = cells.filter((v): v is number => typeof v === 'number');
          return {
            value: row.value as string | number,
            label: row.label,
            n: cells.length,
            distribution: distributionOf(q.choices, cells, cells.length),
            score: numeric ? scoreRatings('mean', values, { min: -Infinity, max: Infinity }) : null,
          };
        });
  return {
    name: q.name,
    type: q.type,
    role: q.role,
    title: q.title,
    n: answered.length,
    distribution:
      q.type === 'matrix' || q.choices.length === 0 ? [] : distributionOf(q.choices, given, answered.length),
    score: kind && q.scale ? scoreRatings(kind, ratingsOf(q, answered), q.scale) : null,
    rows,
  };
}

/** The Monday (YYYY-MM-DD) of the week holding `instant` in `timeZone`. */
function weekOf(instant: Date, timeZone: string): string {
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(instant)
    .split('-')
    .map(Number);
  const day = new Date(Date.UTC(local[0] as number, (local[1] as number) - 1, local[2] as number));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The results of `answers` (oldest first) to `questions`, weeks in `timeZone`. */
export function summarizeInMemory(
  questions: readonly TResultQuestion[],
  answers: readonly TResultAnswer[],
  timeZone: string,
): TResultSummary {
  const heads = headlineQuestions(questions);
  const headKinds: Record<THeadline, TScoreKind> = { nps: 'nps', csat: 'csat', ces: 'ces' };
  const scoreHead = (h: THeadline, of: readonly TResultAnswer[]) => {
    const q = heads[h];
    return q?.scale ? scoreRatings(headKinds[h], ratingsOf(q, of), q.scale) : null;
  };
  const headline = Object.fromEntries(
    (['nps', 'csat', 'ces'] as const).map((h) => {
      const q = heads[h];
      return [h, q ? { question: q.name, title: q.title, score: scoreHead(h, answers) } : null];
    }),
  ) as TResultSummary['headline'];
  const weeks = new Map<string, TResultAnswer[]>();
  for (const a of answers) {
    const week = weekOf(a.submittedAt, timeZone);
    const of = weeks.get(week);
    if (of) of.push(a);
    else weeks.set(week, [a]);
  }
  const trend = [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, of]) => {
      const point: TTrendWeek = { week, answers: of.length };
      for (const h of ['nps', 'csat', 'ces'] as const) if (heads[h]) point[h] = scoreHead(h, of);
      return point;
    });
  return {
    answers: answers.length,
    headline,
    questions: questions.map((q) => questionResult(q, answers)),
    trend,
  };
}

/** The score of `values` (answers on `scale`, already checked) as `kind`; null without answers. */
function scoreRatings(
  kind: TScoreKind,
  values: readonly number[],
  scale: { min: number; max: number },
): TScore | null {
  const n = values.length;
  if (n === 0) return null;
  switch (kind) {
    case 'nps': {
      return npsScoreOf(scoreNps(values));
    }
    case 'csat': {
      // Top two boxes of the question's own scale (of a 1-5 CSAT: 4 and 5).
      const s = scoreCsat(values, { scale, topBoxes: Math.min(2, scale.max - scale.min) });
      return { kind, n, estimate: s.share, lower: s.lower, upper: s.upper };
    }
    case 'ces':
    case 'mean': {
      if (n < 2) return { kind, n, estimate: values[0] as number, lower: null, upper: null };
      const s = kind === 'ces' ? scoreCes(values, { scale }) : meanInterval(values);
      return { kind, n, estimate: s.estimate, lower: s.lower, upper: s.upper };
    }
  }
}
