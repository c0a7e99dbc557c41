/**
 * The columns of an answers export, and one answer as the cells of a row: the answer's id, submission
 * time (ISO 8601, UTC), version, language, channel and customer, the customer's attributes (masked as the
 * caller's role sees them), then one column per question headed by its title in the language asked for (a
 * matrix one per row). A choice is written as its label, several choices joined by "; ", a rating as its
 * number, a yes / no question as its label.
 */
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import type { TResultAnswer } from './find-result-answers.ts';
import type { TResultChoice, TResultQuestion } from './result-questions.ts';

/** A cell: text, a number, or nothing. */
export type TCell = string | number | null;

/** A column: its header and how an answer fills it; `text` marks free text (guarded in CSV). */
export type TExportColumn = { header: string; text: boolean; cell: (answer: TResultAnswer) => TCell };

const FIXED_HEADERS: Record<TSurveyLanguage, [string, string, string, string, string, string]> = {
  en: ['answer', 'submitted at', 'version', 'language', 'channel', 'customer'],
  'zh-CN': ['答卷', '提交时间', '版本', '语言', '渠道', '客户'],
};

function labelOf(choices: readonly TResultChoice[], value: unknown): TCell {
  if (value === undefined || value === null || value === '') return null;
  const choice = choices.find((c) => c.value === value);
  if (choice) return choice.label;
  return typeof value === 'number' ? value : typeof value === 'string' ? value : JSON.stringify(value);
}

function questionColumns(q: TResultQuestion, header: string): TExportColumn[] {
  const value = (a: TResultAnswer) => a.answers[q.name];
  switch (q.type) {
    case 'matrix':
      return q.rows.map((row) => ({
        header: `${header} - ${row.label}`,
        text: false,
        cell: (a) => {
          const cells = value(a);
          return cells && typeof cells === 'object'
            ? labelOf(q.choices, (cells as Record<string, unknown>)[String(row.value)])
            : null;
        },
      }));
    case 'checkbox':
      return [
        {
          header,
          text: false,
          cell: (a) => {
            const v = value(a);
            return Array.isArray(v) && v.length > 0 ? v.map((x) => labelOf(q.choices, x)).join('; ') : null;
          },
        },
      ];
    case 'rating':
      return [
        { header, text: false, cell: (a) => (typeof value(a) === 'number' ? (value(a) as number) : null) },
      ];
    case 'text':
    case 'comment':
      return [
        { header, text: true, cell: (a) => (typeof value(a) === 'string' ? (value(a) as string) : null) },
      ];
    default:
      return [{ header, text: false, cell: (a) => labelOf(q.choices, value(a)) }];
  }
}

/** The export's columns for these questions and customer attribute names. */
export function exportColumns(
  questions: readonly TResultQuestion[],
  attributeNames: readonly string[],
  mask: (attributes: Record<string, unknown> | null) => Record<string, unknown> | null,
  language: TSurveyLanguage,
): TExportColumn[] {
  const [answer, submitted, version, lang, channel, customer] = FIXED_HEADERS[language];
  const attributeValue = (a: TResultAnswer, name: string): TCell => {
    const v = mask(a.customerAttributes)?.[name];
    return v === undefined || v === null
      ? null
      : typeof v === 'number'
        ? v
        : typeof v === 'string'
          ? v
          : JSON.stringify(v);
  };
  const titles = questions.map((q) => q.title);
  return [
    { header: answer, text: false, cell: (a) => a.id },
    { header: submitted, text: false, cell: (a) => a.submittedAt.toISOString() },
    { header: version, text: false, cell: (a) => a.version },
    { header: lang, text: false, cell: (a) => a.language },
    { header: channel, text: false, cell: (a) => a.channel },
    { header: customer, text: true, cell: (a) => a.customer },
    ...attributeNames.map((name) => ({
      header: `${customer}.${name}`,
      text: true,
      cell: (a: TResultAnswer) => attributeValue(a, name),
    })),
    ...questions.flatMap((q) =>
      // Two questions with one title (a touchpoint asked twice) are told apart by their names.
      questionColumns(q, titles.filter((t) => t === q.title).length > 1 ? `${q.title} (${q.name})` : q.title),
    ),
  ];
}
