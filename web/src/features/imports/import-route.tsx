import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from './import-page.js';

// getRouteApi, not the route object: importing routes.tsx would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/impor');

export function ImportRoute() {
  const { kode } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <ImportPage
      kode={kode}
      importId={search.impor}
      halaman={search.halaman}
      onSelect={(impor, halaman = 1) => void navigate({ search: { impor, halaman } })}
    />
  );
}
