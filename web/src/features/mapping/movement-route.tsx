import { getRouteApi } from '@tanstack/react-router';
import { MovementPage } from './movement-page.js';

const route = getRouteApi('/_app/i/$kode/pemetaan/pergerakan');

export function MovementRoute() {
  const { kode } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <MovementPage
      kode={kode}
      search={search}
      onSearch={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
