import { Alert, Button, Card, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { DEFAULT_MAX_MB, IMPORT_KINDS, importQuery, uploadImport, type ImportKind } from './api.js';

const ACCEPTED = /\.(csv|xlsx|json)$/i;

/** Choose the kind, pick or drop a file, upload it: the server queues its validation. */
export function UploadForm({ kode, onUploaded }: { kode: string; onUploaded: (id: string) => void }) {
  const { t } = useTranslation('imports');
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({
    mutationFn: ({ k, f }: { k: ImportKind; f: File }) => uploadImport(kode, k, f),
    onSuccess: (row) => {
      client.setQueryData(importQuery(kode, row.id).queryKey, row);
      void client.invalidateQueries({ queryKey: ['imports', kode, 'recent'] });
      setFile(null);
      onUploaded(row.id);
    },
  });
  const wrongType = file !== null && !ACCEPTED.test(file.name);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };
  return (
    <Card
      withBorder
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={dragging ? { borderStyle: 'dashed', borderColor: 'var(--mantine-primary-color-filled)' } : {}}
      data-testid="unggah"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (kind && file && !wrongType) upload.mutate({ k: kind, f: file });
        }}
      >
        <Stack>
          <Title order={3}>{t('upload.title')}</Title>
          <Group align="flex-start" grow>
            <Select
              label={t('upload.kind')}
              placeholder={t('upload.kindPlaceholder')}
              data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={kind}
              onChange={(v) => setKind(v)}
              allowDeselect={false}
              required
            />
            <FileInput
              label={t('upload.file')}
              accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              clearable
              required
              description={t('upload.limit', { mb: DEFAULT_MAX_MB })}
              error={wrongType ? t('upload.wrongType', { name: file.name }) : undefined}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {t('upload.drop')}
          </Text>
          {upload.error && <UploadError error={upload.error} />}
          <Group>
            <Button type="submit" disabled={!kind || !file || wrongType} loading={upload.isPending}>
              {t('upload.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function UploadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { message, detail } = describeError(error);
  return (
    <Alert color="red" role="alert" title={t('errors.title')} data-testid="galat-unggah">
      <Text size="sm">{message}</Text>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Alert>
  );
}
