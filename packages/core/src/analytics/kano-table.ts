import { AnalyticsInputError } from './errors.ts';
import type { KanoRespondent } from './kano.ts';

/**
 * Kano categories: A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable
 * (Kano, Seraku, Takahashi & Tsuji 1984; Berger et al. 1993).
 */
export type KanoCategory = 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';

/** All six categories, in the order reports list them (as stp25kano does). */
export const KANO_CATEGORIES: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/** The five answers of a Kano question, in the questionnaire's order. */
export type KanoAnswer = 'like' | 'must-be' | 'neutral' | 'live-with' | 'dislike';

/** The answers in questionnaire order: like, must-be, neutral, live-with, dislike. */
export const KANO_ANSWERS: readonly KanoAnswer[] = ['like', 'must-be', 'neutral', 'live-with', 'dislike'];

/** One evaluation table: rows are the functional answer, columns the dysfunctional answer. */
export type KanoEvaluationTable = Readonly<Record<KanoAnswer, readonly KanoCategory[]>>;

/**
 * The Kano evaluation table (Berger et al. 1993, "Kano's methods for understanding customer-defined
 * quality", Center for Quality Management Journal 2(4):3–36, p. 6; Matzler et al. 1996): rows are the
 * functional answer, columns the dysfunctional answer, both in questionnaire order.
 */
export const KANO_EVALUATION_TABLE: KanoEvaluationTable = {
  like: ['Q', 'A', 'A', 'A', 'O'],
  'must-be': ['R', 'I', 'I', 'I', 'M'],
  neutral: ['R', 'I', 'I', 'I', 'M'],
  'live-with': ['R', 'I', 'I', 'I', 'M'],
  dislike: ['R', 'R', 'R', 'R', 'Q'],
};

/**
 * Pouliot's modified table (Berger et al. 1993, p. 33): giving the same answer to both questions is
 * questionable, except neutral / neutral, which stays indifferent. Against the table above this turns
 * must-be / must-be and live-with / live-with from I into Q.
 */
export const POULIOT_EVALUATION_TABLE: KanoEvaluationTable = {
  like: ['Q', 'A', 'A', 'A', 'O'],
  'must-be': ['R', 'Q', 'I', 'I', 'M'],
  neutral: ['R', 'I', 'I', 'I', 'M'],
  'live-with': ['R', 'I', 'I', 'Q', 'M'],
  dislike: ['R', 'R', 'R', 'R', 'Q'],
};

/** The published evaluation tables, by name; `berger` is the default. */
export const KANO_TABLES = ['berger', 'pouliot'] as const;
export type KanoTableName = (typeof KANO_TABLES)[number];

const TABLES: Readonly<Record<KanoTableName, KanoEvaluationTable>> = {
  berger: KANO_EVALUATION_TABLE,
  pouliot: POULIOT_EVALUATION_TABLE,
};

/** The evaluation table called `name`. */
export function kanoEvaluationTable(name: KanoTableName): KanoEvaluationTable {
  return TABLES[name];
}

/** Classifies one functional / dysfunctional answer pair with an evaluation table (default Berger's). */
export function classifyKanoPair(
  functional: KanoAnswer,
  dysfunctional: KanoAnswer,
  table: KanoTableName = 'berger',
): KanoCategory {
  return TABLES[table][functional][KANO_ANSWERS.indexOf(dysfunctional)] ?? 'Q';
}

/** How raw answers (numbers or labels, compared as trimmed strings) map to the five Kano answers. */
export type KanoCoding = Readonly<Record<string, KanoAnswer>>;

/**
 * Builds a coding from the labels used for like, must-be, neutral, live-with and dislike, in that
 * order; e.g. `[5, 4, 3, 2, 1]` for a survey coded the other way round.
 */
export function kanoCodingFromLabels(labels: readonly (string | number)[]): KanoCoding {
  if (labels.length !== KANO_ANSWERS.length) {
    throw new AnalyticsInputError('bad_option', 'coding', `expected 5 labels, got ${labels.length}`);
  }
  const coding: Record<string, KanoAnswer> = {};
  labels.forEach((label, i) => {
    const key = String(label).trim();
    const answer = KANO_ANSWERS[i];
    if (answer === undefined || key in coding) {
      throw new AnalyticsInputError('bad_option', `coding[${i}]`, `label "${key}" is used twice`);
    }
    coding[key] = answer;
  });
  return coding;
}

/** Default coding, as in the source data: 1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike. */
export const DEFAULT_KANO_CODING: KanoCoding = kanoCodingFromLabels([1, 2, 3, 4, 5]);

/** Short answer labels in questionnaire order, per locale (the Chinese ones are the usual 我喜欢 … 我不喜欢). */
export const KANO_ANSWER_LABELS = {
  'zh-CN': ['我喜欢', '理所当然', '无所谓', '能忍受', '我不喜欢'],
  en: KANO_ANSWERS,
} as const satisfies Record<string, readonly string[]>;

/** The usual Chinese answer labels: 我喜欢 / 理所当然 / 无所谓 / 能忍受 / 我不喜欢. */
export const CHINESE_KANO_CODING: KanoCoding = kanoCodingFromLabels(KANO_ANSWER_LABELS['zh-CN']);

/** The English labels, for surveys that store the answer text itself. */
export const ENGLISH_KANO_CODING: KanoCoding = kanoCodingFromLabels(KANO_ANSWERS);

/** A raw answer: a code, a label, or nothing (null, undefined or an empty string mean "not answered"). */
export type KanoRawAnswer = string | number | null | undefined;

/**
 * Decodes one raw answer; returns null when it is missing and throws `bad_option` naming `path` when it
 * is not in the coding.
 */
export function decodeKanoAnswer(raw: KanoRawAnswer, coding: KanoCoding, path: string): KanoAnswer | null {
  if (raw === null || raw === undefined) return null;
  const key = String(raw).trim();
  if (key === '') return null;
  const answer = Object.hasOwn(coding, key) ? coding[key] : undefined;
  if (answer === undefined) {
    throw new AnalyticsInputError('bad_answer', path, `answer "${key}" is not in the coding`);
  }
  return answer;
}

/**
 * Decodes one respondent's functional and dysfunctional answers to `feature`; null when either is
 * missing. Errors name the respondent and field, e.g. `respondents[4].app.dysfunctional`.
 */
export function decodeKanoPair(
  respondent: KanoRespondent,
  feature: string,
  coding: KanoCoding,
  index: number,
): [functional: KanoAnswer, dysfunctional: KanoAnswer] | null {
  const pair = Object.hasOwn(respondent, feature) ? respondent[feature] : undefined;
  const path = `respondents[${index}].${feature}`;
  const f = decodeKanoAnswer(pair?.functional, coding, `${path}.functional`);
  const d = decodeKanoAnswer(pair?.dysfunctional, coding, `${path}.dysfunctional`);
  return f === null || d === null ? null : [f, d];
}
