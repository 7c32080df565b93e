import { getRouteApi } from '@tanstack/react-router';
import { RuleSetsPage } from './rule-sets-page.js';

const route = getRouteApi('/_app/i/$kode/aturan');

export function RuleSetsRoute() {
  const { kode } = route.useParams();
  return <RuleSetsPage kode={kode} />;
}
