import { getRouteApi } from '@tanstack/react-router';
import { SettingsPage } from './settings-page.js';

// getRouteApi, not the route object: importing routes.tsx here would pull this lazy page into the first bundle.
const route = getRouteApi('/_app/i/$kode/suksesi/pengaturan');

export function SettingsRoute() {
  const { kode } = route.useParams();
  return <SettingsPage kode={kode} />;
}
