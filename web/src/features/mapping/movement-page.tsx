import { Anchor, Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { movementQuery, movementYears, runYearsQuery, type MovementFilter } from './api.js';

const BOXES = ['9', '8', '7', '6', '5', '4', '3', '2', '1', '0'] as const;
const PEOPLE = new Set(['ADMIN_PROVINSI', 'ADMIN_INSTANSI', 'KOMITE_TALENTA', 'PPK', 'PIMPINAN_UNIT']);

/** Movement between the boxes of two mapping years: the transition matrix and who moved up or down. */
export function MovementPage({
  kode,
  search,
  onSearch,
}: {
  kode: string;
  search: Partial<MovementFilter>;
  onSearch: (next: Partial<MovementFilter>) => void;
}) {
  const { t } = useTranslation(['mapping', 'common']);
  const f = useFormat();
  const user = useUser();
  const { data: years } = useSuspenseQuery(runYearsQuery(kode));
  const filter = { ...search, ...movementYears(years, search) };
  const { data } = useSuspenseQuery(movementQuery(kode, filter));
  const label = (b: string) =>
    b === '0' ? t('common:box.notMapped') : t('common:box.short', { box: Number(b) });
  const yearSelect = (key: 'dari' | 'ke', value: number) => (
    <Select
      label={t(`mapping:movement.${key}`)}
      data={years.map(String)}
      value={String(value)}
      onChange={(v) => v && onSearch({ ...search, [key]: Number(v) })}
      allowDeselect={false}
      maw={160}
    />
  );
  return (
    <Stack>
      <div>
        <Title order={2}>{t('mapping:movement.title')}</Title>
        <Text size="sm">
          {t('mapping:movement.subtitle', { from: data.from.periode, to: data.to.periode })}
        </Text>
      </div>
      <Group align="flex-end">
        {yearSelect('dari', filter.dari)}
        {yearSelect('ke', filter.ke)}
      </Group>
      {years.length < 2 && <Text size="sm">{t('mapping:movement.oneYear')}</Text>}
      <SimpleGrid cols={3}>
        {(['up', 'same', 'down'] as const).map((k) => (
          <div key={k}>
            <Text size="xs">{t(`mapping:movement.${k}`)}</Text>
            <Text size="xl" fw={700} data-testid={`gerak-${k}`}>
              {f.number(data[k])}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('mapping:movement.matrix')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table fz="xs" withTableBorder withColumnBorders data-testid="matriks-pergerakan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  {t('mapping:movement.fromTo', { from: data.from.periode, to: data.to.periode })}
                </Table.Th>
                {BOXES.map((b) => (
                  <Table.Th key={b}>{label(b)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BOXES.map((from) => (
                <Table.Tr key={from}>
                  <Table.Th scope="row">{label(from)}</Table.Th>
                  {BOXES.map((to) => {
                    const n = data.matrix[from]?.[to] ?? 0;
                    return (
                      <Table.Td
                        key={to}
                        data-from={from}
                        data-to={to}
                        fw={from === to ? 700 : undefined}
                        bg={n > 0 && from !== to ? 'gray.1' : undefined}
                      >
                        {n > 0 ? (
                          <Anchor
                            component="button"
                            onClick={() =>
                              onSearch({ ...search, dariKotak: Number(from), keKotak: Number(to) })
                            }
                          >
                            {f.number(n)}
                          </Anchor>
                        ) : (
                          '·'
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder data-testid="yang-bergerak">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('mapping:movement.movers')}
          </Title>
          {(search.dariKotak !== undefined || search.keKotak !== undefined) && (
            <Anchor
              component="button"
              size="sm"
              onClick={() => onSearch({ dari: search.dari, ke: search.ke })}
            >
              {t('mapping:movement.allMovers')}
            </Anchor>
          )}
        </Group>
        {data.movers.length === 0 ? (
          <Text size="sm">{t('mapping:movement.noMovers')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mapping:people.name')}</Table.Th>
                  <Table.Th>NIP</Table.Th>
                  <Table.Th>{t('mapping:movement.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.movers.map((m) => (
                  <Table.Tr key={m.nip} data-nip={m.nip}>
                    <Table.Td>
                      {PEOPLE.has(user.peran) ? (
                        <Anchor
                          renderRoot={(props) => (
                            <Link to="/i/$kode/pegawai/$nip" params={{ kode, nip: m.nip }} {...props} />
                          )}
                        >
                          {m.nama}
                        </Anchor>
                      ) : (
                        m.nama
                      )}
                    </Table.Td>
                    <Table.Td ff="monospace">{m.nip}</Table.Td>
                    <Table.Td>
                      {label(String(m.fromBox))} → {label(String(m.toBox))}{' '}
                      <Badge color="dark" variant="outline">
                        {t(`mapping:movement.${m.direction}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
