import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validAccessToken } from '../../session/access-token.js';

/**
 * Opens the queue dashboard (bull-board, /admin/queues). A navigation carries
 * no Bearer token, so the page first asks the API, with the token, for the
 * short-lived HttpOnly cookie that grants the dashboard, then opens it.
 */
export function QueueDashboardCard() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const openDashboard = async () => {
    setBusy(true);
    setFailed(false);
    const opened = window.open('', '_blank');
    try {
      const token = await validAccessToken();
      const response = await fetch('/admin/queue-session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: '{}',
      });
      if (!response.ok) throw new Error(String(response.status));
      if (opened) opened.location.href = '/admin/queues';
      else window.location.assign('/admin/queues');
    } catch {
      opened?.close();
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder>
      <Stack>
        <Text size="sm">{t('administration.queues.explain')}</Text>
        <Button
          variant="light"
          leftSection={<IconExternalLink size={16} aria-hidden />}
          loading={busy}
          onClick={() => void openDashboard()}
        >
          {t('administration.queues.open')}
        </Button>
        {failed && (
          <Alert color="red" role="alert">
            {t('administration.queues.failed')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
