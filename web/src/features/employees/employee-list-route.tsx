import { getRouteApi } from '@tanstack/react-router';
import { EmployeeListPage } from './employee-list-page.js';

// getRouteApi, not the route object: importing routes.tsx would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/pegawai');

export function EmployeeListRoute() {
  const { kode } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <EmployeeListPage
      kode={kode}
      filter={search}
      onFilter={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
