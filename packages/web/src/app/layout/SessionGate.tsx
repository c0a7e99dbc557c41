import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { StatusPage, statusOf } from '../../components/StatusPage.tsx';
import type { TSession } from '../../lib/session/session.ts';
import { useSession } from '../../lib/session/session.ts';

/** Renders its children with the session; otherwise a spinner, the sign-in page, or the status page. */
export function SessionGate({ children }: { children: (session: TSession) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending)
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  if (session.isError) {
    const status = statusOf(session.error);
    if (status === 'unauthenticated') {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/sign-in?next=${next}`} replace />;
    }
    return <StatusPage status={status} />;
  }
  return <>{children(session.data)}</>;
}
