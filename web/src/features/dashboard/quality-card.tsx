import { Card, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { PageLoader } from '../../components/page-loader.js';
import { useFormat } from '../../lib/format.js';
import { QUALITY_CHECKS, qualitySummaryQuery } from './api.js';

/** The data-quality summary of a mapping year (who the mapping would leave out, and why). */
export function QualityCard({
  kode,
  periode,
  years,
  onPeriode,
}: {
  kode: string;
  periode: number;
  years: readonly number[];
  onPeriode: (year: number) => void;
}) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  const query = useQuery(qualitySummaryQuery(kode, periode));
  const data = query.data;
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('quality.title')}
      </Title>
      <NativeSelect
        label={t('quality.year')}
        value={String(periode)}
        data={years.map(String)}
        onChange={(e) => onPeriode(Number(e.currentTarget.value))}
        w={140}
        mb="sm"
      />
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <Stack gap={4}>
          <Text size="sm">{t('quality.active', { n: f.number(data.total.pegawaiAktif) })}</Text>
          <Text size="sm" fw={700} data-testid="kualitas-tidak-dapat">
            {t('quality.notMappable', { n: f.number(data.total.tidakDapatDipetakan) })}
          </Text>
          <List size="sm" spacing={2}>
            {QUALITY_CHECKS.filter((c) => (data.total.perMasalah[c] ?? 0) > 0).map((c) => (
              <List.Item key={c}>
                {t(`quality.checks.${c}`)}: {f.number(data.total.perMasalah[c] ?? 0)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Card>
  );
}
