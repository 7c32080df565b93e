import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { provinceSummaryQuery } from './api.js';
import { BoxStackChart } from './box-stack-chart.js';
import { Stat } from '../../components/stat.js';
import { RunBadge } from './run-badge.js';

/** The province dashboard: every government the account sees, side by side (table and chart). */
export function ProvincePage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const f = useFormat();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(provinceSummaryQuery());
  const items = data.items;
  const sum = (pick: (i: (typeof items)[number]) => number) => items.reduce((s, i) => s + pick(i), 0);
  const pegawai = sum((i) => i.jumlahPegawai);
  const dinilai = sum((i) => i.pemetaan?.dinilai ?? 0);
  const dipetakan = sum((i) => i.pemetaan?.dipetakan ?? 0);
  const kandidat = sum((i) => i.kandidatKelompokTalenta ?? 0);
  const open = useCallback(
    (index: number) => {
      const kode = items[index]?.kode;
      if (kode) void navigate({ to: '/i/$kode', params: { kode } });
    },
    [items, navigate],
  );

  return (
    <Stack>
      <Title order={2}>{t('dashboard:province.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat
          label={t('dashboard:province.governments')}
          value={f.number(items.length)}
          testId="stat-instansi"
        />
        <Stat label={t('dashboard:employees')} value={f.number(pegawai)} testId="stat-pegawai" />
        <Stat
          label={t('dashboard:mappedShare')}
          value={f.percent(dipetakan, dinilai)}
          hint={t('dashboard:mappedOf', { mapped: f.number(dipetakan), assessed: f.number(dinilai) })}
          testId="stat-dipetakan"
        />
        <Stat
          label={t('dashboard:poolCandidates')}
          value={f.number(kandidat)}
          hint={t('dashboard:poolCandidatesHint')}
          testId="stat-kandidat"
        />
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('dashboard:province.distribution')}
        </Title>
        <BoxStackChart
          rows={items.map((i) => ({ name: i.nama, perKotak: i.pemetaan?.perKotak ?? [] }))}
          label={t('dashboard:province.chartLabel')}
          onSelect={open}
        />
      </Card>
      <Card withBorder>
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="tabel-provinsi">
            <Table.Caption>{t('dashboard:province.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard:instansi')}</Table.Th>
                <Table.Th scope="col">{t('dashboard:run')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard:employees')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard:mapped')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard:mappedShare')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard:poolCandidates')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.kode} data-kode={i.kode}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => <Link to="/i/$kode" params={{ kode: i.kode }} {...props} />}
                    >
                      {i.nama}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`common:jenis.${i.jenis}` as 'common:jenis.KABUPATEN', { defaultValue: i.jenis })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {i.pemetaan ? (
                      <>
                        {i.pemetaan.periode} <RunBadge status={i.pemetaan.status} />
                      </>
                    ) : (
                      <Text size="sm">{t('dashboard:noRun')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" data-field="pegawai">
                    {f.number(i.jumlahPegawai)}
                  </Table.Td>
                  <Table.Td ta="right" data-field="dipetakan">
                    {i.pemetaan ? f.number(i.pemetaan.dipetakan) : '—'}
                  </Table.Td>
                  <Table.Td ta="right">
                    {i.pemetaan ? f.percent(i.pemetaan.dipetakan, i.pemetaan.dinilai) : '—'}
                  </Table.Td>
                  <Table.Td ta="right" data-field="kandidat">
                    {i.kandidatKelompokTalenta === null ? '—' : f.number(i.kandidatKelompokTalenta)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">
          {t('dashboard:poolCandidatesNote')}
        </Text>
      </Card>
    </Stack>
  );
}
