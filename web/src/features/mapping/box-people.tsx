import { Anchor, Card, Group, Pagination, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { boxPeopleQuery, type BoxFilter } from './api.js';

/** The people of one box (0: not mapped), paged on the server; each name opens the talent card. */
export function BoxPeople({
  kode,
  kotak,
  filter,
  halaman,
  onPage,
}: {
  kode: string;
  kotak: number;
  filter: BoxFilter;
  halaman: number;
  onPage: (halaman: number) => void;
}) {
  const { t } = useTranslation(['mapping', 'common']);
  const f = useFormat();
  const { data, isPending } = useQuery(boxPeopleQuery(kode, kotak, { ...filter, halaman }));
  const title = kotak === 0 ? t('common:box.notMapped') : t('common:box.short', { box: kotak });
  const n = (v: number | null) => (v === null ? '—' : f.decimal(v));
  return (
    <Card withBorder data-testid="orang-kotak">
      <Title order={3} size="h4">
        {t('mapping:people.title', { box: title })}
      </Title>
      {isPending || !data ? (
        <Text size="sm">{t('common:shell.loading')}</Text>
      ) : data.items.length === 0 ? (
        <Text size="sm">{t('mapping:people.empty')}</Text>
      ) : (
        <>
          <Text size="sm" data-testid="jumlah-orang-kotak">
            {t('mapping:people.count', { count: data.total })}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mapping:people.name')}</Table.Th>
                  <Table.Th>NIP</Table.Th>
                  <Table.Th>{t('mapping:people.position')}</Table.Th>
                  <Table.Th>{t('mapping:people.unit')}</Table.Th>
                  <Table.Th>{t('mapping:grid.kinerja')}</Table.Th>
                  <Table.Th>{t('mapping:grid.potensial')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.nip} data-nip={p.nip}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link to="/i/$kode/pegawai/$nip" params={{ kode, nip: p.nip }} {...props} />
                        )}
                      >
                        {p.nama}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ff="monospace">{p.nip}</Table.Td>
                    <Table.Td>{p.jabatan}</Table.Td>
                    <Table.Td>{p.unit?.nama ?? '—'}</Table.Td>
                    <Table.Td>{n(p.nilaiKinerja)}</Table.Td>
                    <Table.Td>{n(p.nilaiPotensial)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > data.ukuran && (
            <Group justify="flex-end" mt="xs">
              <Pagination
                getControlProps={(control) => ({ 'aria-label': t(`mapping:people.pager.${control}`) })}
                size="sm"
                total={Math.ceil(data.total / data.ukuran)}
                value={data.halaman}
                onChange={onPage}
                aria-label={t('mapping:people.page')}
              />
            </Group>
          )}
        </>
      )}
    </Card>
  );
}
