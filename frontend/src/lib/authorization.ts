// What the UI offers per role. The backend enforces the same rules; this only hides
// actions a user cannot take.
import { useMe } from '@/lib/me';

export const ROLES = ['admin', 'staff', 'partner', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

const POLICIES = {
  'partners:write': ['admin', 'staff'],
  'partners:delete': ['admin'],
  'programmes:write': ['admin', 'staff'],
  'programmes:delete': ['admin'],
  'stages:write': ['admin'],
  'targets:write': ['admin', 'staff'],
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
