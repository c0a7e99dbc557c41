import {
  BellOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  DotChartOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  SettingOutlined,
  SolutionOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  AimOutlined,
  FallOutlined,
  FormOutlined,
  MessageOutlined,
  SendOutlined,
  PhoneOutlined,
  RiseOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TPermission } from '@mot/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/** An entry of the side navigation: shown only to roles that hold its permission (core's role table). */
export type TNavItem = {
  path: string;
  label: (t: TFunction) => string;
  icon: ReactNode;
  permission: TPermission;
};

/** The side navigation, in order. A page added later adds its entry here and its route in router.tsx. */
export const NAV_ITEMS: TNavItem[] = [
  { path: 'overview', label: (t) => t('Overview'), icon: <DashboardOutlined />, permission: 'analyses:read' },
  { path: 'journeys', label: (t) => t('Journeys'), icon: <NodeIndexOutlined />, permission: 'journeys:read' },
  { path: 'key-moments', label: (t) => t('Key moments'), icon: <AimOutlined />, permission: 'analyses:read' },
  { path: 'churn', label: (t) => t('Churn'), icon: <FallOutlined />, permission: 'analyses:read' },
  {
    path: 'customers',
    label: (t) => t('Customers and episodes'),
    icon: <TeamOutlined />,
    permission: 'customers:read',
  },
  { path: 'breaches', label: (t) => t('Breaches'), icon: <WarningOutlined />, permission: 'breaches:read' },
  { path: 'cases', label: (t) => t('Cases'), icon: <SolutionOutlined />, permission: 'cases:read' },
  { path: 'callbacks', label: (t) => t('Callbacks'), icon: <PhoneOutlined />, permission: 'cases:read' },
  { path: 'surveys', label: (t) => t('Surveys'), icon: <FormOutlined />, permission: 'settings:read' },
  { path: 'studies', label: (t) => t('Studies'), icon: <DotChartOutlined />, permission: 'settings:read' },
  { path: 'recovery', label: (t) => t('Recovery'), icon: <RiseOutlined />, permission: 'cases:read' },
  {
    path: 'initiatives',
    label: (t) => t('Initiatives'),
    icon: <ExperimentOutlined />,
    permission: 'analyses:read',
  },
  {
    path: 'alert-rules',
    label: (t) => t('Alert rules'),
    icon: <BellOutlined />,
    permission: 'loop:manage',
  },
  { path: 'sla', label: (t) => t('SLA'), icon: <FieldTimeOutlined />, permission: 'loop:manage' },
  {
    path: 'notification-channels',
    label: (t) => t('Notification channels'),
    icon: <NotificationOutlined />,
    permission: 'notifications:manage',
  },
  {
    path: 'invitations',
    label: (t) => t('Invitations'),
    icon: <SendOutlined />,
    permission: 'settings:read',
  },
  {
    path: 'survey-channels',
    label: (t) => t('Survey channels'),
    icon: <MessageOutlined />,
    permission: 'surveys:manage',
  },
  { path: 'settings', label: (t) => t('Settings'), icon: <SettingOutlined />, permission: 'settings:manage' },
  { path: 'data-in', label: (t) => t('Data in'), icon: <CloudUploadOutlined />, permission: 'moments:write' },
];

/** The first page the user may see: where a workspace's address without a page leads. */
export function firstAllowedPath(can: (permission: TPermission) => boolean): string | undefined {
  return NAV_ITEMS.find((item) => can(item.permission))?.path;
}
