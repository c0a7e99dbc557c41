/** Reading a SurveyJS definition's texts for the phone form (the survey page renders with SurveyJS itself). */

/** A SurveyJS locale: English is `default`. */
export type TLocale = 'default' | 'zh-cn';
/** A question of a definition. */
export type TQuestion = { type: string; name: string; [key: string]: unknown };
/** A choice, row or column. */
export type TItem = string | number | { value: string | number; text?: unknown };

/** A localizable text in a locale, else its English, else the fallback. */
export function textOf(value: unknown, locale: TLocale, fallback: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const texts = value as Record<string, unknown>;
    const text = texts[locale] ?? texts['default'];
    if (typeof text === 'string' && text !== '') return text;
  }
  return fallback;
}

/** An item's value. */
export const itemValue = (item: TItem): string | number => (typeof item === 'object' ? item.value : item);

/** An item's text in a locale (its value when it has none). */
export const itemText = (item: TItem, locale: TLocale): string =>
  typeof item === 'object' ? textOf(item.text, locale, String(item.value)) : String(item);
