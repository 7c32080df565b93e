import { getRouteApi } from '@tanstack/react-router';
import { KeyPositionsPage } from './key-positions-page.js';

// getRouteApi, not the route object: importing routes.tsx here would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/suksesi');

export function KeyPositionsRoute() {
  const { kode } = route.useParams();
  return <KeyPositionsPage kode={kode} />;
}
