import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '../components/states.js';
import type { SessionUser } from '../session/session.js';
import { useSession } from '../session/session.js';
import { NotificationBell } from '../notifications/NotificationBell.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NAVIGATION } from './navigation.js';

function organisationOf(user: SessionUser): string | undefined {
  return user.company?.name ?? user.jobcentre?.name ?? user.union?.name ?? undefined;
}

/** Header (name, user, role, language, sign-out) and the role's navigation around every signed-in page. */
export default function Shell({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const organisation = organisationOf(user);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.open')} />
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={600} data-testid="user-name">
                {user.displayName}
              </Text>
              <Text size="xs" data-testid="user-role">
                {t(`roles.${user.role}`)}
                {organisation ? ` · ${organisation}` : ''}
              </Text>
            </Stack>
            <NotificationBell role={user.role} />
            <LanguageSwitch />
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}
            >
              {t('session.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        <Stack gap={0} hiddenFrom="sm" mb="sm" px="sm">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs">{t(`roles.${user.role}`)}</Text>
        </Stack>
        {NAVIGATION[user.role].map((item) => (
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={item.path}
            active={pathname.startsWith(item.path)}
            variant="filled"
            label={t(item.label)}
            leftSection={<item.icon size={18} aria-hidden />}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
