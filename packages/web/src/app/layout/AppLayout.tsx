import { Flex, Layout, Menu, Spin, theme, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { StatusPage } from '../../components/StatusPage.tsx';
import { useWorkspaceTimeZone } from '../../lib/time-zone.ts';
import { NAV_ITEMS } from '../nav.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { rememberWorkspace } from './last-workspace.ts';
import { SessionGate } from './SessionGate.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

/** The frame of every page inside a workspace: side navigation by role, and the header. */
export function AppLayout() {
  const { workspace = '' } = useParams();
  return (
    <SessionGate>
      {(session) => {
        const member = session.workspaces.find((w) => w.key === workspace);
        if (!member) return <StatusPage status="not_found" />;
        return <Frame workspace={workspace} permissions={member.permissions} session={session} />;
      }}
    </SessionGate>
  );
}

function Frame({
  workspace,
  permissions,
  session,
}: {
  workspace: string;
  permissions: string[];
  session: Parameters<typeof WorkspaceSwitcher>[0]['session'];
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  useEffect(() => rememberWorkspace(workspace), [workspace]);
  useWorkspaceTimeZone(workspace);
  const base = `/w/${encodeURIComponent(workspace)}`;
  const items = NAV_ITEMS.filter((item) => permissions.includes(item.permission)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={`${base}/${item.path}`}>{item.label(t)}</Link>,
  }));
  const selected = location.pathname.slice(base.length + 1).split('/')[0] ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Wide enough for the longest English label ("Customers and episodes") in one line. */}
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={240}>
        <Flex align="center" gap={8} style={{ height: 56, paddingInline: token.paddingLG }}>
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <Typography.Text strong style={{ fontSize: token.fontSizeLG }}>
            mot
          </Typography.Text>
        </Flex>
        <nav aria-label={t('Main navigation')}>
          <Menu mode="inline" items={items} selectedKeys={[selected]} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: token.paddingLG,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={token.margin}>
            <WorkspaceSwitcher workspace={workspace} session={session} />
            <Flex align="center" gap={token.margin}>
              <LanguageSwitch />
              <UserMenu user={session.user} />
            </Flex>
          </Flex>
        </Layout.Header>
        {/* antd's Content is the page's one <main> landmark. */}
        <Layout.Content style={{ padding: token.paddingLG }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
