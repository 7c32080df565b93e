import { Badge, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';
import { explanationQuery, type Explanation } from './api.js';
import { Section } from './card-section.js';

/**
 * The engine's explanation of the current box (GET …/pemetaan/penjelasan/:nip): both scores with their
 * cut-offs, each potential component with its input, weight and contribution, the track-record parts, why
 * this box, and what would move the person to the next box. The sentences are the server's, in Indonesian.
 */
export function CardExplanation({ url }: { url: string | null }) {
  const { t } = useTranslation('employees');
  const { data } = useQuery({ ...explanationQuery(url ?? ''), enabled: url !== null });
  if (url === null) return <Section title={t('card.why')}>{t('card.explanationNone')}</Section>;
  if (!data) return null;
  return (
    <Section title={t('card.explanation', { year: data.periode })} testId="kartu-penjelasan">
      <ExplanationBody e={data.explanation} />
    </Section>
  );
}

function ExplanationBody({ e }: { e: Explanation }) {
  const { t } = useTranslation(['employees', 'common']);
  const f = useFormat();
  const n = (v: number | null) => (v === null ? '—' : f.decimal(v));
  const level = (code: string | null) =>
    code ? t(`employees:level.${code}` as 'employees:level.RENDAH') : '—';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {e.box ? (
          <Badge
            size="lg"
            variant="outline"
            color="dark"
            leftSection={
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  borderRadius: 5,
                  background: BOX_COLORS[e.box - 1],
                }}
              />
            }
          >
            {t('common:box.short', { box: e.box })}
          </Badge>
        ) : (
          <Badge size="lg" color="gray">
            {t('common:box.notMapped')}
          </Badge>
        )}
        {e.box && <Text fw={600}>{t(`common:box.name.${e.box}` as 'common:box.name.1')}</Text>}
      </Group>
      <Text size="xs">{t('employees:card.serverText')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Text size="sm" c="dimmed">
            {t('employees:card.performanceScore')}
          </Text>
          <Text fw={700} size="xl">
            {n(e.performance.score)} <Text span>{level(e.performance.level)}</Text>
          </Text>
          <Text size="xs">{t('employees:card.cutOffsPerformance', e.performance.cutOffs)}</Text>
          <Text size="sm" lang="id">
            {e.performance.text}
          </Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t('employees:card.potentialScore')}
          </Text>
          <Text fw={700} size="xl">
            {n(e.potential.score)} <Text span>{level(e.potential.level)}</Text>
          </Text>
          <Text size="xs">{t('employees:card.cutOffsPotential', e.potential.cutOffs)}</Text>
          <Text size="sm" lang="id">
            {e.potential.text}
          </Text>
        </div>
      </SimpleGrid>
      {e.potential.components.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table fz="sm" data-testid="komponen-potensial">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employees:card.component')}</Table.Th>
                <Table.Th>{t('employees:card.score')}</Table.Th>
                <Table.Th>{t('employees:card.weight')}</Table.Th>
                <Table.Th>{t('employees:card.contribution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.potential.components.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td lang="id">
                    <Text size="sm" fw={600}>
                      {c.label}
                    </Text>
                    <Text size="xs">{c.text}</Text>
                  </Table.Td>
                  <Table.Td>{n(c.score)}</Table.Td>
                  <Table.Td>{f.percent(c.weight, 1)}</Table.Td>
                  <Table.Td>{n(c.contribution)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {e.potential.trackRecordParts.length > 0 && (
        <div>
          <Title order={4} size="h5">
            {t('employees:card.trackRecord')}
          </Title>
          <List size="sm" spacing={2} lang="id">
            {e.potential.trackRecordParts.map((p) => (
              <List.Item key={p.key}>
                <b>{p.label}</b>:{' '}
                {t('employees:card.points', { points: n(p.points), max: f.decimal(p.maxPoints) })} — {p.text}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {e.whyBox && (
        <div>
          <Title order={4} size="h5">
            {t('employees:card.why')}
          </Title>
          <Text size="sm" lang="id">
            {e.whyBox}
          </Text>
        </div>
      )}
      <div>
        <Title order={4} size="h5">
          {t('employees:card.nextSteps')}
        </Title>
        {e.nextSteps.length === 0 ? (
          <Text size="sm">{t('employees:card.nextNone')}</Text>
        ) : (
          <List size="sm" spacing={2} lang="id" data-testid="langkah-berikut">
            {e.nextSteps.map((s) => (
              <List.Item key={`${s.axis}-${s.targetBox}`}>{s.text}</List.Item>
            ))}
          </List>
        )}
      </div>
      {e.recommendation && (
        <Text size="sm" lang="id">
          <b>{t('employees:card.recommendation')}:</b> {e.recommendation}
        </Text>
      )}
      {e.missingData.length > 0 && (
        <div>
          <Title order={4} size="h5">
            {t('employees:card.missing')}
          </Title>
          <List size="sm" spacing={2} lang="id">
            {e.missingData.map((m) => (
              <List.Item key={m.reason}>{m.text}</List.Item>
            ))}
          </List>
        </div>
      )}
      {e.warnings.length > 0 && (
        <div>
          <Title order={4} size="h5">
            {t('employees:card.warnings')}
          </Title>
          <List size="sm" spacing={2} lang="id">
            {e.warnings.map((w) => (
              <List.Item key={w.code}>{w.text}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
