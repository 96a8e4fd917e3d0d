import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageFrame } from '../components/PageFrame.js';
import { EmptyState, ErrorState, LoadingState } from '../components/states.js';
import { formatDateTime } from '../format.js';
import {
  MarkNotificationsReadMutation,
  NotificationListQuery,
  NotificationPreferencesQuery,
  SetNotificationPreferenceMutation,
} from '../notifications/operations.js';
import { useOpenNotification } from '../notifications/use-open-notification.js';
import { useSession } from '../session/session.js';

/** Every notification of the signed-in user, newest first, and their e-mail choice per kind. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const role = state.status === 'signedIn' ? state.user.role : 'ADMIN';
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(NotificationListQuery, { variables: { unreadOnly } });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, { refetchQueries: ['NotificationBell', 'NotificationList'] });
  const open = useOpenNotification(role);
  const connection = list.data?.notifications;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const unreadIds = items.filter((item) => !item.readAt).map((item) => item.id);

  return (
    <PageFrame title={t('notifications.title')} intro={t('notifications.intro')}>
      <Group justify="space-between">
        <Switch
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        />
        <Button
          variant="light"
          disabled={unreadIds.length === 0}
          loading={marking.loading}
          onClick={() => void markRead({ variables: { ids: unreadIds } }).catch(() => undefined)}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {!connection && list.loading && <LoadingState />}
      {connection && items.length === 0 && <EmptyState message={t('notifications.empty')} />}
      {connection && items.length > 0 && (
        <Stack gap="xs">
          <Text size="sm">{t('notifications.count', { total: connection.totalCount, unread: connection.unreadCount })}</Text>
          {items.map((item) => (
            <Card key={item.id} withBorder padding="sm">
              <UnstyledButton onClick={() => void open(item)} style={{ width: '100%' }}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={item.readAt ? 400 : 600}>{item.title}</Text>
                    <Text size="sm">{item.body}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.createdAt)}
                    </Text>
                  </div>
                  {!item.readAt && <Badge color="blue">{t('notifications.unread')}</Badge>}
                </Group>
              </UnstyledButton>
            </Card>
          ))}
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              onClick={() =>
                void list.fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    notifications: {
                      ...fetchMoreResult.notifications,
                      edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
                    },
                  }),
                })
              }
            >
              {t('notifications.more')}
            </Button>
          )}
        </Stack>
      )}
      <Preferences />
    </PageFrame>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const preferences = useQuery(NotificationPreferencesQuery);
  const [setPreference] = useMutation(SetNotificationPreferenceMutation, { refetchQueries: ['NotificationPreferences'] });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('notifications.preferences.title')}
        </Title>
        <Text size="sm">{t('notifications.preferences.intro')}</Text>
        {preferences.error && <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />}
        {preferences.data?.notificationPreferences.map((preference) => (
          <Switch
            key={preference.kind}
            label={t(`notifications.kinds.${preference.kind}`)}
            checked={preference.email}
            onChange={(event) =>
              void setPreference({ variables: { kind: preference.kind, email: event.currentTarget.checked } }).catch(() => undefined)
            }
          />
        ))}
      </Stack>
    </Card>
  );
}
