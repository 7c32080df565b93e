import { getRouteApi } from '@tanstack/react-router';
import { RuleSetPage } from './rule-set-page.js';

const route = getRouteApi('/_app/i/$kode/aturan/$aturan');

export function RuleSetRoute() {
  const { kode, aturan } = route.useParams();
  return <RuleSetPage key={aturan} kode={kode} aturan={aturan} />;
}
