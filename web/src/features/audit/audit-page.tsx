import { Card, Code, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { PAGE_SIZE, auditPageQuery, type AuditFilter } from './api.js';

/** The audit log for auditors: who did what, when, to what, with the entry's hash (chain verified by CLI). */
export function AuditPage({
  filter,
  onFilter,
}: {
  filter: AuditFilter;
  onFilter: (next: AuditFilter) => void;
}) {
  const { t } = useTranslation('audit');
  const f = useFormat();
  const { data } = useSuspenseQuery(auditPageQuery(filter));
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm">{t('intro')}</Text>
      <Group align="flex-end">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('instansi');
            const instansi = typeof value === 'string' && value.trim() ? value.trim() : undefined;
            onFilter({ instansi, halaman: 1 });
          }}
        >
          <TextInput
            name="instansi"
            label={t('filterInstansi')}
            defaultValue={filter.instansi ?? ''}
            w={220}
          />
        </form>
        <Text size="sm" data-testid="audit-total">
          {t('total', { n: f.number(data.total) })}
        </Text>
      </Group>
      <Card withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="tabel-audit">
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('seq')}</Table.Th>
                <Table.Th scope="col">{t('when')}</Table.Th>
                <Table.Th scope="col">{t('instansi')}</Table.Th>
                <Table.Th scope="col">{t('actor')}</Table.Th>
                <Table.Th scope="col">{t('action')}</Table.Th>
                <Table.Th scope="col">{t('entity')}</Table.Th>
                <Table.Th scope="col">{t('hash')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>{f.dateTime(e.waktu)}</Table.Td>
                  <Table.Td>{e.instansi ?? '—'}</Table.Td>
                  <Table.Td>{e.aktor}</Table.Td>
                  <Table.Td>
                    <Code>{e.aksi}</Code>
                  </Table.Td>
                  <Table.Td>
                    {e.entitas}
                    {e.entitasId ? ` ${e.entitasId}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Code title={e.hash}>{e.hash.slice(0, 10)}…</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Pagination
        total={pages}
        value={filter.halaman}
        onChange={(halaman) => onFilter({ ...filter, halaman })}
        getControlProps={(control) => ({ 'aria-label': t(`page.${control}`) })}
        getItemProps={(page) => ({ 'aria-label': t('page.number', { page }) })}
      />
    </Stack>
  );
}
