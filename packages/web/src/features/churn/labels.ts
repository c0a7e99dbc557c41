import type { TFunction } from 'i18next';

/** A covariate of the churn models in words: breaches at a touchpoint, mean experience, episodes. */
export function covariateLabel(key: string, nameOf: (touchpoint: string) => string, t: TFunction): string {
  if (key.startsWith('breaches:'))
    return t('Breaches at {{touchpoint}}', { touchpoint: nameOf(key.slice(9)) });
  if (key === 'mean_experience') return t('Mean experience');
  if (key === 'episodes') return t('Episodes');
  return key;
}

/** The touchpoint a breach covariate counts, or null for the others. */
export const touchpointOfCovariate = (key: string): string | null =>
  key.startsWith('breaches:') ? key.slice(9) : null;
