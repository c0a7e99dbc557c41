/**
 * The questions a survey's results and export show: every question of every version (a question renamed or
 * removed keeps its answers readable), each as the newest version that has it says, with its title and
 * choices in the language asked for.
 */
import { bindingOf, ratingBounds, SURVEY_LOCALE } from '@mot/core';
import type { TSurveyBinding, TSurveyDefinition, TSurveyQuestion, TSurveyTextValue } from '@mot/core';
import type { TSurveyLanguage } from '../survey-answers/links.ts';

/** A choice, a rating point, a matrix row or column: its stored value and its label. */
export type TResultChoice = { value: string | number | boolean; label: string };

/** A question as results read it. */
export type TResultQuestion = {
  name: string;
  type: Exclude<TSurveyQuestion['type'], 'html'>;
  role: TSurveyBinding['role'] | null;
  title: string;
  /** The answers it may take, in the survey's order (choices, rating points, yes / no); empty for text. */
  choices: TResultChoice[];
  /** A matrix's rows (each answered with a column's value). */
  rows: TResultChoice[];
  /** A rating's bounds. */
  scale: { min: number; max: number } | null;
};

/** A SurveyJS text in `language` (else its default, else its first), or `fallback`. */
export function textIn(
  value: TSurveyTextValue | undefined,
  language: TSurveyLanguage,
  fallback: string,
): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string') return value;
  return value[SURVEY_LOCALE[language]] ?? value['default'] ?? Object.values(value)[0] ?? fallback;
}

type TItem = string | number | { value: string | number; text?: TSurveyTextValue | undefined };

const choiceOf = (item: TItem, language: TSurveyLanguage): TResultChoice =>
  typeof item === 'object'
    ? { value: item.value, label: textIn(item.text, language, String(item.value)) }
    : { value: item, label: String(item) };

const YES_NO: Record<TSurveyLanguage, [string, string]> = { en: ['Yes', 'No'], 'zh-CN': ['是', '否'] };

function choicesOf(q: TSurveyQuestion, language: TSurveyLanguage): TResultChoice[] {
  switch (q.type) {
    case 'radiogroup':
    case 'checkbox':
    case 'dropdown':
      return (q.choices as TItem[]).map((c) => choiceOf(c, language));
    case 'rating': {
      if (q.rateValues) return (q.rateValues as TItem[]).map((c) => choiceOf(c, language));
      const { min, max } = ratingBounds(q);
      return Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: String(min + i) }));
    }
    case 'boolean':
      return [
        { value: true, label: YES_NO[language][0] },
        { value: false, label: YES_NO[language][1] },
      ];
    case 'matrix':
      return (q.columns as TItem[]).map((c) => choiceOf(c, language));
    default:
      return [];
  }
}

/** The questions of a survey's versions (newest first), each once, in the newest order that has it. */
export function resultQuestions(
  versions: ReadonlyArray<{ definition: TSurveyDefinition }>,
  language: TSurveyLanguage,
): TResultQuestion[] {
  const byName = new Map<string, TResultQuestion>();
  for (const { definition } of versions) {
    for (const page of definition.pages) {
      for (const q of page.elements) {
        if (q.type === 'html' || byName.has(q.name)) continue;
        byName.set(q.name, {
          name: q.name,
          type: q.type,
          role: bindingOf(q)?.role ?? null,
          title: textIn(q.title, language, q.name),
          choices: choicesOf(q, language),
          rows: q.type === 'matrix' ? (q.rows as TItem[]).map((r) => choiceOf(r, language)) : [],
          scale: q.type === 'rating' ? ratingBounds(q) : null,
        });
      }
    }
  }
  return [...byName.values()];
}
