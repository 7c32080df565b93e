import { Anchor, Button, Group, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../lib/session.js';
import { JENJANG } from '../../lib/jenjang.js';
import { employeeListQuery, runYearsQuery, unitsQuery, type ListFilter } from './api.js';
import { EmployeeTable } from './employee-table.js';
import { unitOptions } from '../../lib/unit-options.js';
import { useSearchText } from '../../lib/use-search-text.js';

/** Roles that may download the employee data (policy `employees.export`, product.md §1). */
const EXPORTERS = new Set(['ADMIN_PROVINSI', 'ADMIN_INSTANSI']);

/** The employee list: debounced search, filters, server paging and sorting, all kept in the URL. */
export function EmployeeListPage({
  kode,
  filter,
  onFilter,
}: {
  kode: string;
  filter: ListFilter;
  onFilter: (next: ListFilter) => void;
}) {
  const { t } = useTranslation(['employees', 'common']);
  const user = useUser();
  const { data } = useSuspenseQuery(employeeListQuery(kode, filter));
  const { data: units } = useSuspenseQuery(unitsQuery(kode));
  const { data: years } = useQuery(runYearsQuery(kode));
  const set = (patch: Partial<ListFilter>) => onFilter({ ...filter, halaman: undefined, ...patch });
  const [text, setText] = useSearchText(filter.cari, (cari) => set({ cari }));

  const unitData = useMemo(() => unitOptions(units.items), [units]);
  const pages = Math.max(1, Math.ceil(data.total / data.ukuran));
  const base = `/api/instansi/${encodeURIComponent(kode)}/pegawai/ekspor`;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('employees:list.title')}</Title>
          <Text size="sm" data-testid="jumlah-pegawai">
            {t('employees:list.count', { count: data.total })}
            {' · '}
            {data.pemetaan
              ? t('employees:list.fromRun', { year: data.pemetaan.periode })
              : t('employees:list.noRun')}
          </Text>
        </div>
        {EXPORTERS.has(user.peran) && (
          <Group gap="xs" aria-label={t('employees:list.export')} role="group">
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button key={format} component="a" href={`${base}?format=${format}`} variant="light" size="xs">
                {t('employees:list.exportAs', { format: format.toUpperCase() })}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      <Group grow align="flex-end" wrap="wrap">
        <TextInput
          label={t('employees:list.search')}
          description={t('employees:list.searchHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          data-testid="cari-pegawai"
          miw={200}
        />
        {unitData.length > 0 && (
          <Select
            label={t('employees:list.unit')}
            placeholder={t('employees:list.unitAll')}
            data={unitData}
            value={filter.unit ?? null}
            onChange={(v) => set({ unit: v ?? undefined })}
            searchable
            clearable
            miw={200}
          />
        )}
        <Select
          label={t('employees:list.jenjang')}
          placeholder={t('employees:list.jenjangAll')}
          data={JENJANG.map((j) => ({ value: j, label: t(`employees:jenjang.${j}`) }))}
          value={filter.jenjang ?? null}
          onChange={(v) => set({ jenjang: v ?? undefined })}
          clearable
          miw={160}
        />
        <Select
          label={t('employees:list.box')}
          placeholder={t('employees:list.boxAll')}
          data={[
            ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => ({
              value: String(b),
              label: t('common:box.short', { box: b }),
            })),
            { value: '0', label: t('common:box.notMapped') },
          ]}
          value={filter.kotak === undefined ? null : String(filter.kotak)}
          onChange={(v) => set({ kotak: v === null ? undefined : Number(v) })}
          clearable
          miw={140}
        />
        {years && years.length > 0 && (
          <Select
            label={t('employees:list.year')}
            data={years.map(String)}
            value={String(filter.periode ?? data.pemetaan?.periode ?? years[0])}
            onChange={(v) => set({ periode: v ? Number(v) : undefined })}
            allowDeselect={false}
            miw={100}
          />
        )}
      </Group>
      {data.items.length === 0 ? (
        <Text>{t('employees:list.empty')}</Text>
      ) : (
        <EmployeeTable kode={kode} items={data.items} sort={filter.urut} onSort={(urut) => set({ urut })} />
      )}
      <Group justify="space-between">
        <Anchor component="button" size="sm" onClick={() => (setText(''), onFilter({}))}>
          {t('employees:list.reset')}
        </Anchor>
        {pages > 1 && (
          <Pagination
            getControlProps={(control) => ({ 'aria-label': t(`employees:list.pager.${control}`) })}
            total={pages}
            value={data.halaman}
            onChange={(halaman) => onFilter({ ...filter, halaman })}
            aria-label={t('employees:list.page')}
            size="sm"
          />
        )}
      </Group>
    </Stack>
  );
}
