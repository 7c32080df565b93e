import { Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet } from '../lib/api-client.js';
import type { User } from '../lib/session.js';

const instansiListSchema = z.object({
  items: z.array(z.object({ kode: z.string(), nama: z.string(), jenis: z.string() })),
});

/** The instansi the account sees (`GET /api/instansi`): the shell's switcher list. */
const instansiListQuery = {
  queryKey: ['instansi', 'list'],
  queryFn: () => apiGet('/api/instansi', instansiListSchema),
  staleTime: 5 * 60_000,
};

/**
 * For a province-wide account, a list of the governments it sees: choosing one opens the same kind of page
 * for it (`/i/<kode>/...`). Other accounts see the name of their own instansi.
 */
export function InstansiSwitcher({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams({ strict: false });
  const current = params.kode ?? user.instansiKode;
  const { data } = useQuery({ ...instansiListQuery, enabled: user.seProvinsi });
  if (!user.seProvinsi) return <Text size="sm">{user.instansiKode}</Text>;
  return (
    <Select
      aria-label={t('shell.instansiHint')}
      size="xs"
      w={{ base: 150, sm: 260 }}
      searchable
      allowDeselect={false}
      value={current}
      data={(data?.items ?? []).map((i) => ({ value: i.kode, label: i.nama }))}
      onChange={(kode) => {
        if (!kode) return;
        // Stay on the same kind of page when it belongs to an instansi; otherwise open its dashboard.
        if (params.kode) void navigate({ to: '.', params: { kode } });
        else void navigate({ to: '/i/$kode', params: { kode } });
      }}
    />
  );
}
