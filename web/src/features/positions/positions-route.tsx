import { getRouteApi } from '@tanstack/react-router';
import { PositionsPage } from './positions-page.js';

// getRouteApi, not the route object: importing routes.tsx would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/jabatan');

export function PositionsRoute() {
  const { kode } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <PositionsPage
      kode={kode}
      filter={search}
      onFilter={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
