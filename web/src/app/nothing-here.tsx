import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The start page of a role that has no page in the web app yet (see docs: reserved routes). */
export function NothingHere() {
  const { t } = useTranslation();
  return <Text>{t('shell.nothingHere')}</Text>;
}
