import { Anchor, Badge, Table, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';
import type { EmployeeItem } from './api.js';

type SortKey = 'nama' | 'nip' | 'jenjang' | 'unit' | 'kotak';

/**
 * The employee rows. Sortable columns are buttons in the header (`aria-sort` says the order); each name is a
 * link to the talent card. On a phone the table scrolls sideways inside its container.
 */
export function EmployeeTable({
  kode,
  items,
  sort = 'nama',
  onSort,
}: {
  kode: string;
  items: readonly EmployeeItem[];
  sort?: string;
  onSort: (urut: string) => void;
}) {
  const { t } = useTranslation(['employees', 'common']);
  const f = useFormat();
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const header = (k: SortKey) => (
    <Table.Th aria-sort={key === k ? (desc ? 'descending' : 'ascending') : undefined}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSort(key === k && !desc ? `-${k}` : k)}
        aria-label={t('employees:list.sortBy', { column: t(`employees:list.col.${k}`) })}
      >
        {t(`employees:list.col.${k}`)}
        {key === k ? (desc ? ' ▼' : ' ▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  const score = (n: number | null) => (n === null ? '—' : f.decimal(n));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="tabel-pegawai" aria-label={t('employees:list.table')}>
        <Table.Thead>
          <Table.Tr>
            {header('nama')}
            {header('nip')}
            <Table.Th>{t('employees:list.col.jabatan')}</Table.Th>
            {header('jenjang')}
            {header('unit')}
            {header('kotak')}
            <Table.Th>{t('employees:list.col.kinerja')}</Table.Th>
            <Table.Th>{t('employees:list.col.potensial')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.nip} data-nip={p.nip}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/i/$kode/pegawai/$nip" params={{ kode, nip: p.nip }} {...props} />
                  )}
                >
                  {[p.gelarDepan, p.nama].filter(Boolean).join(' ')}
                  {p.gelarBelakang ? `, ${p.gelarBelakang}` : ''}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace">{p.nip}</Table.Td>
              <Table.Td>{p.jabatan}</Table.Td>
              <Table.Td>{t(`employees:jenjang.${p.jenjang}` as 'employees:jenjang.PELAKSANA')}</Table.Td>
              <Table.Td>{p.unit?.nama ?? '—'}</Table.Td>
              <Table.Td data-field="kotak">
                {p.kotak ? (
                  <Badge
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
                          background: BOX_COLORS[p.kotak - 1],
                        }}
                      />
                    }
                  >
                    {p.kotak}
                  </Badge>
                ) : p.statusPemetaan === 'TIDAK_DIPETAKAN' ? (
                  t('common:box.notMapped')
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{score(p.nilaiKinerja)}</Table.Td>
              <Table.Td>{score(p.nilaiPotensial)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
