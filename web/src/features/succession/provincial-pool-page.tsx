import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { provincialPoolQuery } from './api.js';
import { useLabels } from './labels.js';

/** The provincial JPT pool (product.md §2.5): the JPT pool members of the province and its governments. */
export function ProvincialPoolPage() {
  const { t } = useTranslation(['succession', 'common']);
  const f = useFormat();
  const l = useLabels();
  const user = useUser();
  const { data } = useSuspenseQuery(provincialPoolQuery(user.instansiKode));
  const total = data.items.reduce((s, g) => s + g.anggota.length, 0);
  return (
    <Stack>
      <div>
        <Title order={2}>{t('province.title')}</Title>
        <Text size="sm">{t('province.intro')}</Text>
        <Text size="sm" fw={600} data-testid="total-provinsi">
          {t('province.total', { n: f.number(total) })}
        </Text>
      </div>
      {data.items.map((g) => (
        <Card withBorder key={g.instansi} data-instansi={g.instansi}>
          <Title order={3} size="h4">
            {g.nama}
          </Title>
          {g.periode === null ? (
            <Text size="sm">{t('province.noMapping')}</Text>
          ) : g.anggota.length === 0 ? (
            <Text size="sm">{t('pool.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Caption>{t('province.caption', { nama: g.nama })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('pool.nama')}</Table.Th>
                    <Table.Th scope="col">{t('pool.jabatan')}</Table.Th>
                    <Table.Th scope="col">{t('pool.box')}</Table.Th>
                    <Table.Th scope="col">{t('pool.status')}</Table.Th>
                    <Table.Th scope="col">{t('pool.pensiun')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.anggota.map((m) => (
                    <Table.Tr key={m.nipBaru}>
                      <Table.Td>
                        {m.nama ?? '—'}
                        <Text size="xs">{m.nipBaru}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{m.jabatanNama ?? '—'}</Text>
                        <Text size="xs">{m.unorNama ?? ''}</Text>
                      </Table.Td>
                      <Table.Td>{m.kotak === null ? '—' : t('common:box.short', { box: m.kotak })}</Table.Td>
                      <Table.Td>{l.poolStatus(m.status)}</Table.Td>
                      <Table.Td>
                        {m.tanggalPensiun ? l.date(m.tanggalPensiun) : '—'}
                        {m.menjelangPensiun ? ` · ${t('pool.flagRetiring')}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      ))}
    </Stack>
  );
}
