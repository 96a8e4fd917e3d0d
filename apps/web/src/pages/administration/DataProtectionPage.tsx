import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatDateTime, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import { PageFrame } from '../../components/PageFrame.js';
import { todayInDenmark } from '../jobcentre/first-offer.js';

const PersonalDataReadersQuery = graphql(`
  query PersonalDataReaders($from: DateTime!, $to: DateTime!) {
    personalDataReaders(from: $from, to: $to, first: 50) {
      candidates
      reads
      role
      user {
        id
        displayName
        email
      }
    }
    retentionReport {
      years
      lastExpiredDay
      candidates
      accessLogRows
    }
  }
`);

const PersonalDataAccessesQuery = graphql(`
  query PersonalDataAccesses($userId: ID, $from: DateTime, $to: DateTime, $after: String) {
    personalDataAccesses(userId: $userId, from: $from, to: $to, first: 50, after: $after) {
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
          }
        }
      }
    }
  }
`);

/** Midnight UTC of a day (`YYYY-MM-DD`); the period's end is exclusive, so `to` is the day after. */
const startOf = (day: string) => `${day}T00:00:00.000Z`;
const dayAfter = (day: string) => new Date(Date.parse(startOf(day)) + 86_400_000).toISOString();
const monthAgo = (day: string) => new Date(Date.parse(startOf(day)) - 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * ADMIN access review: users ranked by how many distinct candidates they read
 * in a period (to spot a user who reads far more than their work needs), the
 * reads themselves by user, and the retention job's dry run.
 */
export default function DataProtectionPage() {
  const { t } = useTranslation();
  const today = todayInDenmark();
  const [from, setFrom] = useState(monthAgo(today));
  const [to, setTo] = useState(today);
  const [user, setUser] = useState<{ id: string; name: string } | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const period = { from: startOf(valid ? from : today), to: dayAfter(valid ? to : today) };
  const readers = useQuery(PersonalDataReadersQuery, { variables: period, fetchPolicy: 'network-only' });
  const accesses = useQuery(PersonalDataAccessesQuery, { variables: { ...period, userId: user?.id ?? null }, fetchPolicy: 'network-only' });

  return (
    <PageFrame title={t('pages.dataProtection.title')} intro={t('administration.dataProtection.intro')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('administration.dataProtection.from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('administration.dataProtection.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
        />
      </Group>

      {readers.data?.retentionReport && (
        <Card withBorder>
          <Title order={3}>{t('administration.dataProtection.retentionTitle')}</Title>
          <Text size="sm" data-testid="retention-report">
            {t('administration.dataProtection.retention', {
              years: readers.data.retentionReport.years,
              candidates: formatInteger(readers.data.retentionReport.candidates),
              day: formatDate(readers.data.retentionReport.lastExpiredDay),
              rows: formatInteger(readers.data.retentionReport.accessLogRows),
            })}
          </Text>
        </Card>
      )}

      <Title order={3}>{t('administration.dataProtection.readersTitle')}</Title>
      {readers.error ? (
        <ErrorState error={readers.error} onRetry={() => void readers.refetch()} />
      ) : !readers.data ? (
        <LoadingState />
      ) : readers.data.personalDataReaders.length === 0 ? (
        <EmptyState message={t('administration.dataProtection.readersEmpty')} />
      ) : (
        <ScrollRegion minWidth={480} label={t('administration.dataProtection.readersTitle')}>
          <Table striped data-testid="readers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.dataProtection.user')}</Table.Th>
                <Table.Th>{t('administration.dataProtection.role')}</Table.Th>
                <Table.Th>{t('administration.dataProtection.candidates')}</Table.Th>
                <Table.Th>{t('administration.dataProtection.reads')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {readers.data.personalDataReaders.map((reader) => (
                <Table.Tr key={reader.user?.id ?? reader.role}>
                  <Table.Td>{reader.user ? `${reader.user.displayName} (${reader.user.email})` : '—'}</Table.Td>
                  <Table.Td>{t(`roles.${reader.role}`)}</Table.Td>
                  <Table.Td>{formatInteger(reader.candidates)}</Table.Td>
                  <Table.Td>{formatInteger(reader.reads)}</Table.Td>
                  <Table.Td>
                    {reader.user && (
                      <Button size="xs" variant="default" onClick={() => setUser({ id: reader.user!.id, name: reader.user!.displayName })}>
                        {t('administration.dataProtection.showReads')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}

      <Group justify="space-between">
        <Title order={3}>
          {user ? t('administration.dataProtection.accessesFor', { name: user.name }) : t('administration.dataProtection.accessesTitle')}
        </Title>
        {user && (
          <Button size="xs" variant="default" onClick={() => setUser(null)}>
            {t('administration.dataProtection.allUsers')}
          </Button>
        )}
      </Group>
      {accesses.error ? (
        <ErrorState error={accesses.error} onRetry={() => void accesses.refetch()} />
      ) : !accesses.data ? (
        <LoadingState />
      ) : accesses.data.personalDataAccesses.edges.length === 0 ? (
        <EmptyState message={t('administration.dataProtection.accessesEmpty')} />
      ) : (
        <Stack gap="xs">
          <ScrollRegion minWidth={560} label={t('administration.dataProtection.accessesTitle')}>
            <Table striped data-testid="accesses">
              <Table.Tbody>
                {accesses.data.personalDataAccesses.edges.map(({ cursor, node }) => (
                  <Table.Tr key={cursor}>
                    <Table.Td>{formatDateTime(node.at)}</Table.Td>
                    <Table.Td>{[node.actor?.displayName, t(`roles.${node.actorRole}`)].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>{t(`jobcentre.dataProtection.operations.${node.operation}`, { defaultValue: node.operation })}</Table.Td>
                    <Table.Td>{node.fields.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {accesses.data.personalDataAccesses.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                void accesses.fetchMore({
                  variables: { after: accesses.data.personalDataAccesses.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    personalDataAccesses: {
                      ...fetchMoreResult.personalDataAccesses,
                      edges: [...previous.personalDataAccesses.edges, ...fetchMoreResult.personalDataAccesses.edges],
                    },
                  }),
                })
              }
            >
              {t('jobcentre.showMore')}
            </Button>
          )}
        </Stack>
      )}
    </PageFrame>
  );
}
