import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { ToneTag, type TTone } from '../tone-tag/ToneTag.tsx';

/** The three classes a comment's sentiment falls in. */
export type TSentimentClass = 'negative' | 'neutral' | 'positive';

/** A sentiment class's name. */
export function sentimentLabel(label: TSentimentClass, t: TFunction): string {
  return label === 'positive' ? t('Positive') : label === 'negative' ? t('Negative') : t('Neutral');
}

/** How good a sentiment class is. */
const TONE: Record<TSentimentClass, TTone> = { positive: 'good', neutral: 'none', negative: 'bad' };

/** A comment's sentiment: its class, in the class's tone, and its score (-1..+1, two decimals). */
export function SentimentTag({ sentiment }: { sentiment: { label: TSentimentClass; score: number } }) {
  const { t } = useTranslation();
  return (
    <ToneTag tone={TONE[sentiment.label]}>
      {`${sentimentLabel(sentiment.label, t)} ${formatNumber(sentiment.score, 2, true)}`}
    </ToneTag>
  );
}
