import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDateTime } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import { PageFrame } from '../../components/PageFrame.js';
import { QueueDashboardCard } from './QueueDashboardCard.js';

const RecomputeMutation = graphql(`
  mutation RecomputeMatches {
    recomputeMatches {
      id
      state
      progress
      enqueuedAt
      finishedAt
    }
  }
`);

const JobQuery = graphql(`
  query RecomputeJob($id: ID!) {
    job(id: $id) {
      id
      name
      state
      progress
      enqueuedAt
      finishedAt
    }
  }
`);

const POLL_MS = 750;
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });

/** Starts a full recomputation of every match list and follows it by polling `job(id)` until it ends. */
export default function MatchingPage() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [start, started] = useMutation(RecomputeMutation);
  const job = useQuery(JobQuery, jobId ? { variables: { id: jobId }, pollInterval: POLL_MS, fetchPolicy: 'network-only' } : skipToken);
  const status = job.data?.job ?? started.data?.recomputeMatches ?? null;
  const finished = status?.state === 'COMPLETED' || status?.state === 'FAILED';
  const { stopPolling } = job;
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  const running = !!jobId && !finished;

  return (
    <PageFrame title={t('pages.matching.title')} intro={t('administration.matching.intro')}>
      <Card withBorder>
        <Stack>
          <Text size="sm">{t('administration.matching.explain')}</Text>
          <Group>
            <Button
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={started.loading}
              disabled={running}
              onClick={() => {
                start().then(
                  ({ data }) => setJobId(data!.recomputeMatches.id),
                  () => undefined, // shown from the mutation's error state
                );
              }}
            >
              {t('administration.matching.start')}
            </Button>
          </Group>
          {started.error && (
            <Alert color="red" role="alert">
              {errorMessage(started.error, t)}
            </Alert>
          )}
          {job.error && <ErrorState error={job.error} onRetry={() => void job.refetch()} />}
          {status && (
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm" fw={600} data-testid="job-state">
                  {t(`administration.matching.states.${status.state}`)}
                </Text>
                <Text size="sm">{percent.format(status.progress)}</Text>
              </Group>
              <Progress
                value={status.progress * 100}
                color={status.state === 'FAILED' ? 'red' : status.state === 'COMPLETED' ? 'green' : 'blue'}
                size="lg"
                animated={running}
                aria-label={t('administration.matching.progress')}
              />
              <Text size="xs">
                {t('administration.matching.enqueued', { at: formatDateTime(status.enqueuedAt) })}
                {status.finishedAt ? ` · ${t('administration.matching.finished', { at: formatDateTime(status.finishedAt) })}` : ''}
              </Text>
            </Stack>
          )}
        </Stack>
      </Card>
      <QueueDashboardCard />
    </PageFrame>
  );
}
