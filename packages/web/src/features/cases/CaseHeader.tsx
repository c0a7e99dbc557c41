import { stopsClock } from '@mot/core/loop/case-states';
import { Card, Descriptions, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { severityLabel, severityTone, stateLabel, stateTone } from '../../lib/loop-labels.ts';
import type { TCaseDetail } from './api.ts';
import { CaseActions } from './CaseActions.tsx';
import type { TPlaceNames } from './names.ts';
import { caseHeadline } from './names.ts';
import { SlaDueTag } from './SlaDueTag.tsx';
import { useDepartmentName } from '../../lib/departments.ts';

/**
 * The head of a case: its title, state and severity, the actions allowed now, where it started, who owns it,
 * and its two SLA targets (due dates, met or missed), then the resolution once there is one.
 */
export function CaseHeader({
  detail,
  names,
  rootCauseName,
  mayWork,
}: {
  detail: TCaseDetail;
  names: TPlaceNames;
  rootCauseName: (key: string) => string;
  mayWork: boolean;
}) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  const { token } = theme.useToken();
  const c = detail.case;
  return (
    <Card>
      <Flex vertical gap={token.margin}>
        <Flex justify="space-between" align="start" wrap gap={token.margin}>
          <div>
            <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
              {t('Case {{id}}', { id: c.id })} · {caseHeadline(c, names, t)}
            </Typography.Title>
            <Flex gap={token.marginXS} style={{ marginTop: token.marginXS }}>
              <ToneTag tone={stateTone(c.state)}>{stateLabel(c.state, t)}</ToneTag>
              <ToneTag tone={severityTone(c.severity)}>
                {t('Severity: {{severity}}', { severity: severityLabel(c.severity, t) })}
              </ToneTag>
            </Flex>
          </div>
          {mayWork && <CaseActions detail={detail} />}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xxl: 3 }}
          items={[
            { key: 'customer', label: t('Customer'), children: c.customer },
            { key: 'episode', label: t('Episode'), children: c.episode },
            {
              key: 'touchpoint',
              label: t('Touchpoint'),
              children: `${names.touchpoint(c.journey.key, c.touchpoint)} · ${names.journey(c.journey)}`,
            },
            { key: 'department', label: t('Department'), children: departmentName(c.department) ?? '–' },
            { key: 'owner', label: t('Owner'), children: c.assignee?.name ?? t('Unassigned') },
            { key: 'opened', label: t('Opened'), children: formatDateTime(c.openedAt) },
            {
              key: 'first-response',
              label: t('First response'),
              children: (
                <Flex gap={token.marginXS} wrap align="center">
                  <SlaDueTag dueAt={c.firstResponseDueAt} doneAt={c.firstResponseAt} />
                  <Typography.Text type="secondary">
                    {c.firstResponseAt
                      ? t('responded {{time}}', { time: formatDateTime(c.firstResponseAt) })
                      : t('due {{time}}', { time: formatDateTime(c.firstResponseDueAt) })}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'resolution',
              label: t('Resolution'),
              children: (
                <Flex gap={token.marginXS} wrap align="center">
                  <SlaDueTag dueAt={c.resolutionDueAt} doneAt={c.resolvedAt} paused={stopsClock(c.state)} />
                  <Typography.Text type="secondary">
                    {c.resolvedAt
                      ? t('resolved {{time}}', { time: formatDateTime(c.resolvedAt) })
                      : t('due {{time}}', { time: formatDateTime(c.resolutionDueAt) })}
                  </Typography.Text>
                </Flex>
              ),
            },
            ...(c.reopenedCount > 0
              ? [{ key: 'reopened', label: t('Times reopened'), children: formatNumber(c.reopenedCount, 0) }]
              : []),
            ...(c.resolution
              ? [
                  {
                    key: 'what',
                    label: t('What was done'),
                    span: 'filled' as const,
                    children: (
                      <span>
                        {c.resolution}
                        {c.rootCause && (
                          <Typography.Text type="secondary">
                            {' '}
                            · {t('Root cause: {{cause}}', { cause: rootCauseName(c.rootCause) })}
                          </Typography.Text>
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
