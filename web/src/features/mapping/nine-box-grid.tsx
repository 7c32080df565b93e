import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';
import type { NineBox } from './api.js';

/**
 * The Kotak Manajemen Talenta as rules.md §3 (PermenPANRB 3/2020) draws it: Kinerja on the vertical axis (di
 * atas ekspektasi on top), Potensial on the horizontal axis (rendah on the left); box 9 top right.
 */
const ROWS = [
  { level: 'DI_ATAS_EKSPEKTASI', boxes: [4, 7, 9] },
  { level: 'SESUAI_EKSPEKTASI', boxes: [2, 5, 8] },
  { level: 'DI_BAWAH_EKSPEKTASI', boxes: [1, 3, 6] },
] as const;
const COLUMNS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;

export function NineBoxGrid({
  data,
  selected,
  onSelect,
}: {
  data: NineBox;
  selected: number | undefined;
  /** Absent when the role may not list people (the Auditor sees counts only). */
  onSelect?: (box: number) => void;
}) {
  const { t } = useTranslation(['mapping', 'common']);
  const f = useFormat();
  const byBox = new Map(data.kotak.map((k) => [k.kotak, k]));
  const cell = (box: number) => {
    const k = byBox.get(box);
    const jumlah = k?.jumlah ?? 0;
    const content = (
      <Stack gap={0}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={700}>
            {t('common:box.short', { box })}
          </Text>
          <Text size="xs">{f.decimal(k?.persen ?? 0)}%</Text>
        </Group>
        <Text size="xl" fw={700} data-field="jumlah">
          {f.number(jumlah)}
        </Text>
        <Text size="xs" visibleFrom="sm">
          {t(`common:box.name.${box}` as 'common:box.name.1')}
        </Text>
      </Stack>
    );
    const style = {
      border: '1px solid var(--mantine-color-gray-4)',
      borderLeft: `8px solid ${BOX_COLORS[box - 1]}`,
      outline: selected === box ? '3px solid var(--mantine-color-blue-filled)' : undefined,
    };
    return onSelect ? (
      <UnstyledButton
        key={box}
        data-box={box}
        onClick={() => onSelect(box)}
        aria-pressed={selected === box}
        p="xs"
        className="talenta-box"
        style={style}
      >
        {content}
      </UnstyledButton>
    ) : (
      <Box key={box} data-box={box} p="xs" style={style}>
        {content}
      </Box>
    );
  };
  return (
    <Box data-testid="kotak-talenta">
      <div style={{ display: 'grid', gridTemplateColumns: 'auto auto repeat(3, minmax(0, 1fr))', gap: 6 }}>
        <Text
          size="sm"
          fw={700}
          style={{
            gridRow: '1 / span 3',
            writingMode: 'vertical-rl',
            transform: 'rotate(180deg)',
            textAlign: 'center',
          }}
        >
          {t('mapping:grid.kinerja')} ↑
        </Text>
        {ROWS.map((r) => [
          <Text key={r.level} size="xs" style={{ alignSelf: 'center', maxWidth: 90 }}>
            {t(`mapping:level.${r.level}`)}
          </Text>,
          ...r.boxes.map(cell),
        ])}
        <span />
        <span />
        {COLUMNS.map((c) => (
          <Text key={c} size="xs" ta="center">
            {t(`mapping:level.${c}`)}
          </Text>
        ))}
      </div>
      <Text size="sm" fw={700} ta="center" mt={4}>
        {t('mapping:grid.potensial')} →
      </Text>
    </Box>
  );
}
