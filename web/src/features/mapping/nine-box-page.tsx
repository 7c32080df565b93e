import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser, type Role } from '../../lib/session.js';
import { JENJANG } from '../../lib/jenjang.js';
import { exportUrl, nineBoxQuery, runYearsQuery, unitsQuery, type BoxFilter } from './api.js';
import { BoxPeople } from './box-people.js';
import { NineBoxGrid } from './nine-box-grid.js';
import { unitOptions } from '../../lib/unit-options.js';

/** Who may list named people and download the mapping (employees.read, mapping.export: not the Auditor). */
const PEOPLE_READERS = new Set<Role>([
  'ADMIN_PROVINSI',
  'ADMIN_INSTANSI',
  'KOMITE_TALENTA',
  'PPK',
  'PIMPINAN_UNIT',
]);

export type NineBoxSearch = BoxFilter & { kotak?: number; halaman?: number };

export function NineBoxPage({
  kode,
  search,
  onSearch,
}: {
  kode: string;
  search: NineBoxSearch;
  onSearch: (next: NineBoxSearch) => void;
}) {
  const { t } = useTranslation(['mapping', 'common']);
  const f = useFormat();
  const user = useUser();
  const people = PEOPLE_READERS.has(user.peran);
  const filter: BoxFilter = { periode: search.periode, unit: search.unit, jenjang: search.jenjang };
  const { data } = useSuspenseQuery(nineBoxQuery(kode, filter));
  const { data: years } = useQuery(runYearsQuery(kode));
  const { data: units } = useQuery({ ...unitsQuery(kode), enabled: people });
  const unitData = useMemo(() => unitOptions(units?.items ?? []), [units]);
  const set = (patch: Partial<NineBoxSearch>) => onSearch({ ...search, halaman: undefined, ...patch });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('mapping:title')}</Title>
          <Text size="sm">
            {t('mapping:subtitle', { year: data.periode })}{' '}
            <Badge variant="light">{data.publishedAt ? t('mapping:published') : t('mapping:draft')}</Badge>
          </Text>
        </div>
        <Group gap="xs">
          <Button
            renderRoot={(props) => (
              <Link
                to="/i/$kode/pemetaan/pergerakan"
                params={{ kode }}
                search={{ ke: data.periode }}
                {...props}
              />
            )}
            variant="subtle"
            size="xs"
          >
            {t('mapping:toMovement')}
          </Button>
          {people &&
            (['csv', 'xlsx', 'json', 'simata'] as const).map((format) => (
              <Button
                key={format}
                component="a"
                href={exportUrl(kode, data.periode, format)}
                variant="light"
                size="xs"
              >
                {t('mapping:exportAs', { format: format === 'simata' ? 'SIMATA' : format.toUpperCase() })}
              </Button>
            ))}
        </Group>
      </Group>
      <Group grow align="flex-end" wrap="wrap">
        {years && years.length > 0 && (
          <Select
            label={t('mapping:year')}
            data={years.map(String)}
            value={String(data.periode)}
            onChange={(v) => set({ periode: v ? Number(v) : undefined, kotak: search.kotak })}
            allowDeselect={false}
            miw={100}
          />
        )}
        {unitData.length > 0 && (
          <Select
            label={t('mapping:unit')}
            placeholder={t('mapping:unitAll')}
            data={unitData}
            value={search.unit ?? null}
            onChange={(v) => set({ unit: v ?? undefined, kotak: search.kotak })}
            searchable
            clearable
            miw={220}
          />
        )}
        <Select
          label={t('mapping:jenjang')}
          placeholder={t('mapping:jenjangAll')}
          data={JENJANG.map((j) => ({ value: j, label: t(`mapping:jenjangName.${j}`) }))}
          value={search.jenjang ?? null}
          onChange={(v) => set({ jenjang: v ?? undefined, kotak: search.kotak })}
          clearable
          miw={180}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Stat label={t('mapping:total')} value={f.number(data.total)} testId="stat-total" />
        <Stat label={t('mapping:mapped')} value={f.number(data.dipetakan)} testId="stat-dipetakan" />
        {people ? (
          <UnstyledButton onClick={() => set({ kotak: 0 })} aria-pressed={search.kotak === 0} data-box={0}>
            <Stat
              label={t('common:box.notMapped')}
              value={f.number(data.tidakDipetakan)}
              testId="stat-tidak"
            />
          </UnstyledButton>
        ) : (
          <Stat label={t('common:box.notMapped')} value={f.number(data.tidakDipetakan)} testId="stat-tidak" />
        )}
      </SimpleGrid>
      <NineBoxGrid
        data={data}
        selected={search.kotak}
        onSelect={people ? (kotak) => set({ kotak }) : undefined}
      />
      {Object.keys(data.alasanTidakDipetakan).length > 0 && (
        <Text size="sm">
          {t('mapping:reasons')}{' '}
          {Object.entries(data.alasanTidakDipetakan)
            .map(([code, n]) => `${code.replace(/_/g, ' ').toLowerCase()}: ${f.number(n)}`)
            .join(' · ')}
        </Text>
      )}
      {people && search.kotak !== undefined && (
        <BoxPeople
          kode={kode}
          kotak={search.kotak}
          filter={{ ...filter, periode: data.periode }}
          halaman={search.halaman ?? 1}
          onPage={(halaman) => onSearch({ ...search, halaman })}
        />
      )}
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs">{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
