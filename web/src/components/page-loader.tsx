import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-busy="true">
      <Loader aria-label={t('shell.loading')} />
    </Center>
  );
}
