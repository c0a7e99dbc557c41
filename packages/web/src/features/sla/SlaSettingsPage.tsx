import { Card, Flex, Tabs, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useWorkspaceTimeZone } from '../../lib/time-zone.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';
import { CalendarsPanel } from './CalendarsPanel.tsx';
import { DepartmentsPanel } from './DepartmentsPanel.tsx';
import { PoliciesPanel } from './PoliciesPanel.tsx';

const TABS = ['policies', 'calendars', 'departments'] as const;

/** SLA settings: policies (targets per severity), business calendars, and departments' escalation contacts. */
export default function SlaSettingsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const workspace = useWorkspaceKey();
  const timeZone = useWorkspaceTimeZone(workspace) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'policies';
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('SLA')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(
            'How soon a case must get its first response and its resolution, on which working hours, and who hears when it does not.',
          )}
        </Typography.Text>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(next) => setParams({ tab: next }, { replace: true })}
          items={[
            { key: 'policies', label: t('SLA policies'), children: <PoliciesPanel /> },
            {
              key: 'calendars',
              label: t('Business calendars'),
              children: <CalendarsPanel defaultTimeZone={timeZone} />,
            },
            { key: 'departments', label: t('Escalation contacts'), children: <DepartmentsPanel /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
