/** Names of the KANO categories and SERVQUAL dimensions, in the current language. */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';

/** A KANO category (Kano et al. 1984; R reverse and Q questionable from Berger et al. 1993). */
export type TKanoCategory = 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';

/** The categories in the order the table lists them. */
export const KANO_CATEGORY_ORDER: readonly TKanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/** A category's name. */
export function kanoCategoryLabel(category: TKanoCategory, t: TFunction): string {
  switch (category) {
    case 'M':
      return t('Must-be');
    case 'O':
      return t('One-dimensional');
    case 'A':
      return t('Attractive');
    case 'I':
      return t('Indifferent');
    case 'R':
      return t('Reverse');
    case 'Q':
      return t('Questionable');
  }
}

/** A category's colour on the chart and in the table. */
export function kanoCategoryColour(category: TKanoCategory, token: GlobalToken): string {
  switch (category) {
    case 'M':
      return token.colorError;
    case 'O':
      return token.colorPrimary;
    case 'A':
      return token.colorSuccess;
    case 'I':
      return token.colorTextTertiary;
    default:
      return token.colorWarning;
  }
}

/** A SERVQUAL dimension's name (Parasuraman, Zeithaml & Berry 1988). */
export function servqualDimensionLabel(dimension: string, t: TFunction): string {
  switch (dimension) {
    case 'tangibles':
      return t('Tangibles');
    case 'reliability':
      return t('Reliability');
    case 'responsiveness':
      return t('Responsiveness');
    case 'assurance':
      return t('Assurance');
    case 'empathy':
      return t('Empathy');
    default:
      return dimension;
  }
}

/** A study kind's name. */
export const studyKindLabel = (kind: 'kano' | 'servqual', t: TFunction) =>
  kind === 'kano' ? t('KANO') : t('SERVQUAL');
