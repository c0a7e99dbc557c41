import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format.ts';
import type { TShare } from './api.ts';

/** A share as a percentage with its 95% interval beneath, and the counts in a tooltip; – without a base. */
export function ShareCell({ share }: { share: TShare }) {
  const { t } = useTranslation();
  if (share.interval === null) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    <Tooltip title={t('{{count}} of {{of}}', { count: share.count, of: share.of })}>
      <div>
        <div>{formatPercent(share.interval.estimate)}</div>
        <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
          {formatPercent(share.interval.lower, 0)}–{formatPercent(share.interval.upper, 0)}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}
