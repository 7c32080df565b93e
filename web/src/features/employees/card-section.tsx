import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A titled card of the talent card. */
export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** A small table of rows, or "no data". */
export function MiniTable({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation('employees');
  if (rows.length === 0) return <Text size="sm">{t('card.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              {r.map((c, j) => (
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A date `YYYY-MM-DD` (or `YYYY-MM`) in the UI language; a dash when there is none. */
export function useDate() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'id-ID';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso: string | null | undefined) => {
    if (!iso) return '—';
    if (/^\d{4}-\d{2}$/.test(iso)) return month.format(new Date(`${iso}-01T00:00:00Z`));
    return day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  };
}
