import { getRouteApi } from '@tanstack/react-router';
import { TalentCardPage } from './talent-card-page.js';

const route = getRouteApi('/_app/i/$kode/pegawai/$nip');

export function TalentCardRoute() {
  const { kode, nip } = route.useParams();
  return <TalentCardPage kode={kode} nip={nip} />;
}
