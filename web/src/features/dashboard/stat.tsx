import { Badge, Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One figure with its label (and an optional line that says what it counts). */
export function Stat({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** A run's status; published in green (dark shades: readable small text on white). */
export function RunBadge({ status }: { status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED' }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="filled" color={status === 'PUBLISHED' ? '#1e6b30' : 'gray.7'}>
      {t(`runStatus.${status}`)}
    </Badge>
  );
}
