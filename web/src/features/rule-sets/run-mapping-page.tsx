import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { useFormat } from '../../lib/format.js';
import { mappingJobQuery, ruleSetsQuery, startMapping } from './api.js';

/** "Jalankan pemetaan": year, rule-set version, publish or not; then the job's progress until it ends. */
export function RunMappingPage({ kode }: { kode: string }) {
  const { t } = useTranslation('ruleSets');
  const { data } = useSuspenseQuery(ruleSetsQuery(kode));
  const [periode, setPeriode] = useState(new Date().getFullYear() - 1);
  const [aturan, setAturan] = useState('bawaan@1');
  const [terbitkan, setTerbitkan] = useState(false);
  const chosen = data.items.find((v) => v.aturan === aturan);
  const start = useMutation({ mutationFn: () => startMapping(kode, { periode, aturan, terbitkan }) });
  return (
    <Stack>
      <Title order={2}>{t('run.title')}</Title>
      <Text size="sm">{t('run.intro')}</Text>
      <Card withBorder>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate();
          }}
        >
          <Stack>
            <Group align="flex-end">
              <NumberInput
                label={t('run.periode')}
                value={periode}
                onChange={(v) => setPeriode(Number(v))}
                min={2000}
                max={2100}
                w={160}
              />
              <Select
                label={t('run.aturan')}
                data={data.items.map((v) => ({
                  value: v.aturan,
                  label: `${v.aturan} — ${v.nama} (${t(`status.${v.status}`)})`,
                }))}
                value={aturan}
                onChange={(v) => setAturan(v ?? aturan)}
                allowDeselect={false}
                w={360}
              />
            </Group>
            <Checkbox
              label={t('run.terbitkan')}
              description={t('run.terbitkanHint')}
              checked={terbitkan}
              onChange={(e) => setTerbitkan(e.currentTarget.checked)}
              disabled={chosen?.status === 'DRAFT'}
            />
            <Group>
              <Button type="submit" loading={start.isPending} disabled={start.isSuccess && !start.data}>
                {t('run.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {start.isError && <ErrorPanel error={start.error} />}
      {start.data && <JobProgress key={start.data.id} kode={kode} id={start.data.id} />}
    </Stack>
  );
}

function JobProgress({ kode, id }: { kode: string; id: string }) {
  const { t } = useTranslation('ruleSets');
  const f = useFormat();
  const { data, error } = useQuery(mappingJobQuery(kode, id));
  if (error) return <ErrorPanel error={error} />;
  if (!data) return null;
  const phase = data.fase ? t(`run.phase.${data.fase as 'memuat'}`) : '';
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="kemajuan"
      data-testid="kemajuan-pemetaan"
      data-status={data.status}
    >
      <Stack>
        <Title order={3} size="h4" id="kemajuan">
          {t('run.progress')}
        </Title>
        <Text size="sm" aria-live="polite">
          {t(`run.status.${data.status}`)}
          {data.status === 'BERJALAN' && phase ? ` — ${phase}` : ''}
        </Text>
        <Progress
          value={data.persen}
          aria-label={t('run.progress')}
          animated={data.status === 'BERJALAN' || data.status === 'MENUNGGU'}
          color={data.status === 'GAGAL' ? 'red' : undefined}
          size="lg"
        />
        {data.status === 'SELESAI' && data.hasil && (
          <Alert color="green" variant="light" role="status">
            <Stack gap="xs">
              <Text size="sm">
                {t('run.done', { mapped: f.number(data.hasil.summary.mapped), aturan: data.hasil.ruleSet })}
              </Text>
              <Text size="sm">
                {data.hasil.published ? t('run.published', { periode: data.periode }) : t('run.draft')}
              </Text>
              <Anchor
                renderRoot={(props) => (
                  <Link to="/i/$kode" params={{ kode }} search={{ periode: data.periode }} {...props} />
                )}
              >
                {t('run.toDashboard')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {data.status === 'GAGAL' && (
          <Alert color="red" variant="light" role="alert">
            {t('run.failed', { message: data.galat ?? '' })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
