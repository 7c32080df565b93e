import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A run's status; published in green (dark shades: readable small text on white). */
export function RunBadge({ status }: { status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED' }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="filled" color={status === 'PUBLISHED' ? '#1e6b30' : 'gray.7'}>
      {t(`runStatus.${status}`)}
    </Badge>
  );
}
