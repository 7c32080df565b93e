import { getRouteApi } from '@tanstack/react-router';
import { NineBoxPage } from './nine-box-page.js';

// getRouteApi, not the route object: importing routes.tsx would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/pemetaan');

export function NineBoxRoute() {
  const { kode } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <NineBoxPage
      kode={kode}
      search={search}
      onSearch={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
