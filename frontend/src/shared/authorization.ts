// What the UI offers per role. The backend enforces the same rules; this only hides
// actions a user cannot take.
import { useMe } from '@/shared/me';

export const ROLES = ['admin', 'staff', 'partner', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

const POLICIES = {
  'partners:write': ['admin', 'staff'],
  'partners:delete': ['admin'],
  /** The programme list; the door role does without it (an event names its programme itself). */
  'programmes:read': ['admin', 'staff', 'partner'],
  'programmes:write': ['admin', 'staff'],
  'programmes:delete': ['admin'],
  'stages:write': ['admin'],
  'targets:write': ['admin', 'staff'],
  // companies, contacts, activities, referrals and the funnel: the partner network works on them
  'companies:read': ['admin', 'staff', 'partner'],
  'companies:write': ['admin', 'staff', 'partner'],
  'companies:merge': ['admin', 'staff'],
  'contacts:write': ['admin', 'staff', 'partner'],
  'contacts:privacy': ['admin'],
  'activities:write': ['admin', 'staff', 'partner'],
  /** Companies, contact persons and activities from a file; a partner's import is its own. */
  'imports:write': ['admin', 'staff', 'partner'],
  'referrals:write': ['admin', 'staff', 'partner'],
  'stage-records:write': ['admin', 'staff', 'partner'],
  /** Any record; a partner may withdraw only its own credits (see canWithdrawStageRecord). */
  'stage-records:withdraw-any': ['admin', 'staff'],
  'ambassadors:write': ['admin', 'staff'],
  // events: the network plans them; the backend limits a partner to the events it organises
  'events:read': ['admin', 'staff', 'partner'],
  'events:write': ['admin', 'staff', 'partner'],
  /** Live attendance and the check-in history of an event. */
  'events:attendance': ['admin', 'staff'],
  /** The monitoring dashboard and its exports; partners see network totals, lists within their scope. */
  'reports:read': ['admin', 'staff', 'partner'],
  /** The audit trail and the retention rule: the privacy officer's tools. */
  'audit:read': ['admin'],
  /** Webhook subscriptions: a partner's own (its users and its API client), admins all. */
  'webhooks:manage': ['admin', 'partner'],
  /** The door: scan tickets, look up names, admit walk-ins. */
  'checkin:use': ['admin', 'staff', 'checkin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICIES;

export function can(roles: readonly string[] | undefined, permission: Permission): boolean {
  const allowed: readonly string[] = POLICIES[permission];
  return (roles ?? []).some((role) => allowed.includes(role));
}

export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return can(data?.roles, permission);
}

/**
 * Admin and staff act for the whole network and must say which partner did something; a partner
 * user always acts for its own organisation (partnerId from /api/me), which the API fills in.
 */
export function useActingPartner(): { actsForNetwork: boolean; ownPartnerId?: number } {
  const { data } = useMe();
  const roles = data?.roles ?? [];
  return {
    actsForNetwork: roles.includes('admin') || roles.includes('staff'),
    ownPartnerId: data?.partnerId,
  };
}

/**
 * Whose relationships a user may list (companies worked with, credits, outcomes, activities across
 * companies): 'network' for admin and staff, its own partner's id for a partner user, undefined
 * while /api/me is loading (or for a partner user without a partner).
 */
export type ListViewer = 'network' | number;

export function useListViewer(): ListViewer | undefined {
  const { data } = useMe();
  const roles = data?.roles ?? [];
  if (roles.includes('admin') || roles.includes('staff')) return 'network';
  return data?.partnerId;
}
