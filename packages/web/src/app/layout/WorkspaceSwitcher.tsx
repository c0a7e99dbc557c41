import { DownOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { TSession } from '../../lib/session/session.ts';

/** Picks the workspace; the same page opens in the other workspace. */
export function WorkspaceSwitcher({ workspace, session }: { workspace: string; session: TSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const page = location.pathname.split('/')[3] ?? '';
  const current = session.workspaces.find((w) => w.key === workspace);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [workspace],
        items: session.workspaces.map((w) => ({ key: w.key, label: w.name })),
        onClick: ({ key }) => void navigate(`/w/${encodeURIComponent(key)}/${page}`),
      }}
    >
      <Button icon={<TeamOutlined />} aria-label={`${t('Workspace')}: ${current?.name ?? workspace}`}>
        {current?.name ?? workspace} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
