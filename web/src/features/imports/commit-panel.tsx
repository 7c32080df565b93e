import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { useFormat } from '../../lib/format.js';
import { commitImport, importQuery, type ImportCounts, type ImportView } from './api.js';

/**
 * Apply a validated import. It is atomic: with invalid rows the button stays disabled (and says why) until
 * the person ticks "skip invalid rows"; a confirmation names what will change. The server decides again.
 */
export function CommitPanel({ kode, job, counts }: { kode: string; job: ImportView; counts: ImportCounts }) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  const client = useQueryClient();
  const reasonId = useId();
  const [skip, setSkip] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const commit = useMutation({
    mutationFn: () => commitImport(kode, job.id, skip),
    onSuccess: (row) => {
      setConfirming(false);
      client.setQueryData(importQuery(kode, job.id).queryKey, row);
    },
    onError: () => setConfirming(false),
  });
  const invalid = counts.tidakValid;
  const blocked = invalid > 0 && !skip;
  const nothing = counts.valid === 0;
  const reason = blocked
    ? t('commit.blocked', { n: f.number(invalid) })
    : nothing
      ? t('commit.nothing')
      : null;
  return (
    <Stack gap="xs" data-testid="panel-terapkan">
      <Title order={4}>{t('commit.title')}</Title>
      <Text size="sm">{t('commit.atomic')}</Text>
      {invalid > 0 && (
        <Checkbox
          label={t('commit.skip')}
          description={t('commit.skipHint', { n: f.number(invalid) })}
          checked={skip}
          onChange={(e) => setSkip(e.currentTarget.checked)}
        />
      )}
      {reason && (
        <Text size="sm" c="red.8" id={reasonId} data-testid="alasan-tidak-dapat">
          {reason}
        </Text>
      )}
      {commit.error && (
        <Alert color="red" role="alert" data-testid="galat-terapkan">
          {describeError(commit.error).message}
        </Alert>
      )}
      <Group>
        <Button
          disabled={reason !== null}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('commit.button')}
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('commit.confirmTitle')}
        centered
      >
        <Stack>
          <Text size="sm">
            {t('commit.confirmText', {
              kind: t(`kinds.${job.jenis}`),
              baru: f.number(counts.baru),
              diperbarui: f.number(counts.diperbarui),
              tidakBerubah: f.number(counts.tidakBerubah),
            })}
          </Text>
          {skip && invalid > 0 && <Text size="sm">{t('commit.confirmSkip', { n: f.number(invalid) })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('commit.cancel')}
            </Button>
            <Button onClick={() => commit.mutate()} loading={commit.isPending} data-autofocus>
              {t('commit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
