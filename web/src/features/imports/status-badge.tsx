import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './api.js';

const COLORS: Record<ImportStatus, string> = {
  MENUNGGU: 'gray',
  MEMVALIDASI: 'blue',
  TERVALIDASI: 'teal',
  MENERAPKAN: 'blue',
  DITERAPKAN: 'green',
  GAGAL: 'red',
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation('imports');
  return (
    // Dark text on the light tint: the tint's own text colour is below AA contrast at badge size.
    <Badge color={COLORS[status]} variant="light" c="dark.9" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
