import { Badge, Code, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { ISSUES_PAGE_SIZE, importIssuesQuery } from './api.js';

type Props = { kode: string; id: string; halaman: number; onPage: (halaman: number) => void };

/** The validation's problems, a page at a time: row, column, value and the server's (Indonesian) message. */
export function IssuesTable({ kode, id, halaman, onPage }: Props) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  const { data } = useSuspenseQuery(importIssuesQuery(kode, id, halaman));
  const pages = Math.max(1, Math.ceil(data.total / ISSUES_PAGE_SIZE));
  return (
    <Stack gap="xs">
      <Title order={4}>{t('issues.title')}</Title>
      <Text size="sm" data-testid="jumlah-masalah">
        {t('issues.total', { n: f.number(data.total) })}
      </Text>
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="tabel-masalah">
          <Table.Caption>{t('issues.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('issues.row')}</Table.Th>
              <Table.Th scope="col">{t('issues.severity')}</Table.Th>
              <Table.Th scope="col">{t('issues.column')}</Table.Th>
              <Table.Th scope="col">{t('issues.value')}</Table.Th>
              <Table.Th scope="col">{t('issues.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((issue, i) => (
              <Table.Tr key={`${issue.baris ?? 0}-${i}`} data-baris={issue.baris ?? ''}>
                <Table.Td data-field="baris">{issue.baris === null ? '—' : f.number(issue.baris)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    color={issue.tingkat === 'KESALAHAN' ? 'red' : 'yellow'}
                    variant="light"
                    c="dark.9"
                    styles={{ label: { overflow: 'visible' } }}
                  >
                    {t(`issues.${issue.tingkat}`)}
                  </Badge>
                </Table.Td>
                <Table.Td data-field="kolom">{issue.kolom ?? t('issues.wholeRow')}</Table.Td>
                <Table.Td data-field="nilai">
                  {issue.nilai === null ? t('issues.empty') : <Code>{issue.nilai}</Code>}
                </Table.Td>
                <Table.Td data-field="pesan">{issue.pesan}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={halaman}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`page.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('page.number', { page }) })}
        />
      )}
    </Stack>
  );
}
