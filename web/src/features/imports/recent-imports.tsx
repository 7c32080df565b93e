import { Button, Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { recentImportsQuery } from './api.js';
import { StatusBadge } from './status-badge.js';

/** The instansi's recent imports with their status; "open" shows one under the form. */
export function RecentImports({
  kode,
  selected,
  onSelect,
}: {
  kode: string;
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('imports');
  const f = useFormat();
  const { data } = useSuspenseQuery(recentImportsQuery(kode));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('recent.title')}</Title>
        {data.items.length === 0 ? (
          <Text size="sm">{t('recent.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped data-testid="tabel-impor">
              <Table.Caption>{t('recent.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('recent.when')}</Table.Th>
                  <Table.Th scope="col">{t('recent.kind')}</Table.Th>
                  <Table.Th scope="col">{t('recent.file')}</Table.Th>
                  <Table.Th scope="col">{t('recent.status')}</Table.Th>
                  <Table.Th scope="col">{t('recent.rows')}</Table.Th>
                  <Table.Th scope="col">{t('recent.by')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('recent.open')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((i) => (
                  <Table.Tr key={i.id} data-id={i.id} aria-current={i.id === selected ? 'true' : undefined}>
                    <Table.Td>{f.dateTime(i.dibuat)}</Table.Td>
                    <Table.Td>{t(`kinds.${i.jenis}`)}</Table.Td>
                    <Table.Td>{i.namaBerkas}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={i.status} />
                    </Table.Td>
                    <Table.Td>{f.number(i.barisDibaca)}</Table.Td>
                    <Table.Td>{i.oleh}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onSelect(i.id)}
                        aria-label={t('recent.openLabel', { name: i.namaBerkas })}
                      >
                        {t('recent.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
