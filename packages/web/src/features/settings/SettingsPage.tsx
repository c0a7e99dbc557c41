import { Card, Flex, Tabs, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../lib/session/session.ts';
import { ApiKeysPanel } from './ApiKeysPanel.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { WorkspacePanel } from './WorkspacePanel.tsx';

const TABS = ['members', 'keys', 'workspace', 'audit'] as const;

/** The administrator's settings: members, API keys, the workspace's settings and the audit log (tab in the URL). */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab = TABS.find((name) => name === raw) ?? 'members';
  const items = [
    can('members:manage') && { key: 'members', label: t('Members'), children: <MembersPanel /> },
    can('keys:manage') && { key: 'keys', label: t('API keys'), children: <ApiKeysPanel /> },
    can('settings:manage') && { key: 'workspace', label: t('Workspace'), children: <WorkspacePanel /> },
    can('audit:read') && { key: 'audit', label: t('Audit log'), children: <AuditPanel /> },
  ].filter((item) => item !== false);
  return (
    <Flex vertical gap={token.marginLG}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
        {t('Settings')}
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(next) => setParams({ tab: next }, { replace: true })}
          items={items}
        />
      </Card>
    </Flex>
  );
}
