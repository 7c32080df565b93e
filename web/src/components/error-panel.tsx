import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from './error-message.js';

/** An error in place of the content of one area (a page, the navigation), with a way to try again. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation(); // re-renders on a language change
  const { message, detail } = describeError(error);
  return (
    <Alert color="red" title={t('errors.title')} role="alert" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
