/**
 * A survey's results from the counts of its answers' values (pure; the database counts them,
 * count-answer-values.ts): per question its answers' distribution and, for a rating, its score
 * (score-question.ts); per matrix row the same; the headline NPS, CSAT and CES with their weekly trend.
 *
 * Which question heads each score: the question bound as `nps`, `csat` or `ces`. A survey that asks no
 * question bound as `csat` takes its overall satisfaction, else its first touchpoint rating, as its CSAT
 * (top-two-box share), as answer-model.ts makes a CSAT the overall when the survey asks no overall.
 */
import { comesBefore, isAnswered, isBarValue, keyOf } from './answer-tally.ts';
import type { TFirstPlace, TTallyCount, TTallyItem } from './answer-tally.ts';
import type { TResultChoice, TResultQuestion } from './result-questions.ts';
import { scoreCounts } from './score-question.ts';
import type { TRatingCounts, TScore, TScoreKind } from './score-question.ts';

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

/** The kind a question is scored as, or null for a question that is not a rating. */
export function scoreKindOf(q: TResultQuestion): TScoreKind | null {
  if (q.type !== 'rating') return null;
  return KIND_OF_ROLE[q.role ?? ''] ?? 'mean';
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

/** What `summarizeResults` reads: the items counted, their counts, and where values off the choices first appear. */
export type TAnswerTally = {
  items: readonly TTallyItem[];
  counts: readonly TTallyCount[];
  firstPlaces: readonly TFirstPlace[];
};

type TGiven = { value: unknown; count: number };

/** The counts of each item by value, over every week or in one. */
class TallyIndex {
  private readonly byItem = new Map<number, TTallyCount[]>();

  constructor(counts: readonly TTallyCount[]) {
    for (const c of counts) {
      const of = this.byItem.get(c.item);
      if (of) of.push(c);
      else this.byItem.set(c.item, [c]);
    }
  }

  /** Item `item`'s values with their counts (in `week` only, when given), equal values once. */
  given(item: number, week?: string): TGiven[] {
    const merged = new Map<string, TGiven>();
    for (const c of this.byItem.get(item) ?? []) {
      if (week !== undefined && c.week !== week) continue;
      const key = keyOf(c.value);
      const found = merged.get(key);
      if (found) found.count += c.count;
      else merged.set(key, { value: c.value, count: c.count });
    }
    return [...merged.values()];
  }
}

const total = (given: readonly TGiven[]) => given.reduce((sum, g) => sum + g.count, 0);

/** The values of answers to a question that is not a matrix, each choice of a list once per answer. */
function elementsOf(given: readonly TGiven[]): TGiven[] {
  return given.flatMap(({ value, count }) =>
    isAnswered(value)
      ? (Array.isArray(value) ? value : [value]).map((v: unknown) => ({ value: v, count }))
      : [],
  );
}

/** The numbers given within `scale` (a rating's; an older version's other scale left out), with their counts. */
function numbersOf(given: readonly TGiven[], scale: { min: number; max: number }): TRatingCounts {
  return given.flatMap(({ value, count }) =>
    typeof value === 'number' && value >= scale.min && value <= scale.max ? [{ value, count }] : [],
  );
}

/** The values among `given` that are bars but not among `choices`. */
function offChoices(choices: readonly TResultChoice[], given: readonly TGiven[]): unknown[] {
  const known = new Set(choices.map((c) => keyOf(c.value)));
  const off = new Map<string, unknown>();
  for (const { value } of given)
    if (isBarValue(value) && !known.has(keyOf(value))) off.set(keyOf(value), value);
  return [...off.values()];
}

/**
 * Per choice the answers that took it (values not among the choices after them, in the order they first
 * appear), shares of `n`.
 */
function distributionOf(
  choices: readonly TResultChoice[],
  given: readonly TGiven[],
  n: number,
  firstPlaces: ReadonlyMap<string, TFirstPlace>,
): TDistributionBar[] {
  const counts = new Map<string, { choice: TResultChoice; count: number }>();
  for (const choice of choices) counts.set(keyOf(choice.value), { choice, count: 0 });
  const off = new Map<string, { choice: TResultChoice; count: number }>();
  for (const { value, count } of given) {
    if (!isBarValue(value)) continue;
    const key = keyOf(value);
    const found = counts.get(key) ?? off.get(key);
    if (found) found.count += count;
    else off.set(key, { choice: { value, label: String(value) }, count });
  }
  const placeOf = (key: string) => firstPlaces.get(key);
  const ordered = [...off.entries()].sort(([a], [b]) => {
    const [pa, pb] = [placeOf(a), placeOf(b)];
    if (pa && pb) return comesBefore(pa, pb);
    return pa ? -1 : pb ? 1 : a.localeCompare(b);
  });
  return [...counts.values(), ...ordered.map(([, bar]) => bar)].map(({ choice, count }) => ({
    value: choice.value,
    label: choice.label,
    count,
    share: n > 0 ? count / n : 0,
  }));
}

/** The index of each item, by kind, question and row. */
function itemIndex(items: readonly TTallyItem[]): (key: string) => number {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const key =
      item.kind === 'answer'
        ? 'answer'
        : item.kind === 'cell'
          ? `cell ${keyOf([item.question, item.row])}`
          : `${item.kind} ${keyOf(item.question)}`;
    index.set(key, i);
  });
  return (key) => index.get(key) ?? -1;
}

const valueItem = (question: string) => `value ${keyOf(question)}`;
const answeredItem = (question: string) => `answered ${keyOf(question)}`;
const cellItem = (question: string, row: string) => `cell ${keyOf([question, row])}`;

/**
 * The values off the choices that were given, per item (a question's value, a matrix row's): where they
 * first appear orders them after the choices (find-first-places.ts).
 */
export function valuesOffChoices(
  questions: readonly TResultQuestion[],
  tally: Pick<TAnswerTally, 'items' | 'counts'>,
): Array<{ item: number; question: string; row?: string; values: unknown[] }> {
  const index = new TallyIndex(tally.counts);
  const find = itemIndex(tally.items);
  return questions.flatMap((q) => {
    if (q.type === 'matrix') {
      return q.rows.flatMap((r) => {
        const row = String(r.value);
        const item = find(cellItem(q.name, row));
        const values = offChoices(
          q.choices,
          index.given(item).filter((g) => isAnswered(g.value)),
        );
        return values.length > 0 ? [{ item, question: q.name, row, values }] : [];
      });
    }
    const item = find(valueItem(q.name));
    if (item < 0 || q.choices.length === 0) return [];
    const values = offChoices(q.choices, elementsOf(index.given(item)));
    return values.length > 0 ? [{ item, question: q.name, values }] : [];
  });
}

/** The results of the answers `tally` counts for `questions`. */
export function summarizeResults(questions: readonly TResultQuestion[], tally: TAnswerTally): TResultSummary {
  const index = new TallyIndex(tally.counts);
  const find = itemIndex(tally.items);
  const placesOf = (item: number) =>
    new Map(tally.firstPlaces.filter((p) => p.item === item).map((p) => [keyOf(p.value), p]));

  const questionResult = (q: TResultQuestion): TQuestionResult => {
    const kind = scoreKindOf(q);
    const common = { name: q.name, type: q.type, role: q.role, title: q.title };
    if (q.type === 'matrix') {
      const numeric = q.choices.every((c) => typeof c.value === 'number');
      const rows: TRowResult[] = q.rows.map((r) => {
        const item = find(cellItem(q.name, String(r.value)));
        const cells = index.given(item).filter((g) => isAnswered(g.value));
        const n = total(cells);
        return {
          value: r.value as string | number,
          label: r.label,
          n,
          distribution: distributionOf(q.choices, cells, n, placesOf(item)),
          score: numeric
            ? scoreCounts('mean', numbersOf(cells, { min: -Infinity, max: Infinity }), {
                min: -Infinity,
                max: Infinity,
              })
            : null,
        };
      });
      const n = total(index.given(find(answeredItem(q.name))).filter((g) => g.value === true));
      return { ...common, n, distribution: [], score: null, rows };
    }
    const item = find(valueItem(q.name));
    if (item < 0) {
      const n = total(index.given(find(answeredItem(q.name))).filter((g) => g.value === true));
      return { ...common, n, distribution: [], score: null, rows: [] };
    }
    const answered = index.given(item).filter((g) => isAnswered(g.value));
    const n = total(answered);
    return {
      ...common,
      n,
      distribution:
        q.choices.length === 0 ? [] : distributionOf(q.choices, elementsOf(answered), n, placesOf(item)),
      score: kind && q.scale ? scoreCounts(kind, numbersOf(answered, q.scale), q.scale) : null,
      rows: [],
    };
  };

  const heads = headlineQuestions(questions);
  const headKinds: Record<THeadline, TScoreKind> = { nps: 'nps', csat: 'csat', ces: 'ces' };
  const scoreHead = (h: THeadline, week?: string) => {
    const q = heads[h];
    return q?.scale
      ? scoreCounts(headKinds[h], numbersOf(index.given(find(valueItem(q.name)), week), q.scale), q.scale)
      : null;
  };
  const headline = Object.fromEntries(
    (['nps', 'csat', 'ces'] as const).map((h) => {
      const q = heads[h];
      return [h, q ? { question: q.name, title: q.title, score: scoreHead(h) } : null];
    }),
  ) as TResultSummary['headline'];
  const weeks = tally.counts.filter((c) => c.item === find('answer') && c.week !== null);
  const trend = [...weeks]
    .sort((a, b) => (a.week ?? '').localeCompare(b.week ?? ''))
    .map(({ week, count }) => {
      const point: TTrendWeek = { week: week ?? '', answers: count };
      for (const h of ['nps', 'csat', 'ces'] as const) if (heads[h]) point[h] = scoreHead(h, week ?? '');
      return point;
    });
  return {
    answers: total(index.given(find('answer'))),
    headline,
    questions: questions.map(questionResult),
    trend,
  };
}
