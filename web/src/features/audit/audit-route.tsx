import { getRouteApi } from '@tanstack/react-router';
import { AuditPage } from './audit-page.js';

const route = getRouteApi('/_app/audit');

export function AuditRoute() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return <AuditPage filter={search} onFilter={(next) => void navigate({ search: next })} />;
}
