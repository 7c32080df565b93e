import { Alert, Button, Card, Group, List, Loader, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { useFormat } from '../../lib/format.js';
import { eligibilityQuery } from './api.js';
import { useLabels } from './labels.js';

export const NIP_PATTERN = /^\d{8,18}$/;

/** "Why (not) eligible?": every failed check of one person against this key position (rules.md §6). */
export function EligibilityLookup({ kode, jabatan }: { kode: string; jabatan: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [nip, setNip] = useState<string | null>(null);
  const query = useQuery({ ...eligibilityQuery(kode, jabatan, nip ?? ''), enabled: nip !== null });
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('why.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const value = input.trim();
          const ok = NIP_PATTERN.test(value);
          setInvalid(!ok);
          if (ok) setNip(value);
        }}
      >
        <Group align="flex-start">
          <TextInput
            label={t('why.nip')}
            description={t('why.nipHint')}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            error={invalid ? t('why.nipInvalid') : undefined}
            inputMode="numeric"
            w={260}
            data-testid="syarat-nip"
          />
          <Button type="submit" mt={24}>
            {t('why.check')}
          </Button>
        </Group>
      </form>
      {nip !== null && query.isPending && <Loader size="sm" mt="sm" aria-label={t('why.check')} />}
      {query.isError && (
        <Alert color="red" mt="sm" role="alert">
          {describeError(query.error).message}
        </Alert>
      )}
      {query.data && (
        <div data-testid="syarat-hasil" data-memenuhi={String(query.data.memenuhiSyarat)}>
          <Text mt="sm" fw={600}>
            {query.data.memenuhiSyarat
              ? t('why.eligible', { nip: query.data.nipBaru })
              : t('why.notEligible', { nip: query.data.nipBaru })}
          </Text>
          {query.data.instansi && (
            <Text size="sm" data-testid="syarat-instansi">
              {t('why.otherInstansi', { instansi: query.data.instansi })}
            </Text>
          )}
          {query.data.alasan.length > 0 && (
            <List size="sm" spacing={4}>
              {query.data.alasan.map((a) => (
                <List.Item key={a.kode} data-alasan={a.kode}>
                  <b>{l.reason(a.kode)}</b> <span lang="id">({a.pesan})</span>
                </List.Item>
              ))}
            </List>
          )}
          {query.data.jpmTarget !== null && (
            <Text size="sm">{t('why.jpm', { jpm: f.decimal(query.data.jpmTarget) })}</Text>
          )}
          {query.data.kesiapan && <Text size="sm">{l.readiness(query.data.kesiapan)}</Text>}
        </div>
      )}
    </Card>
  );
}
