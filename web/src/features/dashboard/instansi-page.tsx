import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { instansiSummaryQuery } from './api.js';
import { BoxStackChart } from './box-stack-chart.js';
import { NineBoxGrid } from './nine-box-grid.js';
import { QualityCard } from './quality-card.js';
import { RunCard } from './run-card.js';
import { Stat } from '../../components/stat.js';

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The dashboard of one instansi: the 9-box of the latest published (else latest) run, counts per
 * top-level unit, the last run, and the data-quality summary of a year (`?periode=`).
 */
export function InstansiPage({ kode, periode }: { kode: string; periode: number | undefined }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const f = useFormat();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(instansiSummaryQuery(kode));
  const thisYear = new Date().getFullYear();
  const qualityYear = periode ?? data.pemetaan?.periode ?? thisYear - 1;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  if (!years.includes(qualityYear)) years.push(qualityYear);
  const unitName = (nama: string | null) => nama ?? t('dashboard:instansiPage.noUnit');

  return (
    <Stack>
      <div>
        <Title order={2}>{data.instansi.nama}</Title>
        <Text size="sm">
          {t(`common:jenis.${data.instansi.jenis}` as 'common:jenis.KABUPATEN', {
            defaultValue: data.instansi.jenis,
          })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stat label={t('dashboard:assessed')} value={f.number(data.total.dinilai)} testId="stat-dinilai" />
        <Stat
          label={t('dashboard:mapped')}
          value={f.number(data.total.dipetakan)}
          hint={f.percent(data.total.dipetakan, data.total.dinilai)}
          testId="stat-dipetakan"
        />
        <Stat
          label={t('common:box.notMapped')}
          value={f.number(data.total.tidakDipetakan)}
          testId="stat-tidak"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('dashboard:instansiPage.distribution')}
          </Title>
          <NineBoxGrid perKotak={data.total.perKotak} />
        </Card>
        <RunCard shown={data.pemetaan} latest={data.terakhir} />
      </SimpleGrid>
      {data.unit.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('dashboard:instansiPage.perUnit')}
          </Title>
          <BoxStackChart
            rows={data.unit.map((u) => ({ name: unitName(u.nama), perKotak: u.perKotak }))}
            label={t('dashboard:instansiPage.chartLabel')}
          />
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="tabel-unit">
              <Table.Caption>{t('dashboard:instansiPage.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard:unit')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dashboard:assessed')}
                  </Table.Th>
                  {BOXES.map((b) => (
                    <Table.Th scope="col" ta="right" key={b} title={t(`common:box.name.${b}`)}>
                      {t('common:box.short', { box: b })}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    {t('common:box.notMapped')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.unit.map((u) => (
                  <Table.Tr key={u.unorId ?? ''}>
                    <Table.Th scope="row" fw={400}>
                      {unitName(u.nama)}
                    </Table.Th>
                    <Table.Td ta="right">{f.number(u.dinilai)}</Table.Td>
                    {u.perKotak.map((n, i) => (
                      <Table.Td ta="right" key={i}>
                        {f.number(n)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{f.number(u.tidakDipetakan)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <QualityCard
        kode={kode}
        periode={qualityYear}
        years={years}
        onPeriode={(year) => void navigate({ to: '/i/$kode', params: { kode }, search: { periode: year } })}
      />
    </Stack>
  );
}
