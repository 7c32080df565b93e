import { getRouteApi } from '@tanstack/react-router';
import { TalentPoolPage } from './talent-pool-page.js';

const route = getRouteApi('/_app/i/$kode/kelompok-talenta');

export function TalentPoolRoute() {
  const { kode } = route.useParams();
  const { kelompok } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <TalentPoolPage
      kode={kode}
      kelompok={kelompok}
      onKelompok={(next) => void navigate({ search: { kelompok: next } })}
    />
  );
}
