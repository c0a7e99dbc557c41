/** The roles as the settings show them: names and what each may do, in the user's language. */
import type { TFunction } from 'i18next';
import type { TRole } from './api.ts';

/** Roles a member or key can be given, most powerful first (`ingest` is for systems: keys only). */
export const MEMBER_ROLES: TRole[] = ['admin', 'analyst', 'owner', 'agent', 'viewer'];
/** Roles an API key can be given. */
export const KEY_ROLES: TRole[] = ['ingest', 'analyst', 'viewer', 'admin'];

/** A role's name. */
export function roleName(t: TFunction, role: TRole): string {
  switch (role) {
    case 'admin':
      return t('Administrator');
    case 'analyst':
      return t('Analyst');
    case 'owner':
      return t('Touchpoint owner');
    case 'agent':
      return t('Agent');
    case 'viewer':
      return t('Viewer');
    case 'ingest':
      return t('Data ingestion');
  }
}

/** What a role may do, in one line. */
export function roleSummary(t: TFunction, role: TRole): string {
  switch (role) {
    case 'admin':
      return t('Everything, including members, keys and settings');
    case 'analyst':
      return t('Journeys, analyses and data in; personal data masked');
    case 'owner':
      return t('Reads touchpoints and breaches');
    case 'agent':
      return t('Customer timelines with contact data');
    case 'viewer':
      return t('Read-only; personal data masked');
    case 'ingest':
      return t('Writes moments and outcomes; reads nothing');
  }
}

/** Options of a role picker. */
export function roleOptions(t: TFunction, roles: TRole[]) {
  return roles.map((role) => ({ value: role, label: roleName(t, role), title: roleSummary(t, role) }));
}
