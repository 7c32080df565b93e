import {
  Anchor,
  Button,
  Card,
  Group,
  Notification,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/tag.js';
import { JENJANG } from '../../lib/jenjang.js';
import { useUser } from '../../lib/session.js';
import { unitOptions } from '../../lib/unit-options.js';
import { useSearchText } from '../../lib/use-search-text.js';
import {
  positionsQuery,
  unitsQuery,
  type KeyStatusAnswer,
  type PositionFilter,
  type PositionItem,
} from './api.js';
import { KeyStatusModal } from './key-status-modal.js';

type Notice = { nama: string; marked: boolean; slates: KeyStatusAnswer['slates'] };

/**
 * The position register: the catalogue searched, filtered and paged on the server (filters in the URL),
 * each key position with its reason. The Admin Instansi of the whole instansi marks or unmarks key positions
 * (policy positions.manage_key); every other reader sees the same table without the action.
 */
export function PositionsPage({
  kode,
  filter,
  onFilter,
}: {
  kode: string;
  filter: PositionFilter;
  onFilter: (next: PositionFilter) => void;
}) {
  const { t } = useTranslation('positions');
  const user = useUser();
  const manager = user.peran === 'ADMIN_INSTANSI' && !user.terbatasUnit;
  const { data } = useSuspenseQuery(positionsQuery(kode, filter));
  const { data: units } = useSuspenseQuery(unitsQuery(kode));
  const [editing, setEditing] = useState<PositionItem | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const set = (patch: Partial<PositionFilter>) => onFilter({ ...filter, halaman: undefined, ...patch });
  const [text, setText] = useSearchText(filter.cari, (cari) => set({ cari }));

  const unitData = useMemo(() => unitOptions(units.items), [units]);
  const pages = Math.max(1, Math.ceil(data.total / data.ukuran));
  const jenjang = (code: string) => t(`jenjang.${code}` as 'jenjang.PELAKSANA', { defaultValue: code });

  return (
    <Stack>
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm">{t('intro')}</Text>
        <Text size="sm" data-testid="jumlah-jabatan">
          {t('count', { count: data.total })}
        </Text>
      </div>
      {notice && <DoneNotice notice={notice} onClose={() => setNotice(null)} />}
      <Group grow align="flex-end" wrap="wrap">
        <TextInput
          label={t('filter.search')}
          description={t('filter.searchHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          data-testid="cari-jabatan"
          miw={200}
        />
        {unitData.length > 0 && (
          <Select
            label={t('filter.unit')}
            placeholder={t('filter.unitAll')}
            data={unitData}
            value={filter.unit ?? null}
            onChange={(v) => set({ unit: v ?? undefined })}
            searchable
            clearable
            miw={200}
          />
        )}
        <Select
          label={t('filter.jenjang')}
          placeholder={t('filter.jenjangAll')}
          data={JENJANG.map((j) => ({ value: j, label: jenjang(j) }))}
          value={filter.jenjang ?? null}
          onChange={(v) => set({ jenjang: (v as PositionFilter['jenjang']) ?? undefined })}
          clearable
          miw={160}
        />
        <Select
          label={t('filter.kunci')}
          placeholder={t('filter.kunciAll')}
          data={[
            { value: 'true', label: t('filter.kunciTrue') },
            { value: 'false', label: t('filter.kunciFalse') },
          ]}
          value={filter.kunci === undefined ? null : String(filter.kunci)}
          onChange={(v) => set({ kunci: v === null ? undefined : v === 'true' })}
          clearable
          data-testid="filter-kunci"
          miw={160}
        />
      </Group>
      {data.items.length === 0 ? (
        <Text>{t('table.empty')}</Text>
      ) : (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={manager ? 980 : 840}>
            <Table striped data-testid="tabel-jabatan">
              <Table.Caption>{t('table.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('table.jabatan')}</Table.Th>
                  <Table.Th scope="col">{t('table.jenjang')}</Table.Th>
                  <Table.Th scope="col">{t('table.unit')}</Table.Th>
                  <Table.Th scope="col">{t('table.syarat')}</Table.Th>
                  <Table.Th scope="col">{t('table.pemangku')}</Table.Th>
                  <Table.Th scope="col">{t('table.status')}</Table.Th>
                  {manager && <Table.Th scope="col">{t('table.aksi')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.kode} data-kode={p.kode} data-kunci={String(p.kunci)}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {p.nama}
                      </Text>
                      <Text size="xs" ff="monospace">
                        {p.kode}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{jenjang(p.jenjang)}</Text>
                      {p.eselon && <Text size="xs">{t('table.eselon', { eselon: p.eselon })}</Text>}
                    </Table.Td>
                    <Table.Td>{p.unorNama}</Table.Td>
                    <Table.Td>
                      {p.minGolongan || p.minPendidikan ? (
                        <>
                          {p.minGolongan && (
                            <Text size="sm">{t('table.golongan', { golongan: p.minGolongan })}</Text>
                          )}
                          {p.minPendidikan && (
                            <Text size="sm">{t('table.pendidikan', { pendidikan: p.minPendidikan })}</Text>
                          )}
                        </>
                      ) : (
                        t('table.none')
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.pemangku ? (
                        <>
                          <Text size="sm">{p.pemangku.nama}</Text>
                          <Text size="xs">{p.pemangku.nipBaru}</Text>
                        </>
                      ) : (
                        <Text size="sm">{t('table.lowong')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td data-field="kunci" maw={360}>
                      {p.kunci ? (
                        <Stack gap={4} align="flex-start">
                          <Tag color="blue" data-testid="tanda-kunci">
                            {t('table.kunci')}
                          </Tag>
                          {p.alasanKritikal && (
                            <Text size="xs" data-field="alasan">
                              {t('table.alasan', { alasan: p.alasanKritikal })}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        t('table.none')
                      )}
                    </Table.Td>
                    {manager && (
                      <Table.Td>
                        {p.kunci ? (
                          <Button size="xs" variant="outline" color="red.9" onClick={() => setEditing(p)}>
                            {t('action.unmark')}
                          </Button>
                        ) : p.dapatDitetapkanKunci ? (
                          <Button size="xs" variant="light" onClick={() => setEditing(p)}>
                            {t('action.mark')}
                          </Button>
                        ) : (
                          <Text size="xs">{t('table.bukanStruktural')}</Text>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <Group justify="space-between">
        <Anchor component="button" size="sm" onClick={() => (setText(''), onFilter({}))}>
          {t('filter.reset')}
        </Anchor>
        {pages > 1 && (
          <Pagination
            getControlProps={(control) => ({ 'aria-label': t(`filter.pager.${control}`) })}
            total={pages}
            value={data.halaman}
            onChange={(halaman) => onFilter({ ...filter, halaman })}
            aria-label={t('filter.page')}
            size="sm"
          />
        )}
      </Group>
      {manager && (
        <KeyStatusModal
          kode={kode}
          position={editing}
          onClose={() => setEditing(null)}
          onDone={(answer, marked) => setNotice({ nama: answer.jabatan.nama, marked, slates: answer.slates })}
        />
      )}
    </Stack>
  );
}

/** What the change did, and whether the succession plans were recomputed (or why not). */
function DoneNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const { t } = useTranslation('positions');
  const { slates } = notice;
  const failed = slates !== null && 'error' in slates;
  return (
    <Notification
      role="status"
      color={failed ? 'orange' : 'green'}
      withBorder
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('done.close') }}
      data-testid="pemberitahuan-jabatan-kunci"
    >
      <Text size="sm">{t(notice.marked ? 'done.marked' : 'done.unmarked', { nama: notice.nama })}</Text>
      <Text size="sm" data-field="slates" data-value={slates === null ? 'none' : failed ? 'error' : 'ok'}>
        {slates === null
          ? t('done.slatesNone')
          : 'error' in slates
            ? t('done.slatesFailed', { error: slates.error })
            : t('done.slatesRecomputed')}
      </Text>
    </Notification>
  );
}
