import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { POOL_DECISIONS, useDecide, type PoolDecision, type PoolLevel } from './api.js';
import { NIP_PATTERN } from './eligibility-lookup.js';

export type DecisionDraft = { nip: string; keputusan: PoolDecision };

/**
 * The Talent Committee's decision (rules.md §4): confirm a proposed member, add someone or remove a member,
 * the last two with a mandatory reason. The server checks the same and refuses what does not fit.
 */
export function DecisionForm({
  kode,
  kelompok,
  draft,
  onDraft,
}: {
  kode: string;
  kelompok: PoolLevel;
  draft: DecisionDraft;
  onDraft: (next: DecisionDraft) => void;
}) {
  const { t } = useTranslation('succession');
  const decide = useDecide(kode);
  const [alasan, setAlasan] = useState('');
  const [errors, setErrors] = useState<{ nip?: string; alasan?: string }>({});
  const [saved, setSaved] = useState(false);
  const submit = () => {
    const nip = draft.nip.trim();
    const next: typeof errors = {};
    if (!NIP_PATTERN.test(nip)) next.nip = t('decision.nipInvalid');
    if (draft.keputusan !== 'KONFIRMASI' && alasan.trim() === '') next.alasan = t('decision.alasanRequired');
    setErrors(next);
    setSaved(false);
    if (next.nip || next.alasan) return;
    decide.mutate(
      { nip, kelompok, keputusan: draft.keputusan, ...(alasan.trim() ? { alasan: alasan.trim() } : {}) },
      {
        onSuccess: () => {
          setSaved(true);
          setAlasan('');
          onDraft({ nip: '', keputusan: 'TAMBAH' });
        },
      },
    );
  };
  return (
    <Card withBorder id="keputusan-komite">
      <Title order={3} size="h4" mb="xs">
        {t('decision.title')}
      </Title>
      <form
        noValidate
        data-testid="form-keputusan"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm" maw={560}>
          <Group align="flex-start" grow>
            <TextInput
              label={t('decision.nip')}
              value={draft.nip}
              onChange={(e) => onDraft({ ...draft, nip: e.currentTarget.value })}
              error={errors.nip}
              inputMode="numeric"
              required
            />
            <Select
              label={t('decision.keputusan')}
              data={POOL_DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }))}
              value={draft.keputusan}
              onChange={(v) => v && onDraft({ ...draft, keputusan: v })}
              allowDeselect={false}
            />
          </Group>
          <Textarea
            label={t('decision.alasan')}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            error={errors.alasan}
            required={draft.keputusan !== 'KONFIRMASI'}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Group>
            <Button type="submit" loading={decide.isPending}>
              {t('decision.submit')}
            </Button>
          </Group>
          {decide.isError && (
            <Alert color="red" role="alert">
              {describeError(decide.error).message}
            </Alert>
          )}
          {saved && (
            <Text size="sm" role="status" data-testid="keputusan-tersimpan">
              {t('decision.saved')}
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}
