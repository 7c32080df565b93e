import { Alert, Anchor, Badge, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { useUser } from '../../lib/session.js';
import {
  fieldIssues,
  newVersion,
  publishRuleSet,
  ruleSetQuery,
  saveDraft,
  type RuleSetContent,
} from './api.js';
import { RuleSetFields } from './rule-set-fields.js';
import { WhatIfPanel } from './what-if-panel.js';

/** Who may change rule sets and simulate them (the server's `rules.manage`, `rules.simulate`). */
const MANAGERS = new Set(['ADMIN_INSTANSI', 'ADMIN_PROVINSI']);

/** One rule-set version: readable; a draft of the instansi's own is edited, simulated and published. */
export function RuleSetPage({ kode, aturan }: { kode: string; aturan: string }) {
  const { t } = useTranslation('ruleSets');
  const user = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(ruleSetQuery(kode, aturan));
  const manager = MANAGERS.has(user.peran);
  const editable = manager && data.status === 'DRAFT' && data.milik === 'INSTANSI';
  const [draft, setDraft] = useState<RuleSetContent>(data.isi);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['rule-sets', kode] });

  const save = useMutation({
    mutationFn: () => saveDraft(kode, aturan, draft),
    onSuccess: async (saved) => {
      client.setQueryData(ruleSetQuery(kode, aturan).queryKey, saved);
      await refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => publishRuleSet(kode, aturan),
    onSuccess: async () => {
      setConfirming(false);
      await refresh();
    },
  });
  const nextVersion = useMutation({
    mutationFn: () => newVersion(kode, aturan),
    onSuccess: async (created) => {
      await refresh();
      await navigate({ to: '/i/$kode/aturan/$aturan', params: { kode, aturan: created.aturan } });
    },
  });
  const issues = save.isError ? fieldIssues(save.error) : {};
  const invalid = Object.keys(issues).length > 0;

  return (
    <Stack>
      <Anchor size="sm" renderRoot={(props) => <Link to="/i/$kode/aturan" params={{ kode }} {...props} />}>
        {t('view.back')}
      </Anchor>
      <Group>
        <Title order={2}>{t('view.title', { nama: data.nama, aturan: data.aturan })}</Title>
        <Badge
          color={data.status === 'PUBLISHED' ? '#1e6b30' : 'gray.7'}
          variant="filled"
          data-testid="status-aturan"
        >
          {t(`status.${data.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('cols.hash')}: <Code data-testid="hash-aturan">{data.hash}</Code>
      </Text>
      {data.status === 'PUBLISHED' && <Text size="sm">{t('view.readOnly')}</Text>}
      {manager && data.status === 'PUBLISHED' && data.milik === 'INSTANSI' && (
        <Group>
          <Button variant="default" onClick={() => nextVersion.mutate()} loading={nextVersion.isPending}>
            {t('view.newVersion')}
          </Button>
        </Group>
      )}
      <form
        aria-label={t('view.edit')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <RuleSetFields value={draft} onChange={editable ? setDraft : null} issues={issues} />
          {invalid && (
            <Alert color="red" variant="light" role="alert">
              {t('view.invalid')}
            </Alert>
          )}
          {save.isError && !invalid && <ErrorPanel error={save.error} />}
          {save.isSuccess && !save.isPending && (
            <Alert color="green" variant="light" role="status">
              {t('view.saved', { hash: save.data.hash.slice(0, 12) })}
            </Alert>
          )}
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('view.save')}
              </Button>
              <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
                {t('publish.button')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {manager && <WhatIfPanel kode={kode} aturan={aturan} />}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('publish.title', { aturan: data.aturan })}
      >
        <Stack>
          <Text size="sm">{t('publish.warning')}</Text>
          {publish.isError && <ErrorPanel error={publish.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('publish.cancel')}
            </Button>
            <Button color="red.9" onClick={() => publish.mutate()} loading={publish.isPending}>
              {t('publish.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
