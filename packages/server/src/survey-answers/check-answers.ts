/**
 * Checks a customer's answers (SurveyJS data: question name -> value) against the version of the survey
 * they answer: only its questions, ratings inside their bounds, choices among the choices, texts within
 * their length. Requiredness and `visibleIf` are SurveyJS's to enforce on the page (mot does not evaluate
 * SurveyJS expressions); a required rating left out simply becomes no moment.
 */
import { findTextProblem, ratingBounds } from '@mot/core';
import type { TSurveyDefinition, TSurveyQuestion } from '@mot/core';

/** The first problem of an answer, naming its question. */
export type TAnswerProblem = { question: string; message: string };

/** The most a text answer may hold when its question sets no maxLength (a moment's comment limit). */
const TEXT_LIMIT = 10_000;

type TChoice = string | number | { value: string | number };

const valueOf = (choice: TChoice) => (typeof choice === 'object' ? choice.value : choice);

/** The questions of a definition by name (text blocks answer nothing). */
export function questionsByName(definition: TSurveyDefinition): Map<string, TSurveyQuestion> {
  const questions = new Map<string, TSurveyQuestion>();
  for (const page of definition.pages) {
    for (const q of page.elements) if (q.type !== 'html') questions.set(q.name, q);
  }
  return questions;
}

function flag(q: TSurveyQuestion, ...names: string[]): boolean {
  return names.some((n) => (q as Record<string, unknown>)[n] === true);
}

function checkChoice(q: TSurveyQuestion & { choices: TChoice[] }, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return 'must be one of its choices';
  if (q.choices.some((c) => valueOf(c) === value)) return undefined;
  if (value === 'other' && flag(q, 'showOtherItem', 'hasOther')) return undefined;
  if (value === 'none' && flag(q, 'showNoneItem', 'hasNone')) return undefined;
  return `${JSON.stringify(value)} is not one of its choices`;
}

function checkText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return 'must be a text';
  if (value.length > max) return `must be at most ${max} characters`;
  if (findTextProblem(value)) return 'contains a character that cannot be stored (NUL or a lone surrogate)';
  return undefined;
}

/** What is wrong with one answer to `q`, or undefined. */
function checkAnswer(q: TSurveyQuestion, value: unknown): string | undefined {
  switch (q.type) {
    case 'rating': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (q.rateValues) {
        return q.rateValues.some((v) => Number(valueOf(v as TChoice)) === value)
          ? undefined
          : `${value} is not one of its rating values`;
      }
      const { min, max } = ratingBounds(q);
      if (value < min || value > max) return `${value} is outside ${min}..${max}`;
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    }
    case 'radiogroup':
    case 'dropdown':
      return checkChoice(q as TSurveyQuestion & { choices: TChoice[] }, value);
    case 'checkbox': {
      if (!Array.isArray(value)) return 'must be a list of its choices';
      if (value.length > q.choices.length + 2) return 'has more answers than choices';
      for (const item of value) {
        const problem = checkChoice(q as TSurveyQuestion & { choices: TChoice[] }, item);
        if (problem) return problem;
      }
      return new Set(value).size === value.length ? undefined : 'names a choice twice';
    }
    case 'boolean': {
      const record = q as Record<string, unknown>;
      const allowed: unknown[] = [record['valueTrue'] ?? true, record['valueFalse'] ?? false];
      return allowed.includes(value) ? undefined : 'must be yes or no';
    }
    case 'text':
    case 'comment':
      return checkText(value, q.maxLength ?? TEXT_LIMIT);
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'must give a column for each row answered';
      const rows = new Set(q.rows.map((r) => valueOf(r as TChoice)).map(String));
      const columns = new Set(q.columns.map((c) => valueOf(c as TChoice)));
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row)) return `has no row ${JSON.stringify(row)}`;
        if (!columns.has(column as string | number))
          return `row ${JSON.stringify(row)}: ${JSON.stringify(column)} is not one of its columns`;
      }
      return undefined;
    }
    default:
      return 'answers nothing';
  }
}

/**
 * The first problem of a set of answers, or undefined when every answer fits its question. Null and
 * undefined values count as not answered. `<name>-Comment` (SurveyJS's comment of a choice question with
 * an "other" item or a comment area) is a text.
 */
export function findAnswerProblem(
  definition: TSurveyDefinition,
  answers: Record<string, unknown>,
): TAnswerProblem | undefined {
  const questions = questionsByName(definition);
  for (const [name, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    const question = questions.get(name);
    if (!question) {
      const owner = name.endsWith('-Comment') ? questions.get(name.slice(0, -'-Comment'.length)) : undefined;
      if (owner && flag(owner, 'showOtherItem', 'hasOther', 'showCommentArea', 'hasComment')) {
        const problem = checkText(value, TEXT_LIMIT);
        if (problem)
          return { question: name, message: `the comment of question "${owner.name}": ${problem}` };
        continue;
      }
      return { question: name, message: `the survey has no question "${name}"` };
    }
    const problem = checkAnswer(question, value);
    if (problem) return { question: name, message: `question "${name}": ${problem}` };
  }
  return undefined;
}
