import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format.js';
import type { Role } from '../graphql/generated/graphql.js';
import { MarkNotificationsReadMutation, NotificationAddedSubscription, NotificationBellQuery } from './operations.js';
import { notificationsPath } from './notification-link.js';
import { useOpenNotification } from './use-open-notification.js';

/** Header bell: the unread count, kept live by `notificationAdded`, and the newest notifications in a popover. */
export function NotificationBell({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const bell = useQuery(NotificationBellQuery);
  useSubscription(NotificationAddedSubscription, { onData: () => void bell.refetch() });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, { refetchQueries: ['NotificationBell', 'NotificationList'] });
  const open = useOpenNotification(role);
  const unread = bell.data?.notifications.unreadCount ?? 0;
  const items = bell.data?.notifications.edges.map((edge) => edge.node) ?? [];
  const unreadIds = items.filter((item) => !item.readAt).map((item) => item.id);

  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} offset={4} color="red">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('notifications.bell', { count: unread })}
            data-testid="notification-bell"
            onClick={() => setOpened((value) => !value)}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown aria-label={t('notifications.title')}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{t('notifications.title')}</Text>
              <Button
                size="compact-xs"
                variant="subtle"
                disabled={unreadIds.length === 0}
                loading={marking.loading}
                onClick={() => void markRead({ variables: { ids: unreadIds } }).catch(() => undefined)}
              >
                {t('notifications.markAllRead')}
              </Button>
            </Group>
            {items.length === 0 ? (
              <Text size="sm">{t('notifications.empty')}</Text>
            ) : (
              <ScrollArea.Autosize mah={360}>
                <Stack gap={4}>
                  {items.map((item) => (
                    <UnstyledButton
                      key={item.id}
                      p="xs"
                      data-testid="notification-item"
                      style={{ borderRadius: 4, background: item.readAt ? undefined : 'var(--mantine-color-blue-light)' }}
                      onClick={() => {
                        setOpened(false);
                        void open(item);
                      }}
                    >
                      <Text size="sm" fw={item.readAt ? 400 : 600}>
                        {item.title}
                      </Text>
                      <Text size="xs">{item.body}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            )}
            <Button component={Link} to={notificationsPath(role)} variant="light" size="xs" onClick={() => setOpened(false)}>
              {t('notifications.seeAll')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
