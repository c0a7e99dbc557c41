/**
 * Roles and permissions: the ONE table that says who may do what in a workspace. The server's single
 * authorisation step, the isolation suite and the web app's navigation all read it.
 */

/** What a request may do, named for the domain. */
export const PERMISSIONS = [
  'journeys:read',
  'journeys:write',
  'analyses:read',
  'customers:read',
  'customers:erase',
  'breaches:read',
  'moments:write',
  'moments:delete',
  'outcomes:write',
  'pii',
  'members:manage',
  'keys:manage',
  'settings:read',
  'settings:manage',
  'audit:read',
  'cases:read',
  'cases:work',
  'callbacks:work',
  'loop:manage',
  'notifications:manage',
  'initiatives:manage',
  'surveys:manage',
] as const;

/** A permission. */
export type TPermission = (typeof PERMISSIONS)[number];

/** The roles a member or an API key has in one workspace. */
export const ROLES = ['admin', 'analyst', 'owner', 'agent', 'viewer', 'ingest'] as const;

/** A role. */
export type TRole = (typeof ROLES)[number];

const READ: TPermission[] = [
  'journeys:read',
  'analyses:read',
  'customers:read',
  'breaches:read',
  'settings:read',
  'cases:read',
];

/**
 * What each role may do. `admin`: everything, members, keys and settings included. `analyst`: journeys,
 * analyses and data in, without personal data. `owner`: reads the touchpoints and breaches of the
 * workspace and works the service-recovery cases of their department. `agent`: customers' timelines with
 * their contact data, and the callbacks (回访) they make. `viewer`: read-only, personal data masked. `ingest`:
 * systems that write moments and outcomes and read nothing. `loop:manage` covers alert rules, SLA policies
 * and business calendars; `notifications:manage` the channels staff are notified on; `initiatives:manage`
 * records the changes whose effect is evaluated (reading an evaluation is `analyses:read`); `surveys:manage`
 * builds surveys and their distribution (reading them is `settings:read`).
 */
export const ROLE_PERMISSIONS: Readonly<Record<TRole, readonly TPermission[]>> = {
  admin: PERMISSIONS,
  analyst: [
    ...READ,
    'journeys:write',
    'moments:write',
    'outcomes:write',
    'moments:delete',
    'loop:manage',
    'initiatives:manage',
    'surveys:manage',
  ],
  owner: [...READ, 'cases:work', 'callbacks:work'],
  agent: [
    'journeys:read',
    'customers:read',
    'breaches:read',
    'settings:read',
    'pii',
    'cases:read',
    'callbacks:work',
  ],
  viewer: READ,
  ingest: ['moments:write', 'outcomes:write'],
};

/** Whether `role` holds `permission`. */
export function can(role: TRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Whether a string names a role. */
export function isRole(value: string): value is TRole {
  return (ROLES as readonly string[]).includes(value);
}
