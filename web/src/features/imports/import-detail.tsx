import { Alert, Anchor, Card, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaErrorBoundary } from '../../components/error-boundary.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { PageLoader } from '../../components/page-loader.js';
import { useFormat } from '../../lib/format.js';
import { errorFileUrl, importQuery, isRunning, type ImportCounts, type ImportView } from './api.js';
import { CommitPanel } from './commit-panel.js';
import { IssuesTable } from './issues-table.js';
import { StatusBadge } from './status-badge.js';

type Props = { kode: string; id: string; halaman: number; onPage: (halaman: number) => void };

/** One import: its job's progress while it runs, the validation's counts and rows, the commit, the result. */
export function ImportDetail({ kode, id, halaman, onPage }: Props) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  const client = useQueryClient();
  // A failed poll keeps the last answer on screen and says why next to it.
  const { data, error } = useSuspenseQuery(importQuery(kode, id));
  // The list of recent imports shows the status too: refresh it when this one's status changes.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: ['imports', kode, 'recent'] });
  }, [client, kode, data.status]);
  const issues = data.validasi ? data.validasi.tidakValid + data.validasi.peringatan : 0;
  return (
    <Card withBorder data-testid="impor-terpilih" data-status={data.status}>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('detail.title', { name: data.namaBerkas })}</Title>
          <StatusBadge status={data.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('detail.meta', { kind: t(`kinds.${data.jenis}`), by: data.oleh, when: f.dateTime(data.dibuat) })}
        </Text>
        {error && <ErrorPanel error={error} />}
        {isRunning(data.status) && <JobProgress job={data} />}
        {data.status === 'GAGAL' && (
          <Alert color="red" role="alert" title={t('detail.failed')} data-testid="impor-gagal">
            {data.kesalahan}
          </Alert>
        )}
        {data.status === 'DITERAPKAN' && data.hasil && (
          <Alert color="green" data-testid="ringkasan-penerapan" title={t('detail.result')}>
            <Stack gap="xs">
              <Text size="sm">{t('commit.done', { n: f.number(data.hasil.valid) })}</Text>
              <CountsTable counts={data.hasil} done />
            </Stack>
          </Alert>
        )}
        {data.validasi && (
          <Stack gap="xs">
            <Title order={4}>{t('detail.validation')}</Title>
            <CountsTable counts={data.validasi} />
            {data.validasi.catatan.length > 0 && (
              <List size="sm" aria-label={t('detail.notices')}>
                {data.validasi.catatan.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        {data.adaBerkasKesalahan && (
          <Anchor href={errorFileUrl(kode, id)} download data-testid="unduh-kesalahan">
            {t('detail.errorFile')}
          </Anchor>
        )}
        {issues > 0 && (
          <AreaErrorBoundary>
            <Suspense fallback={<PageLoader />}>
              <IssuesTable kode={kode} id={id} halaman={halaman} onPage={onPage} />
            </Suspense>
          </AreaErrorBoundary>
        )}
        {data.status === 'TERVALIDASI' && data.validasi && (
          <CommitPanel kode={kode} job={data} counts={data.validasi} />
        )}
      </Stack>
    </Card>
  );
}

function JobProgress({ job }: { job: ImportView }) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  const phase = t(job.tahap === 'validasi' ? 'detail.progressValidate' : 'detail.progressCommit');
  return (
    <Stack gap={4} data-testid="progres-impor">
      <Progress.Root size="lg">
        <Progress.Section value={job.persen} aria-label={phase} animated />
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {job.status === 'MENUNGGU'
          ? t('detail.waiting')
          : t('detail.progressText', {
              phase,
              percent: f.number(job.persen),
              rows: f.number(job.barisDibaca),
            })}
      </Text>
    </Stack>
  );
}

const PREVIEW = [
  'barisDibaca',
  'valid',
  'tidakValid',
  'peringatan',
  'baru',
  'diperbarui',
  'tidakBerubah',
] as const;
const DONE = { baru: 'doneBaru', diperbarui: 'doneDiperbarui', tidakValid: 'doneTidakValid' } as const;

/** The counts of a step; after the commit, "would be" becomes "was". */
function CountsTable({ counts, done = false }: { counts: ImportCounts; done?: boolean }) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  return (
    <Table withTableBorder w="auto" data-testid={done ? 'jumlah-hasil' : 'jumlah-validasi'}>
      <Table.Caption>{t('detail.countsCaption')}</Table.Caption>
      <Table.Tbody>
        {PREVIEW.map((key) => {
          const label = done && key in DONE ? DONE[key as keyof typeof DONE] : key;
          return (
            <Table.Tr key={key}>
              <Table.Th scope="row">{t(`counts.${label}`)}</Table.Th>
              <Table.Td data-field={key} ta="right">
                {f.number(counts[key])}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
