import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useParams } from '@tanstack/react-router';
import type { ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaErrorBoundary } from '../components/error-boundary.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { signOut, useUser } from '../lib/session.js';
import { InstansiSwitcher } from './instansi-switcher.js';
import { NAV } from './nav.js';

/**
 * The signed-in application: header (name, instansi switcher, language, account), the navigation of the
 * role (a drawer on a phone), and the page. Each area has its own error boundary.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure();
  const params = useParams({ strict: false });
  const kode = params.kode ?? user.instansiKode;
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#isi">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <AreaErrorBoundary>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
              />
              <Anchor renderRoot={(props) => <Link to="/" {...props} />} underline="never">
                <Title order={1} size="h3" c="talenta.8">
                  {t('app.name')}
                </Title>
              </Anchor>
              <InstansiSwitcher user={user} />
            </Group>
            <LanguageSwitch />
          </Group>
        </AreaErrorBoundary>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.navigation')}>
        <AreaErrorBoundary>
          <AppShell.Section grow>
            {NAV.filter((e) => e.visible(user)).map((e) => (
              <NavLink
                key={e.key}
                label={t(`nav.${e.key}`)}
                onClick={close}
                renderRoot={(props: ComponentPropsWithoutRef<'a'>) => (
                  <Link
                    {...props}
                    {...e.target(kode)}
                    activeProps={{ 'data-active': true, 'aria-current': 'page' }}
                  />
                )}
              />
            ))}
          </AppShell.Section>
          <AppShell.Section>
            <Stack gap={4} p="xs">
              <Text size="sm">{t('shell.signedInAs', { name: user.nama ?? user.namaPengguna })}</Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${user.peran}`)} · {user.instansiKode}
              </Text>
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  void signOut(queryClient).then(() => navigate({ to: '/masuk' }));
                }}
              >
                {t('shell.signOut')}
              </Button>
            </Stack>
          </AppShell.Section>
        </AreaErrorBoundary>
      </AppShell.Navbar>
      <AppShell.Main id="isi" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
