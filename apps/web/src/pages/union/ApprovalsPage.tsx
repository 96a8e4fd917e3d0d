import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatDateTime } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import { PageFrame } from '../../components/PageFrame.js';

const ApprovalInboxQuery = graphql(`
  query ApprovalInbox($after: String) {
    programmes(first: 50, after: $after, filter: { statuses: [PENDING_APPROVAL] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          startDate
          endDate
          updatedAt
          company {
            id
            name
          }
          position {
            id
            title
          }
          candidate {
            id
            reference
          }
          ruleViolations {
            code
          }
        }
      }
    }
  }
`);

/** Programmes awaiting this union's decision, oldest submission last (newest first, as the API lists them). */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(ApprovalInboxQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <PageFrame title={t('pages.approvals.title')} intro={t('pages.approvals.intro')}>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.programmes.edges.length === 0 ? (
        <EmptyState message={t('pages.approvals.empty')} />
      ) : (
        <>
          <Text fw={600} data-testid="page-count">
            {t('pages.approvals.count', { n: data.programmes.totalCount })}
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.programmes.edges.map(({ node: programme }) => (
              <Card component="li" withBorder key={programme.id} data-testid="programme">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/union/programmes/${programme.id}`} fw={600}>
                      {programme.position.title}
                    </Anchor>
                    <Text size="sm">
                      {programme.company.name} · {t('union.candidate', { reference: programme.candidate.reference })}
                    </Text>
                    <Text size="sm">
                      {t('union.period', { start: formatDate(programme.startDate), end: formatDate(programme.endDate) })} ·{' '}
                      {t('union.submitted', { at: formatDateTime(programme.updatedAt) })}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Badge variant="light" c="dark">
                      {t(`jobcentre.kinds.${programme.kind}`)}
                    </Badge>
                    <Badge variant="light" color={programme.ruleViolations.length ? 'red' : 'green'} c="dark">
                      {programme.ruleViolations.length
                        ? t('union.violations', { count: programme.ruleViolations.length })
                        : t('union.noViolations')}
                    </Badge>
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
          {data.programmes.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.programmes.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    programmes: {
                      ...fetchMoreResult.programmes,
                      edges: [...previous.programmes.edges, ...fetchMoreResult.programmes.edges],
                    },
                  }),
                })
              }
            >
              {t('jobcentre.showMore')}
            </Button>
          )}
        </>
      )}
    </PageFrame>
  );
}
