import { getRouteApi } from '@tanstack/react-router';
import { SlatePage } from './slate-page.js';

const route = getRouteApi('/_app/i/$kode/suksesi/$jabatan');

export function SlateRoute() {
  const { kode, jabatan } = route.useParams();
  return <SlatePage kode={kode} jabatan={jabatan} />;
}
