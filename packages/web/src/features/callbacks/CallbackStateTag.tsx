import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCallback } from './api.ts';

/** A callback's state as a tag: due, planned (later), done, failed, cancelled. */
export function CallbackStateTag({ state }: { state: TCallback['state'] }) {
  const { t } = useTranslation();
  const label: Record<TCallback['state'], string> = {
    due: t('Due now'),
    planned: t('Later'),
    done: t('Done'),
    failed: t('Not reached'),
    cancelled: t('Cancelled'),
  };
  const color: Record<TCallback['state'], string> = {
    due: 'orange',
    planned: 'blue',
    done: 'green',
    failed: 'default',
    cancelled: 'default',
  };
  return <Tag color={color[state]}>{label[state]}</Tag>;
}
