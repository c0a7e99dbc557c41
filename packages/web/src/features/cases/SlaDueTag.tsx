import { Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, formatDuration } from '../../lib/format.ts';

const HOUR_MS = 3_600_000;

/** The time now, refreshed every half minute so countdowns move while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * One SLA target of a case: met (and whether in time) once `doneAt` is set, else a countdown to `dueAt`
 * that turns amber in its last hour and red once overdue. No due date: no target applies.
 */
export function SlaDueTag({
  dueAt,
  doneAt,
  paused = false,
}: {
  dueAt: string | null | undefined;
  doneAt?: string | null | undefined;
  paused?: boolean;
}) {
  const { t } = useTranslation();
  const now = useNow();
  if (!dueAt) return <ToneTag tone="none">{t('No target')}</ToneTag>;
  const due = Date.parse(dueAt);
  const tip = t('Due {{time}}', { time: formatDateTime(dueAt) });
  let tag;
  if (doneAt) {
    const late = Date.parse(doneAt) - due;
    tag =
      late > 0 ? (
        <ToneTag tone="bad">{t('Missed by {{time}}', { time: formatDuration(late) })}</ToneTag>
      ) : (
        <ToneTag tone="good">{t('Met')}</ToneTag>
      );
  } else if (now > due) {
    tag = <ToneTag tone="bad">{t('Overdue {{time}}', { time: formatDuration(now - due) })}</ToneTag>;
  } else if (paused) {
    tag = <ToneTag tone="none">{t('Clock stopped')}</ToneTag>;
  } else {
    tag = (
      <ToneTag tone={due - now < HOUR_MS ? 'mixed' : 'none'}>
        {t('Due in {{time}}', { time: formatDuration(due - now) })}
      </ToneTag>
    );
  }
  return <Tooltip title={tip}>{tag}</Tooltip>;
}
