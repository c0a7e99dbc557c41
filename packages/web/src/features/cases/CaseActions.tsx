import {
  CheckCircleOutlined,
  CheckOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
  StopOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { TCaseState } from '@mot/core/loop/types';
import { Alert, Button, Flex, Popconfirm, theme } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import type { TCaseAction } from './actions.ts';
import { allowedActions } from './actions.ts';
import type { TCaseDetail, TCaseMove } from './api.ts';
import { useMoveCase } from './api.ts';
import { AssignDialog } from './AssignDialog.tsx';
import { ResolveDialog } from './ResolveDialog.tsx';

/** The button of a move: its label, icon, and whether it asks first (closing and reopening do). */
function moveButton(move: TCaseMove, t: TFunction): { label: string; icon: ReactNode; confirm?: string } {
  switch (move) {
    case 'acknowledge':
      return { label: t('Acknowledge'), icon: <CheckOutlined /> };
    case 'start':
      return { label: t('Start work'), icon: <PlayCircleOutlined /> };
    case 'close':
      return {
        label: t('Close'),
        icon: <StopOutlined />,
        confirm: t('Close this case without a confirmed callback?'),
      };
    case 'reopen':
      return { label: t('Reopen'), icon: <RollbackOutlined />, confirm: t('Reopen this case?') };
  }
}

/**
 * What the owner can do now: the moves core's lifecycle allows from the case's state (acknowledge, start,
 * resolve with the resolution and root cause, close, reopen), and assigning the case to a member.
 */
export function CaseActions({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const c = detail.case;
  const move = useMoveCase(c.id);
  const [resolving, setResolving] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const actions = allowedActions(c.state as TCaseState);
  const button = (action: TCaseAction, primary: boolean) => {
    if (action.kind === 'resolve')
      return (
        <Button
          key="resolve"
          type={primary ? 'primary' : 'default'}
          icon={<CheckCircleOutlined />}
          onClick={() => setResolving(true)}
        >
          {t('Resolve')}
        </Button>
      );
    const { label, icon, confirm } = moveButton(action.move, t);
    const run = () => move.mutate({ move: action.move });
    const pending = move.isPending && move.variables?.move === action.move;
    return confirm ? (
      <Popconfirm key={action.move} title={confirm} okText={label} cancelText={t('Cancel')} onConfirm={run}>
        <Button icon={icon} loading={pending}>
          {label}
        </Button>
      </Popconfirm>
    ) : (
      <Button
        key={action.move}
        type={primary ? 'primary' : 'default'}
        icon={icon}
        loading={pending}
        onClick={run}
      >
        {label}
      </Button>
    );
  };
  return (
    <Flex vertical gap={token.marginSM}>
      <Flex wrap gap={token.marginSM}>
        {actions.map((action, i) => button(action, i === 0))}
        {c.state !== 'closed' && (
          <Button icon={<UserAddOutlined />} onClick={() => setAssigning(true)}>
            {c.assignee ? t('Reassign') : t('Assign')}
          </Button>
        )}
      </Flex>
      {move.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The case did not change.')}
          description={
            move.error instanceof ApiError ? move.error.message : t('The server cannot be reached')
          }
        />
      )}
      <ResolveDialog detail={detail} open={resolving} onClose={() => setResolving(false)} />
      <AssignDialog ids={[c.id]} open={assigning} onClose={() => setAssigning(false)} />
    </Flex>
  );
}
