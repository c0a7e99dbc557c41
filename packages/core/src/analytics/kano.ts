import { AnalyticsInputError } from './errors.ts';
import {
  DEFAULT_KANO_CODING,
  KANO_CATEGORIES,
  KANO_TABLES,
  classifyKanoPair,
  decodeKanoPair,
  type KanoCategory,
  type KanoCoding,
  type KanoRawAnswer,
  type KanoTableName,
} from './kano-table.ts';

/** One respondent's answers to one feature's functional ("if it has…") and dysfunctional ("if not…") question. */
export interface KanoPair {
  readonly functional: KanoRawAnswer;
  readonly dysfunctional: KanoRawAnswer;
}

/** One respondent: feature key → answer pair (a missing feature or answer is skipped for that feature). */
export type KanoRespondent = Readonly<Record<string, KanoPair | undefined>>;

/** Category counts of one feature. */
export type KanoCounts = Readonly<Record<KanoCategory, number>>;

/** Fong's (1996) test of whether the two most frequent categories really differ. */
export interface FongTest {
  /** |m1 − m2|, the two largest counts among M, O, A, I, R. */
  readonly statistic: number;
  /** 1.65·√((m1+m2)(2n−m1−m2)/(2n)), n = all classified answers. */
  readonly critical: number;
  readonly significant: boolean;
}

/** The KANO result for one feature. Shares and strengths are fractions of n (0..1). */
export interface KanoFeatureResult {
  readonly feature: string;
  /** Respondents whose pair was classified (R and Q included). */
  readonly n: number;
  /** Respondents skipped because an answer of the pair was missing. */
  readonly missing: number;
  /** Respondents left out of every feature for too many Q answers (see `maxQuestionable`). */
  readonly excluded: number;
  readonly counts: KanoCounts;
  readonly shares: KanoCounts;
  /** The most frequent of all six categories; exact ties go M > O > A > I > R > Q. */
  readonly mostFrequent: KanoCategory;
  /** Class by the chosen rule (default: the most frequent with M > O > A > I), see `summarizeKanoCounts`. */
  readonly category: KanoCategory;
  /** Better = (A+O)/(A+O+M+I); null when A+O+M+I = 0. */
  readonly better: number | null;
  /** Worse = −(O+M)/(A+O+M+I); null when A+O+M+I = 0. */
  readonly worse: number | null;
  /** (A+O+M)/n (Lee & Newcomb 1997). */
  readonly totalStrength: number;
  /** Share of the top category minus share of the second, among M, O, A, I, R (Lee & Newcomb 1997). */
  readonly categoryStrength: number;
  readonly fong: FongTest;
}

/**
 * How a feature's class is read from its counts:
 * - `most-frequent`: the most frequent of M, O, A, I, R, ties (or a runner-up within `tieMargin`) going
 *   to the higher in M > O > A > I > R (Sauerwein, Bailom, Matzler & Hinterhuber 1996, "The Kano model:
 *   how to delight your customers", p. 9; Matzler et al. 1996). The default.
 * - `aom-vs-irq`: first compare A+O+M with I+R+Q; when A+O+M is larger the class is the most frequent of
 *   M, O, A, otherwise the most frequent of I, R, Q (the rule the Kano literature attributes to Berger
 *   et al. 1993). Ties go M > O > A and I > R > Q; equal sums go to I, R, Q.
 */
export const KANO_CLASS_RULES = ['most-frequent', 'aom-vs-irq'] as const;
export type KanoClassRule = (typeof KANO_CLASS_RULES)[number];

/** Options of a KANO analysis. */
export interface KanoOptions {
  /** How raw answers map to like / must-be / neutral / live-with / dislike; default 1..5 in that order. */
  readonly coding?: KanoCoding;
  /** Evaluation table: `berger` (default, Berger et al. 1993 p. 6) or `pouliot` (p. 33). */
  readonly table?: KanoTableName;
  /** Classification rule (default `most-frequent`). */
  readonly rule?: KanoClassRule;
  /**
   * Rule `most-frequent` only: when the top two categories (among M, O, A, I, R) differ by at most this
   * share of n, the class is the higher of the two in the order M > O > A > I > R. Default 0: only exact
   * ties. stp25kano uses 0.06 (Lee & Newcomb 1997's 6% threshold).
   */
  readonly tieMargin?: number;
  /**
   * Leave out respondents with more than this many questionable (Q) pairs across the features analysed,
   * as careless answerers (stp25kano's rm_Q; the kiosk study dropped those with 3 or more, i.e. 2).
   * Default: keep everyone.
   */
  readonly maxQuestionable?: number;
}

/**
 * Discrete KANO analysis (Berger et al. 1993; Matzler, Hinterhuber, Bailom & Sauerwein 1996): each
 * respondent's pair is classified with the evaluation table (`options.table`), then counted per feature
 * and summarised with the class rule (`options.rule`).
 * A respondent missing either answer of a pair is skipped for that feature only (`missing`).
 * A bad answer throws naming the respondent and field, e.g. `respondents[4].app.dysfunctional`.
 */
export function analyzeKano(
  respondents: readonly KanoRespondent[],
  features: readonly string[],
  options: KanoOptions = {},
): KanoFeatureResult[] {
  const coding = options.coding ?? DEFAULT_KANO_CODING;
  const maxQ = options.maxQuestionable ?? Infinity;
  if (!(maxQ >= 0)) throw new AnalyticsInputError('bad_option', 'maxQuestionable', 'must be >= 0');
  const table = options.table ?? 'berger';
  if (!KANO_TABLES.includes(table))
    throw new AnalyticsInputError('bad_option', 'table', `one of ${KANO_TABLES.join(', ')}`);
  // Classify everything first: the Q filter needs each respondent's answers to all features.
  const classes = respondents.map((respondent, i) =>
    features.map((feature) => {
      const pair = decodeKanoPair(respondent, feature, coding, i);
      return pair === null ? null : classifyKanoPair(pair[0], pair[1], table);
    }),
  );
  const kept = classes.filter((row) => row.filter((c) => c === 'Q').length <= maxQ);
  return features.map((feature, j) => {
    const counts = emptyCounts();
    let missing = 0;
    for (const row of kept) {
      const c = row[j];
      if (c === null || c === undefined) missing++;
      else counts[c]++;
    }
    return {
      ...summarizeKanoCounts(feature, counts, options),
      missing,
      excluded: classes.length - kept.length,
    };
  });
}

/** Priority for ties and for the M > O > A > I rule; R and Q come last. */
const PRIORITY: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * Summary measures from category counts (for published count tables, or from `analyzeKano`).
 * R and Q: both count in n, so they lower every share and the total strength; neither enters Better /
 * Worse. R competes for the category strength and Fong's test (it signals a reversed feature); Q (a
 * contradictory pair) does not, as in stp25kano, but can still be `mostFrequent`.
 * Class by rule `most-frequent`: the top of M, O, A, I, R, unless the runner-up is within `tieMargin`
 * (share of n), in which case the higher of the two in M > O > A > I > R. By rule `aom-vs-irq`: see
 * `KANO_CLASS_RULES`.
 */
export function summarizeKanoCounts(
  feature: string,
  counts: KanoCounts,
  options: Pick<KanoOptions, 'tieMargin' | 'rule'> = {},
): KanoFeatureResult {
  const margin = options.tieMargin ?? 0;
  if (!(margin >= 0 && margin < 1))
    throw new AnalyticsInputError('bad_option', 'tieMargin', 'must lie in [0, 1)');
  const rule = options.rule ?? 'most-frequent';
  if (!KANO_CLASS_RULES.includes(rule))
    throw new AnalyticsInputError('bad_option', 'rule', `one of ${KANO_CLASS_RULES.join(', ')}`);
  KANO_CATEGORIES.forEach((c) => {
    if (!(Number.isInteger(counts[c]) && counts[c] >= 0))
      throw new AnalyticsInputError('not_finite', `counts.${c}`);
  });
  const { M, O, A, I } = counts;
  const n = KANO_CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  const share = (c: KanoCategory) => (n === 0 ? 0 : counts[c] / n);
  const ranked = rank(counts, ['M', 'O', 'A', 'I', 'R']);
  const [top, second] = [ranked[0] ?? 'M', ranked[1] ?? 'O'];
  const categoryStrength = share(top) - share(second);
  const inTie = categoryStrength <= margin;
  const byFrequency = inTie && PRIORITY.indexOf(second) < PRIORITY.indexOf(top) ? second : top;
  const core = A + O + M + I;
  return {
    feature,
    n,
    missing: 0,
    excluded: 0,
    counts: { ...counts },
    shares: Object.fromEntries(KANO_CATEGORIES.map((c) => [c, share(c)])) as Record<KanoCategory, number>,
    mostFrequent: rank(counts, KANO_CATEGORIES)[0] ?? 'M',
    category: rule === 'most-frequent' ? byFrequency : classByGroups(counts),
    better: core === 0 ? null : (A + O) / core,
    worse: core === 0 ? null : -(O + M) / core,
    totalStrength: n === 0 ? 0 : (A + O + M) / n,
    categoryStrength,
    fong: fongTest(counts[top], counts[second], n),
  };
}

/**
 * Fong (1996, Center for Quality Management Journal 5:21–24): the top two categories differ
 * significantly when |m1 − m2| ≥ 1.65·√((m1+m2)(2n−m1−m2)/(2n)).
 */
export function fongTest(m1: number, m2: number, n: number): FongTest {
  const statistic = Math.abs(m1 - m2);
  const critical = n === 0 ? 0 : 1.65 * Math.sqrt(((m1 + m2) * (2 * n - m1 - m2)) / (2 * n));
  return { statistic, critical, significant: n > 0 && statistic >= critical };
}

/** Rule `aom-vs-irq`: A+O+M against I+R+Q first, then the most frequent within the larger group. */
function classByGroups(counts: KanoCounts): KanoCategory {
  const { M, O, A, I, R, Q } = counts;
  const group: readonly KanoCategory[] = A + O + M > I + R + Q ? ['M', 'O', 'A'] : ['I', 'R', 'Q'];
  return rank(counts, group)[0] ?? 'I';
}

function rank(counts: KanoCounts, among: readonly KanoCategory[]): KanoCategory[] {
  return [...among].sort((a, b) => counts[b] - counts[a] || PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
}

function emptyCounts(): Record<KanoCategory, number> {
  return { M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0 };
}
