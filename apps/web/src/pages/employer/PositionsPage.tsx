import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatInteger } from '../../format.js';
import type { PositionStatus } from '../../graphql/generated/graphql.js';
import { useSession } from '../../session/session.js';
import { EmployerPositionsQuery } from './documents.js';
import { EmployerPage, StatusBadge } from './parts.js';

const STATUSES: PositionStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'FILLED'];

/** The company's positions, every status or one, newest first. */
export default function PositionsPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const companyId = state.status === 'signedIn' ? (state.user.company?.id ?? '') : '';
  const [status, setStatus] = useState<PositionStatus | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(EmployerPositionsQuery, {
    variables: { companyId, statuses: status ? [status] : STATUSES },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.positions;

  return (
    <EmployerPage
      title={t('employer.positions.title')}
      intro={t('employer.positions.intro')}
      actions={
        <Button component={Link} to="/employer/positions/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('employer.positions.create')}
        </Button>
      }
    >
      <Select
        label={t('employer.positions.statusFilter')}
        maw={260}
        data={[
          { value: 'ALL', label: t('employer.positions.allStatuses') },
          ...STATUSES.map((value) => ({ value, label: t(`employer.status.position.${value}`) })),
        ]}
        value={status ?? 'ALL'}
        onChange={(value) => setStatus(value && value !== 'ALL' ? value : null)}
        allowDeselect={false}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        loading && <LoadingState />
      ) : connection.totalCount === 0 ? (
        <EmptyState message={t(status ? 'employer.positions.emptyFiltered' : 'employer.positions.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('employer.positions.count', { n: formatInteger(connection.totalCount) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('employer.position.title')}</Table.Th>
                  <Table.Th>{t('employer.position.kind')}</Table.Th>
                  <Table.Th>{t('employer.position.status')}</Table.Th>
                  <Table.Th>{t('employer.position.municipality')}</Table.Th>
                  <Table.Th>{t('employer.position.startDate')}</Table.Th>
                  <Table.Th>{t('employer.position.applicationDeadline')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/employer/positions/${node.id}`} underline="always">
                        {node.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`employer.kind.${node.kind}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge kind="position" status={node.status} />
                    </Table.Td>
                    <Table.Td>{node.municipality.name}</Table.Td>
                    <Table.Td>{node.startDate ? formatDate(node.startDate) : '–'}</Table.Td>
                    <Table.Td>{node.applicationDeadline ? formatDate(node.applicationDeadline) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {connection.pageInfo.hasNextPage && (
            <Group>
              <Button
                variant="default"
                loading={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      positions: {
                        ...fetchMoreResult.positions,
                        edges: [...previous.positions.edges, ...fetchMoreResult.positions.edges],
                      },
                    }),
                  })
                }
              >
                {t('employer.showMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </EmployerPage>
  );
}
