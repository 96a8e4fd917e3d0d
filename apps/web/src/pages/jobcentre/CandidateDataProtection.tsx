import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { downloadFile } from '../../files/download-file.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDateTime } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';

const CandidateAccessLogQuery = graphql(`
  query CandidateAccessLog($id: ID!, $after: String) {
    candidate(id: $id) {
      id
      accessLog(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            at
            actorRole
            operation
            fields
            actor {
              id
              displayName
              company {
                name
              }
              jobcentre {
                name
              }
              union {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const EraseCandidateMutation = graphql(`
  mutation EraseCandidate($id: ID!, $reason: String!) {
    eraseCandidate(id: $id, reason: $reason)
  }
`);

/**
 * Who read this person's personal data, newest first (20 a page). Opening the
 * tab is itself a logged read, so the log is only fetched when it is shown.
 */
export function AccessLogTab({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, loading } = useQuery(CandidateAccessLogQuery, {
    variables: { id: candidateId },
    fetchPolicy: 'network-only',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const log = data?.candidate?.accessLog;
  if (!log) return <LoadingState />;
  if (log.edges.length === 0) return <EmptyState message={t('jobcentre.dataProtection.accessLog.empty')} />;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('jobcentre.dataProtection.accessLog.intro', { n: log.totalCount })}</Text>
      <ScrollRegion minWidth={560} label={t('jobcentre.dataProtection.tabs.accessLog')}>
        <Table striped data-testid="access-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobcentre.dataProtection.accessLog.when')}</Table.Th>
              <Table.Th>{t('jobcentre.dataProtection.accessLog.who')}</Table.Th>
              <Table.Th>{t('jobcentre.dataProtection.accessLog.operation')}</Table.Th>
              <Table.Th>{t('jobcentre.dataProtection.accessLog.fields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.edges.map(({ cursor, node }) => {
              const organisation = node.actor?.jobcentre?.name ?? node.actor?.company?.name ?? node.actor?.union?.name ?? '';
              return (
                <Table.Tr key={cursor} data-testid="access-log-row">
                  <Table.Td>{formatDateTime(node.at)}</Table.Td>
                  <Table.Td>
                    {[node.actor?.displayName || null, t(`roles.${node.actorRole}`), organisation || null].filter(Boolean).join(' · ')}
                  </Table.Td>
                  <Table.Td>{t(`jobcentre.dataProtection.operations.${node.operation}`, { defaultValue: node.operation })}</Table.Td>
                  <Table.Td>{node.fields.join(', ')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {log.pageInfo.hasNextPage && (
        <Button
          variant="default"
          loading={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: log.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) =>
                previous.candidate && fetchMoreResult.candidate
                  ? {
                      candidate: {
                        ...fetchMoreResult.candidate,
                        accessLog: {
                          ...fetchMoreResult.candidate.accessLog,
                          edges: [...previous.candidate.accessLog.edges, ...fetchMoreResult.candidate.accessLog.edges],
                        },
                      },
                    }
                  : previous,
            })
          }
        >
          {t('jobcentre.showMore')}
        </Button>
      )}
    </Stack>
  );
}

export interface ConsentChangeView {
  shared: boolean;
  at: string;
  by: { displayName: string } | null;
}

/** shareProfileWithEmployers over time, oldest first: consent is recorded, not assumed. */
export function ConsentHistory({ history }: { history: readonly ConsentChangeView[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <EmptyState message={t('jobcentre.dataProtection.consent.empty')} />;
  return (
    <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }} data-testid="consent-history">
      {history.map((change) => (
        <Group component="li" key={change.at} gap="xs" data-testid="consent-change">
          <Badge variant="light" color={change.shared ? 'green' : 'gray'} c="dark">
            {change.shared ? t('jobcentre.dataProtection.consent.given') : t('jobcentre.dataProtection.consent.withdrawn')}
          </Badge>
          <Text size="sm">
            {formatDateTime(change.at)}
            {change.by?.displayName ? ` · ${change.by.displayName}` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Everything held about the person (GDPR art. 15) as JSON or a Danish PDF, fetched with the Bearer token. */
export function ExportButtons({ candidateId, reference }: { candidateId: string; reference: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'json' | 'pdf' | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const download = (format: 'json' | 'pdf') => {
    setBusy(format);
    setFailed(null);
    const query = format === 'pdf' ? '?format=pdf' : '';
    downloadFile(`/candidates/${encodeURIComponent(candidateId)}/export${query}`, `indsigt-${reference}.${format}`)
      .catch((error: unknown) => setFailed(errorMessage(error, t)))
      .finally(() => setBusy(null));
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={busy === 'json'}
          onClick={() => download('json')}
        >
          {t('jobcentre.dataProtection.export.json')}
        </Button>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={busy === 'pdf'}
          onClick={() => download('pdf')}
        >
          {t('jobcentre.dataProtection.export.pdf')}
        </Button>
      </Group>
      {failed && (
        <Text c="red.8" size="sm" role="alert">
          {failed}
        </Text>
      )}
    </Stack>
  );
}

/** Erasure on request (GDPR art. 17), behind a confirmation with a reason; refused while a programme is active. */
export function EraseCandidate({ candidateId, onErased }: { candidateId: string; onErased: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [erase, { loading, error, reset }] = useMutation(EraseCandidateMutation);
  const close = () => {
    setOpened(false);
    setReason('');
    reset();
  };
  return (
    <>
      <Button color="red" variant="light" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => setOpened(true)}>
        {t('jobcentre.dataProtection.erase.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('jobcentre.dataProtection.erase.title')}
        closeButtonProps={{ 'aria-label': t('jobcentre.close') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            erase({ variables: { id: candidateId, reason: reason.trim() } }).then(
              () => {
                close();
                onErased();
              },
              () => undefined, // shown from the mutation's error state
            );
          }}
        >
          <Stack>
            <Alert color="red" variant="light">
              {t('jobcentre.dataProtection.erase.warning')}
            </Alert>
            {error && (
              <Text c="red.8" size="sm" role="alert">
                {errorMessage(error, t)}
              </Text>
            )}
            <Textarea
              label={t('jobcentre.dataProtection.erase.reason')}
              description={t('jobcentre.dataProtection.erase.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('jobcentre.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading} disabled={!reason.trim()}>
                {t('jobcentre.dataProtection.erase.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
