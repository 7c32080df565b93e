import { Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';
import { ownCardQuery } from './api.js';

/**
 * A Pegawai's own card (product.md §1: own data only): box, performance and potential, and the reasons. The
 * explanation sentences are the server's, in Indonesian (marked `lang="id"`).
 */
export function MyCardPage() {
  const { t } = useTranslation(['myCard', 'common']);
  const f = useFormat();
  const { data } = useSuspenseQuery(ownCardQuery());
  if (!data) return <Text>{t('myCard:noRecord')}</Text>;
  const e = data.explanation;
  const score = (n: number | null) => (n === null ? '—' : f.decimal(n));
  return (
    <Stack>
      <div>
        <Title order={2}>{t('myCard:title')}</Title>
        <Text size="sm">{t('myCard:who', { nama: data.nama, nip: data.nip, year: data.periode })}</Text>
      </div>
      <Card withBorder style={e.box ? { borderLeft: `8px solid ${BOX_COLORS[e.box - 1]}` } : undefined}>
        <Text size="sm">{t('myCard:box')}</Text>
        <Title order={3} data-testid="kotak-saya">
          {e.box ? t('common:box.short', { box: e.box }) : t('common:box.notMapped')}
        </Title>
        {e.box && <Text>{t(`common:box.name.${e.box}` as 'common:box.name.1')}</Text>}
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text size="sm">{t('myCard:performance')}</Text>
          <Group gap="xs">
            <Text size="xl" fw={700}>
              {score(e.performance.score)}
            </Text>
            {e.performance.level && <Text>{t(`myCard:performanceLevel.${e.performance.level}`)}</Text>}
          </Group>
        </Card>
        <Card withBorder>
          <Text size="sm">{t('myCard:potential')}</Text>
          <Group gap="xs">
            <Text size="xl" fw={700}>
              {score(e.potential.score)}
            </Text>
            {e.potential.level && <Text>{t(`myCard:potentialLevel.${e.potential.level}`)}</Text>}
          </Group>
        </Card>
      </SimpleGrid>
      <Card withBorder lang="id">
        <Title order={3} size="h4" mb="xs">
          {t('myCard:explanation')}
        </Title>
        <List spacing={4} size="sm">
          <List.Item>{e.summary}</List.Item>
          <List.Item>{e.performance.text}</List.Item>
          <List.Item>{e.potential.text}</List.Item>
          {e.whyBox && <List.Item>{e.whyBox}</List.Item>}
          {e.recommendation && <List.Item>{e.recommendation}</List.Item>}
        </List>
      </Card>
    </Stack>
  );
}
