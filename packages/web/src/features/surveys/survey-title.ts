/** A survey's title as its customers read it, in one language. */
import type { TLanguage } from '../../lib/i18n/index.ts';

/**
 * The title of a survey definition (SurveyJS `title`: a string, or one string per locale with `default` for
 * English and `zh-cn` for Chinese) in `language`, else in the other language, else `fallback` (the survey's
 * name, which the surveys list shows).
 */
export function surveyTitleIn(definition: unknown, language: TLanguage, fallback: string): string {
  const title = (definition as { title?: unknown } | null | undefined)?.title;
  if (typeof title === 'string') return title.trim() || fallback;
  if (title === null || typeof title !== 'object') return fallback;
  const texts = title as Record<string, unknown>;
  const [first, second] = language === 'zh-CN' ? ['zh-cn', 'default'] : ['default', 'zh-cn'];
  for (const locale of [first, second]) {
    const text = texts[locale ?? ''];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return fallback;
}
