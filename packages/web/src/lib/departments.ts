/**
 * The workspace's departments (its touchpoints' owners): the resource the case, SLA and recovery pages read,
 * and the one way a department's key becomes the name a reader knows ("contact_center" -> 客服热线中心).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, inWorkspace, unwrap } from './api/client.ts';
import type { components } from './api/schema.d.ts';
import { i18n } from './i18n/index.ts';
import { useWorkspaceKey } from './session/session.ts';

/** A department with its display names and escalation contacts. */
export type TDepartmentOut = components['schemas']['Department'];

/** Query key of the departments of a workspace; invalidate it after a change. */
export const departmentKeys = { all: (workspace: string) => ['departments', workspace] as const };

/** GET /api/departments. */
export function useDepartments() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: departmentKeys.all(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/departments', { headers: inWorkspace(workspace) }))).departments,
    staleTime: 5 * 60_000,
  });
}

/** A department's name in the current language: the pack's name when it has one, else its key. */
export function departmentName(
  department: string,
  departments: readonly TDepartmentOut[] | undefined,
): string {
  const names = departments?.find((d) => d.name === department)?.names;
  if (!names) return department;
  return i18n.language === 'zh-CN' ? names['zh-CN'] : names.en;
}

/** `departmentName` bound to the workspace's departments (the key itself until they have loaded). */
export function useDepartmentName(): (department: string | null | undefined) => string | null {
  const { data } = useDepartments();
  return useCallback(
    (department: string | null | undefined) => (department ? departmentName(department, data) : null),
    [data],
  );
}
