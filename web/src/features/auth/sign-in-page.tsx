import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { ApiError } from '../../lib/api-client.js';
import { useSignIn } from './api.js';

/** Sign-in with username and password; then back to where the person was going (`?lanjut=`), or home. */
export function SignInPage({ next }: { next: string | undefined }) {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const signIn = useSignIn();
  const navigate = useNavigate();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    signIn.mutate(
      { namaPengguna: field('namaPengguna'), kataSandi: field('kataSandi') },
      {
        // Only a path of this application: never an absolute address from the query string.
        onSuccess: () => void navigate({ to: next?.startsWith('/') && !next.startsWith('//') ? next : '/' }),
      },
    );
  };

  const error = signIn.error;
  const wrongCredentials = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
  const shown = error
    ? wrongCredentials && i18n.language !== 'id'
      ? { message: t('auth:wrongCredentials') }
      : describeError(error)
    : null;

  return (
    <Center mih="100vh" p="md" component="main" id="isi">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <form onSubmit={submit} aria-labelledby="masuk-judul">
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} size="h2" c="talenta.8">
                  {t('common:app.name')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('common:app.tagline')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Title order={2} size="h3" id="masuk-judul">
              {t('auth:title')}
            </Title>
            <TextInput
              name="namaPengguna"
              label={t('auth:username')}
              autoComplete="username"
              required
              withAsterisk={false}
              autoFocus
            />
            <PasswordInput
              name="kataSandi"
              label={t('auth:password')}
              autoComplete="current-password"
              required
              withAsterisk={false}
              visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
            />
            {shown && (
              <Alert color="red" role="alert" variant="light">
                {shown.message}
                {shown.detail && <Text size="xs">{shown.detail}</Text>}
              </Alert>
            )}
            <Button type="submit" loading={signIn.isPending}>
              {t('auth:submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
