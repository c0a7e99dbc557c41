import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, message } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
// Its form is loaded only when the user opens it: the shell stays small.
const ChangePasswordDialog = lazy(() =>
  import('../../features/auth/ChangePasswordDialog.tsx').then((m) => ({ default: m.ChangePasswordDialog })),
);
import type { TSession } from '../../lib/session/session.ts';
import { signOut } from '../../lib/session/sign-in.ts';

/** The user's name, with sign-out and password change. */
export function UserMenu({ user }: { user: TSession['user'] }) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  const onSignOut = async () => {
    try {
      await signOut();
    } catch {
      void toast.error(t('Signing out failed; try again.'));
      return;
    }
    queryClient.clear();
    void navigate('/sign-in');
  };
  return (
    <>
      {toastHolder}
      <Dropdown
        menu={{
          items: [
            { key: 'password', label: t('Change password'), onClick: () => setChanging(true) },
            { type: 'divider' },
            { key: 'sign-out', label: t('Sign out'), onClick: () => void onSignOut() },
          ],
        }}
      >
        <Button
          type="text"
          icon={<UserOutlined />}
          aria-label={`${user.name || user.email} (${t('User menu')})`}
        >
          {user.name || user.email} <DownOutlined />
        </Button>
      </Dropdown>
      {changing && (
        <Suspense>
          <ChangePasswordDialog open onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </>
  );
}
