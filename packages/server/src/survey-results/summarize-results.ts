/**
 * A survey's results from its answers (pure): per question its answers' distribution and, for a rating, its
 * score (score-question.ts); per matrix row the same; the headline NPS, CSAT and CES with their weekly trend.
 *
 * Which question heads each score: the question bound as `nps`, `csat` or `ces`. A survey that asks no
 * question bound as `csat` takes its overall satisfaction, else its first touchpoint rating, as its CSAT
 * (top-two-box share), as answer-model.ts makes a CSAT the overall when the survey asks no overall.
 */
import type { TResultAnswer } from './find-result-answers.ts';
import type { TResultChoice, TResultQuestion } from './result-questions.ts';
import { scoreRatings } from './score-question.ts';
import type { TScore, TScoreKind } from './score-question.ts';

/** How many answers took one value, and their share of the question's respondents. */
export type TDistributionBar = {
  value: string | number | boolean;
  label: string;
  count: number;
  share: number;
};

/** A matrix row's results. */
export type TRowResult = {
  value: string | number;
  label: string;
  n: number;
  distribution: TDistributionBar[];
  score: TScore | null;
};

/** A question's results. */
export type TQuestionResult = {
  name: string;
  type: TResultQuestion['type'];
  role: TResultQuestion['role'];
  title: string;
  /** Answers that answered it. */
  n: number;
  distribution: TDistributionBar[];
  score: TScore | null;
  rows: TRowResult[];
};

/** The headline scores. */
export type THeadline = 'nps' | 'csat' | 'ces';

/** One week of the headline scores (`week`: its Monday, in the workspace's time zone). */
export type TTrendWeek = { week: string; answers: number } & Partial<Record<THeadline, TScore | null>>;

/** What `summarizeResults` answers. */
export type TResultSummary = {
  answers: number;
  headline: Record<THeadline, { question: string; title: string; score: TScore | null } | null>;
  questions: TQuestionResult[];
  trend: TTrendWeek[];
};

const KIND_OF_ROLE: Partial<Record<string, TScoreKind>> = { nps: 'nps', csat: 'csat', ces: 'ces' };

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

/** The kind a question is scored as, or null for a question that is not a rating. */
export function scoreKindOf(q: TResultQuestion): TScoreKind | null {
  if (q.type !== 'rating') return null;
  return KIND_OF_ROLE[q.role ?? ''] ?? 'mean';
}

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

/** The question heading each headline score, and the kind it is scored as. */
export function headlineQuestions(
  questions: readonly TResultQuestion[],
): Record<THeadline, TResultQuestion | undefined> {
  const ratings = questions.filter((q) => q.type === 'rating');
  const byRole = (role: string) => ratings.find((q) => q.role === role);
  return {
    nps: byRole('nps'),
    csat: byRole('csat') ?? byRole('overall') ?? byRole('touchpoint_rating'),
    ces: byRole('ces'),
  };
}

/** The Monday (YYYY-MM-DD) of the week holding `instant` in `timeZone`. */
export function weekOf(instant: Date, timeZone: string): string {
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
export function summarizeResults(
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
