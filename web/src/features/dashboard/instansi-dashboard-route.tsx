import { getRouteApi } from '@tanstack/react-router';
import { InstansiPage } from './instansi-page.js';

// getRouteApi, not the route object: importing routes.tsx here would pull this lazy page into the first
// bundle's module graph.
const route = getRouteApi('/_app/i/$kode/');

export function InstansiDashboardRoute() {
  const { kode } = route.useParams();
  const { periode } = route.useSearch();
  return <InstansiPage kode={kode} periode={periode} />;
}
