// The start page per role: a partner's advisor starts on their own work, whoever else reads the
// reports on the dashboard, the door volunteer goes straight to check-in, anyone else to the partner list.
import { Navigate } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { can } from '@/shared/authorization';
import { useMe } from '@/shared/me';

export function homeFor(roles: readonly string[] | undefined): string {
  if (roles?.includes('partner') && !roles.includes('admin') && !roles.includes('staff')) return '/my-work';
  if (can(roles, 'reports:read')) return '/dashboard';
  if (can(roles, 'checkin:use')) return '/check-in';
  return '/partners';
}

export function HomeRoute() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  return <Navigate to={homeFor(me.data?.roles)} replace />;
}
