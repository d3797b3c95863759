// The start page per role: the door volunteer goes straight to check-in, the network to partners.
import { Navigate } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { can } from '@/lib/authorization';
import { useMe } from '@/lib/me';

export function HomeRoute() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  const roles = me.data?.roles;
  return <Navigate to={can(roles, 'companies:read') || !can(roles, 'checkin:use') ? '/partners' : '/check-in'} replace />;
}
