import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';

/**
 * The 9-box laid out as PermenPANRB 3/2020 draws it (rules.md §3): performance on the vertical axis (above
 * expectation on top), potential on the horizontal axis (low on the left).
 */
const LAYOUT = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
] as const;

export function NineBoxGrid({ perKotak }: { perKotak: readonly number[] }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const f = useFormat();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('dashboard:instansiPage.axes')}
      </Text>
      <SimpleGrid cols={3} spacing={4} role="list" aria-label={t('dashboard:instansiPage.grid')}>
        {LAYOUT.flat().map((box) => (
          <Paper
            key={box}
            role="listitem"
            withBorder
            p="xs"
            style={{ borderLeft: `6px solid ${BOX_COLORS[box - 1]}` }}
            title={t(`common:box.name.${box}`)}
            data-box={box}
          >
            <Text size="xs">{t('common:box.short', { box })}</Text>
            <Text size="lg" fw={700}>
              {f.number(perKotak[box - 1] ?? 0)}
            </Text>
            <Text size="xs" visibleFrom="sm">
              {t(`common:box.name.${box}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
