import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { lastWorkspace } from './last-workspace.ts';
import { SessionGate } from './SessionGate.tsx';

/** `/`: the workspace used last (or the first one), at its start page. */
export function RootRedirect() {
  const { t } = useTranslation();
  return (
    <SessionGate>
      {(session) => {
        const keys = session.workspaces.map((w) => w.key);
        const remembered = lastWorkspace();
        const key = remembered && keys.includes(remembered) ? remembered : keys[0];
        if (!key)
          return (
            <Result
              status="info"
              title={t('You are not a member of any workspace yet')}
              subTitle={t('Ask an administrator to add you to one.')}
            />
          );
        return <Navigate to={`/w/${encodeURIComponent(key)}`} replace />;
      }}
    </SessionGate>
  );
}
