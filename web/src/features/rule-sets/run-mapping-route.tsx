import { getRouteApi } from '@tanstack/react-router';
import { RunMappingPage } from './run-mapping-page.js';

const route = getRouteApi('/_app/i/$kode/aturan/jalankan');

export function RunMappingRoute() {
  const { kode } = route.useParams();
  return <RunMappingPage kode={kode} />;
}
