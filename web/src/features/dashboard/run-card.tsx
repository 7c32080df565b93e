import { Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import type { Run } from './api.js';
import { RunBadge } from './run-badge.js';

/** The mapping run the dashboard shows, and the latest run when that is another one. */
export function RunCard({ shown, latest }: { shown: Run | null; latest: Run | null }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('instansiPage.run')}
      </Title>
      {shown ? <RunFacts run={shown} /> : <Text>{t('noRun')}</Text>}
      {latest && shown && latest.id !== shown.id && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={500}>
            {t('instansiPage.latestRun')}
          </Text>
          <RunFacts run={latest} />
        </Stack>
      )}
    </Card>
  );
}

function RunFacts({ run }: { run: Run }) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  return (
    <Stack gap={4} data-testid={`run-${run.id}`}>
      <Group gap="xs">
        <Text fw={700}>{t('instansiPage.period', { year: run.periode })}</Text>
        <RunBadge status={run.status} />
      </Group>
      <Text size="sm">
        {t('instansiPage.startedAt', { when: f.dateTime(run.mulai), ago: dayjs(run.mulai).fromNow() })}
      </Text>
      {run.terbit && <Text size="sm">{t('instansiPage.publishedAt', { when: f.dateTime(run.terbit) })}</Text>}
      <Text size="sm">{t('instansiPage.ruleSet', { ruleSet: run.aturan ?? '—' })}</Text>
      <Text size="sm">
        {t('instansiPage.hash')} <Code title={run.ruleSetHash}>{run.ruleSetHash.slice(0, 12)}…</Code>
      </Text>
    </Stack>
  );
}
