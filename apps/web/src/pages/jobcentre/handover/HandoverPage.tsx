import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageFrame } from '../../../components/PageFrame.js';
import { ScrollRegion } from '../../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.js';
import { formatDateTime, formatInteger } from '../../../format.js';
import { graphql } from '../../../graphql/generated/index.js';
import type { ImportStatus } from '../../../graphql/generated/graphql.js';
import { downloadProblemsCsv, FileRouteFailure, uploadHandoverFile } from './handover-files.js';

const HandoverImportQuery = graphql(`
  query HandoverImport($id: ID!) {
    handoverImport(id: $id) {
      id
      status
      fileName
      rowsTotal
      rowsCreated
      rowsUpdated
      rowsUnchanged
      rowsRejected
      progress
      createdAt
      finishedAt
      problems(first: 100) {
        row
        field
        reason
        message
      }
    }
  }
`);

const HandoverImportsQuery = graphql(`
  query HandoverImports {
    handoverImports(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          fileName
          rowsTotal
          rowsCreated
          rowsUpdated
          rowsRejected
          createdAt
        }
      }
    }
  }
`);

const POLL_MS = 700;
const ENDED: ImportStatus[] = ['COMPLETED', 'FAILED'];

/** An upload's error from the file route, in the user's words. */
function uploadErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof FileRouteFailure) {
    const { reason, code } = error.error;
    if (reason && t(`errors.reasons.${reason}`, { defaultValue: '' })) return t(`errors.reasons.${reason}`);
    return t(`errors.${code}`, { defaultValue: t('errors.UNKNOWN') });
  }
  return t('errors.NETWORK');
}

/**
 * Overlevering: the asylum centre's handover file (CSV) becomes candidates.
 * The upload answers at once; a progress bar follows the import job, then the
 * counts and the rows that were not imported, with all of them as CSV.
 */
export default function HandoverPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery(HandoverImportsQuery);

  const upload = async () => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      setSelected(await uploadHandoverFile(file));
      setFile(null);
      void list.refetch();
    } catch (error) {
      setUploadError(uploadErrorMessage(error, t));
    } finally {
      setUploading(false);
    }
  };

  return (
    <PageFrame title={t('handover.title')} intro={t('handover.intro')}>
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void upload();
          }}
        >
          <Stack gap="sm">
            <FileInput
              label={t('handover.file')}
              description={t('handover.fileHint')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              leftSection={<IconFileUpload size={18} aria-hidden />}
            />
            {uploadError && (
              <Text c="red.8" size="sm" role="alert">
                {uploadError}
              </Text>
            )}
            <Group>
              <Button type="submit" disabled={!file} loading={uploading}>
                {t('handover.upload')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {selected && <ImportDetails id={selected} onEnded={() => void list.refetch()} />}
      <Title order={3}>{t('handover.earlier')}</Title>
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingState />
      ) : list.data.handoverImports.edges.length === 0 ? (
        <EmptyState message={t('handover.none')} />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.handoverImports.edges.map(({ node }) => (
            <Card component="li" withBorder key={node.id} data-testid="handover-import" padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {node.fileName ?? t('handover.unnamed')}
                  </Text>
                  <Text size="sm">
                    {formatDateTime(node.createdAt)} ·{' '}
                    {t('handover.shortCounts', {
                      total: formatInteger(node.rowsTotal),
                      created: formatInteger(node.rowsCreated),
                      updated: formatInteger(node.rowsUpdated),
                      rejected: formatInteger(node.rowsRejected),
                    })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <StatusBadge status={node.status} />
                  <Button size="xs" variant="default" onClick={() => setSelected(node.id)}>
                    {t('handover.show')}
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </PageFrame>
  );
}

function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  const color = { QUEUED: 'gray', RUNNING: 'blue', COMPLETED: 'green', FAILED: 'red' }[status];
  return (
    <Badge color={color} variant="light" c="dark">
      {t(`handover.status.${status}`)}
    </Badge>
  );
}

function ImportDetails({ id, onEnded }: { id: string; onEnded: () => void }) {
  const { t } = useTranslation();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { data, error, refetch, startPolling, stopPolling } = useQuery(HandoverImportQuery, { variables: { id } });
  const current = data?.handoverImport;
  const ended = current ? ENDED.includes(current.status) : false;
  const endedCallback = useRef(onEnded);
  endedCallback.current = onEnded;
  useEffect(() => {
    if (ended) {
      stopPolling();
      endedCallback.current();
    } else startPolling(POLL_MS);
    return stopPolling;
  }, [ended, startPolling, stopPolling]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!current) return <LoadingState />;
  const percent = Math.round(current.progress * 100);
  return (
    <Card withBorder data-testid="handover-current">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {current.fileName ?? t('handover.unnamed')}
          </Text>
          <StatusBadge status={current.status} />
        </Group>
        <Progress value={percent} size="lg" aria-label={t('handover.progress', { percent })} animated={!ended} />
        <Text size="sm" aria-live="polite">
          {t('handover.progress', { percent })}
        </Text>
        <Group gap="lg" wrap="wrap">
          {(['rowsTotal', 'rowsCreated', 'rowsUpdated', 'rowsUnchanged', 'rowsRejected'] as const).map((key) => (
            <Stack key={key} gap={0}>
              <Text size="xs">{t(`handover.counts.${key}`)}</Text>
              <Text fw={700} data-testid={`handover-${key}`}>
                {formatInteger(current[key])}
              </Text>
            </Stack>
          ))}
        </Group>
        {current.status === 'FAILED' && (
          <Alert color="red" variant="light" role="alert">
            {t('handover.failed')}
          </Alert>
        )}
        {current.problems.length > 0 && (
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Title order={4}>{t('handover.problems', { n: formatInteger(current.rowsRejected) })}</Title>
              <Button
                size="xs"
                variant="outline"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => {
                  setDownloadError(null);
                  downloadProblemsCsv(current.id).catch((failure: unknown) => setDownloadError(uploadErrorMessage(failure, t)));
                }}
              >
                {t('handover.download')}
              </Button>
            </Group>
            {downloadError && (
              <Text c="red.8" size="sm" role="alert">
                {downloadError}
              </Text>
            )}
            <ScrollRegion minWidth={480} label={t('handover.problemsTable')}>
              <Table striped data-testid="handover-problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('handover.row')}</Table.Th>
                    <Table.Th>{t('handover.field')}</Table.Th>
                    <Table.Th>{t('handover.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {current.problems.map((problem) => (
                    <Table.Tr key={problem.row}>
                      <Table.Td>{problem.row}</Table.Td>
                      <Table.Td>{problem.field ?? '–'}</Table.Td>
                      <Table.Td>{t(`handover.reasons.${problem.reason}`, { defaultValue: problem.message })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
