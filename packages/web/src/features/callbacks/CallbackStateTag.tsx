import { useTranslation } from 'react-i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import type { TCallback } from './api.ts';

/**
 * A callback's state as a tag: due, planned (later), done, failed, cancelled. The shared tone tag keeps the
 * text at small-text contrast (antd's green and orange tags fall under 4.5:1).
 */
export function CallbackStateTag({ state }: { state: TCallback['state'] }) {
  const { t } = useTranslation();
  const label: Record<TCallback['state'], string> = {
    due: t('Due now'),
    planned: t('Later'),
    done: t('Done'),
    failed: t('Not reached'),
    cancelled: t('Cancelled'),
  };
  const tone: Record<TCallback['state'], TTone> = {
    due: 'mixed',
    planned: 'none',
    done: 'good',
    failed: 'bad',
    cancelled: 'none',
  };
  return <ToneTag tone={tone[state]}>{label[state]}</ToneTag>;
}
