import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack p="md" role="alert">
      <Text>{t('shell.notFound')}</Text>
      <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('shell.backHome')}</Anchor>
    </Stack>
  );
}
